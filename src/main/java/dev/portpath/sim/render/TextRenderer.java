package dev.portpath.sim.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpResult;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Trace;

/** What a person reads in a terminal: one hop a line (wrapped), its lines on the right, the fix below. */
public final class TextRenderer {

	private static final int WIDTH = 96;

	private static final String INDENT = " ".repeat(16);

	/** The release the answers were judged by, which each one names. */
	private final KubernetesVersion version;

	public TextRenderer(KubernetesVersion version) {
		this.version = version;
	}

	public TextRenderer() {
		this(KubernetesVersion.DEFAULT);
	}

	public String trace(Trace t) {
		StringBuilder sb = new StringBuilder();
		String from = t.hops().isEmpty() ? t.request().from() : t.hops().get(0).from();
		sb.append("request  ").append(from).append(" → ").append(t.request().to()).append('\n');
		notSimulated(sb, t.notSimulated());
		t.http().request().ifPresent(r -> line(sb, "sends", message(r) + t.http().sni().map(x -> " (SNI " + x + ")").orElse("")));
		for (ApiError e : t.errors()) {
			sb.append("✗ invalid       ");
			wrap(sb, e.message() + "  [" + location(e.file(), e.line()) + "]", "");
			if (!e.fix().isEmpty()) {
				wrap(sb.append(INDENT), "fix: " + e.fix(), "");
			}
		}
		for (Hop h : t.hops()) {
			String icon = switch (h.status()) {
				case OK -> "✓";
				case WARN -> "!";
				case FAIL -> "✗";
			};
			sb.append(icon).append(' ').append(pad(h.step().word(), 14));
			String where = locations(h.refs());
			wrap(sb, h.message() + (where.isEmpty() ? "" : "  [" + where + "]"), "");
			if (!h.fix().isEmpty()) {
				sb.append(INDENT);
				wrap(sb, "fix: " + h.fix(), "");
			}
		}
		for (String note : t.notes()) {
			sb.append("  note          ");
			wrap(sb, note, "");
		}
		http(sb, t.http());
		sb.append(pad(t.outcome().name(), 16));
		wrap(sb, t.symptom(), "");
		sb.append("(Kubernetes ").append(version.label()).append(", iptables/nftables kube-proxy)\n");
		return sb.toString();
	}

	public String check(CheckReport r) {
		StringBuilder sb = new StringBuilder();
		notSimulated(sb, r.notSimulatedKinds());
		for (ApiError e : r.errors()) {
			sb.append("✗ invalid   ").append(location(e.file(), e.line())).append('\n').append(INDENT);
			wrap(sb, e.message(), "");
			if (!e.fix().isEmpty()) {
				sb.append(INDENT);
				wrap(sb, "fix: " + e.fix(), "");
			}
		}
		for (Finding f : r.findings()) {
			finding(sb, f);
		}
		if (showSuppressed) {
			for (CheckReport.Suppressed s : r.suppressed()) {
				finding(sb, s.finding());
				sb.append(INDENT);
				wrap(sb, "suppressed by " + s.by(), "");
			}
		}
		sb.append(r.errors().size() + r.count(Finding.Severity.ERROR)).append(" error(s), ")
			.append(r.count(Finding.Severity.WARNING)).append(" warning(s), ").append(r.count(Finding.Severity.INFO))
			.append(" info").append(r.suppressed().isEmpty() ? "" : ", " + r.suppressed().size() + " suppressed"
					+ (showSuppressed ? "" : " (--show-suppressed lists them)"))
			.append(" (Kubernetes ").append(version.label()).append(")\n");
		return sb.toString();
	}

	private static void finding(StringBuilder sb, Finding f) {
		String icon = switch (f.severity()) {
			case ERROR -> "✗ error  ";
			case WARNING -> "! warning";
			case INFO -> "i info   ";
		};
		sb.append(icon).append("   ").append(f.code()).append("  ").append(location(f.file(), f.line())).append('\n');
		sb.append(INDENT);
		wrap(sb, f.message(), "");
		if (!f.fix().isEmpty()) {
			sb.append(INDENT);
			wrap(sb, "fix: " + f.fix(), "");
		}
	}

	/** Whether check's text lists the suppressed findings too (they are always counted). */
	private boolean showSuppressed;

	/** This renderer, listing suppressed findings after the others. */
	public TextRenderer showingSuppressed(boolean show) {
		this.showSuppressed = show;
		return this;
	}

	/**
	 * What was not simulated, first thing in the answer: one line per kind that matters, with its lines and the
	 * advice, then the kinds that change nothing about where a request goes, together in one line.
	 */
	private static void notSimulated(StringBuilder sb, List<NotSimulated> report) {
		List<String> noEffect = new ArrayList<>();
		for (NotSimulated n : report) {
			String what = n.what() + " ×" + n.count();
			if (n.effect() == NotSimulated.Effect.NONE) {
				noEffect.add(what);
				continue;
			}
			List<Ref> shown = n.refs().size() > 3 ? n.refs().subList(0, 3) : n.refs();
			String where = locations(shown) + (n.count() > shown.size() ? ", ..." : "");
			sb.append("i not simulated ");
			wrap(sb, what + (n.group().isEmpty() ? "" : " (" + n.group() + ")") + ": " + n.message()
					+ (where.isEmpty() ? "" : "  [" + where + "]"), "");
			if (!n.advice().isEmpty()) {
				sb.append(INDENT);
				wrap(sb, "advice: " + n.advice(), "");
			}
		}
		if (!noEffect.isEmpty()) {
			sb.append("i not simulated ");
			wrap(sb, String.join(", ", noEffect) + ": no effect on where a request goes", "");
		}
	}

	/** The HTTP side (contract 1.1): what the app receives, the redirect, the mirrors, the response headers. */
	private static void http(StringBuilder sb, HttpResult http) {
		http.received().ifPresent(r -> line(sb, "received", message(r)));
		http.redirect().ifPresent(r -> line(sb, "redirect", r.status() + " → " + r.location() + (r.loop() ? " (a loop)" : "")));
		http.mirrors().ifPresent(list -> list.forEach(x -> line(sb, "mirror", x.endpoint().namespace() + "/"
				+ x.endpoint().pod() + " " + x.endpoint().container() + ":" + x.endpoint().port() + " ("
				+ (x.percent() == Math.rint(x.percent()) ? Long.toString((long) x.percent()) : Double.toString(x.percent()))
				+ "% of requests; answers discarded)")));
		http.responseHeaders().ifPresent(h -> line(sb, "response", h.isEmpty() ? "no headers PortPath can know of"
				: headers(h)));
	}

	private static void line(StringBuilder sb, String label, String text) {
		sb.append("  ").append(pad(label, 14));
		wrap(sb, text, "");
	}

	/** {@code GET shop.example.com/api?v=2 · x-canary: true}. */
	private static String message(HttpMessage r) {
		return r.method() + " " + r.host() + r.path() + (r.query().isEmpty() ? "" : "?" + r.query())
				+ (r.headers().isEmpty() ? "" : " · " + headers(r.headers()));
	}

	private static String headers(java.util.Map<String, String> h) {
		return h.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
	}

	/** {@code manifests.yaml:24, :30} — the file is named once for lines in the same file. */
	private static String locations(List<Ref> refs) {
		StringBuilder sb = new StringBuilder();
		String file = null;
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Ref r : refs) {
			if (!seen.add(r.file() + ":" + r.line())) {
				continue;
			}
			if (sb.length() > 0) {
				sb.append(", ");
			}
			sb.append(r.file().equals(file) ? ":" + r.line() : location(r.file(), r.line()));
			file = r.file();
		}
		return sb.toString();
	}

	private static String location(String file, int line) {
		return (file.isEmpty() ? "" : file + ":") + line;
	}

	private static String pad(String s, int n) {
		return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
	}

	/** Appends {@code text} wrapped to the width, continuation lines indented under the message column. */
	private static void wrap(StringBuilder sb, String text, String unused) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		int room = WIDTH - INDENT.length();
		for (String word : text.trim().split(" +")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > room) {
				lines.add(line.toString());
				line.setLength(0);
			}
			if (line.length() > 0) {
				line.append(' ');
			}
			line.append(word);
		}
		lines.add(line.toString());
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				sb.append(INDENT);
			}
			sb.append(lines.get(i)).append('\n');
		}
	}
}
