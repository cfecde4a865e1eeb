package dev.portpath.sim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.portpath.sim.routes.Route;
import dev.portpath.sim.routes.RouteDiff;

/**
 * Route tables ({@code portpath routes}) as text, JSON, CSV (RFC 4180) and Markdown, and route diffs
 * ({@code portpath diff}) as text, JSON and Markdown (for a pull request comment).
 */
public final class RoutesRenderer {

	/** The formats {@code routes} writes. */
	public enum Format {
		TEXT, JSON, CSV, MARKDOWN;

		public static Format of(String word) {
			return switch (word.toLowerCase(Locale.ROOT)) {
				case "text" -> TEXT;
				case "json" -> JSON;
				case "csv" -> CSV;
				case "markdown", "md" -> MARKDOWN;
				default -> throw new IllegalArgumentException(word);
			};
		}
	}

	private static final List<String> COLUMNS = List.of("kind", "entry", "from", "to", "outcome", "reaches", "pods",
			"failStep", "file", "line", "fix");

	public String routes(List<Route> routes, Format format) {
		return switch (format) {
			case TEXT -> text(routes);
			case JSON -> Json.write(Map.of("routes", routes.stream().map(RoutesRenderer::tree).toList()));
			case CSV -> csv(routes);
			case MARKDOWN -> markdown(routes);
		};
	}

	public static Map<String, Object> tree(Route r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("kind", r.kind());
		m.put("entry", r.entry());
		m.put("from", r.from());
		m.put("to", r.to());
		m.put("outcome", r.outcome().name());
		m.put("reaches", r.reaches());
		m.put("pods", r.pods());
		m.put("failStep", r.failStep());
		m.put("file", r.file());
		m.put("line", r.line());
		m.put("fix", r.fix());
		return m;
	}

	private static String text(List<Route> routes) {
		StringBuilder sb = new StringBuilder();
		for (Route r : routes) {
			sb.append(r.works() ? "✓ " : "✗ ").append(pad(r.kind(), 10)).append(r.entry()).append('\n');
			sb.append("    ").append(r.from()).append(" → ").append(r.to()).append('\n');
			sb.append("    ").append(r.outcome().name()).append(r.works() ? ": " + r.lands()
					: (r.failStep().isEmpty() ? "" : " at the " + r.failStep() + " hop") + (r.at().isEmpty() ? "" : " [" + r.at() + "]"))
				.append('\n');
			if (!r.fix().isEmpty()) {
				sb.append("    fix: ").append(r.fix()).append('\n');
			}
		}
		long working = routes.stream().filter(Route::works).count();
		sb.append(routes.size()).append(" route(s): ").append(working).append(" delivered, ")
			.append(routes.size() - working).append(" not\n");
		return sb.toString();
	}

	private static String csv(List<Route> routes) {
		StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
		for (Route r : routes) {
			List<String> cells = List.of(r.kind(), r.entry(), r.from(), r.to(), r.outcome().name(),
					String.join("; ", r.reaches()), Integer.toString(r.pods()), r.failStep(), r.file(),
					r.line() > 0 ? Integer.toString(r.line()) : "", r.fix());
			sb.append(String.join(",", cells.stream().map(RoutesRenderer::csvCell).toList())).append("\r\n");
		}
		return sb.toString();
	}

	/** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180); a leading = + - @ is defused. */
	static String csvCell(String s) {
		String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
		if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
			return v;
		}
		return '"' + v.replace("\"", "\"\"") + '"';
	}

	private static String markdown(List<Route> routes) {
		StringBuilder sb = new StringBuilder("| | route | request | outcome | reaches or fails at |\n|---|---|---|---|---|\n");
		for (Route r : routes) {
			sb.append("| ").append(r.works() ? "✓" : "✗").append(" | ").append(md(r.kind() + " " + r.entry()))
				.append(" | ").append(md("`" + r.from() + "` → `" + r.to() + "`")).append(" | ").append(r.outcome().name())
				.append(" | ").append(md(r.works() ? r.lands() : r.lands() + (r.at().isEmpty() ? "" : " (" + r.at() + ")")))
				.append(" |\n");
		}
		return sb.toString();
	}

	/** Text in a Markdown table cell: bars escaped, line breaks flattened. */
	static String md(String s) {
		return s.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
	}

	private static String pad(String s, int width) {
		return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
	}

	/** A route diff as text, JSON or Markdown. */
	public String diff(RouteDiff.Result d, Format format) {
		return switch (format) {
			case JSON -> Json.write(diffTree(d));
			case MARKDOWN -> diffMarkdown(d);
			default -> diffText(d);
		};
	}

	public Map<String, Object> diffTree(RouteDiff.Result d) {
		Map<String, Object> m = new LinkedHashMap<>();
		List<Object> changes = new ArrayList<>();
		for (RouteDiff.Change c : d.changes()) {
			Map<String, Object> x = new LinkedHashMap<>();
			x.put("change", c.kind().word());
			x.put("route", c.route().entry());
			x.put("from", c.route().from());
			x.put("to", c.route().to());
			x.put("message", c.text());
			x.put("before", c.before().map(RoutesRenderer::tree).orElse(null));
			x.put("after", c.after().map(RoutesRenderer::tree).orElse(null));
			changes.add(x);
		}
		m.put("changes", changes);
		Map<String, Object> summary = new LinkedHashMap<>();
		for (RouteDiff.Kind k : RouteDiff.Kind.values()) {
			summary.put(k.word(), d.count(k));
		}
		summary.put("unchanged", d.unchanged());
		m.put("summary", summary);
		m.put("broke", d.broke());
		return m;
	}

	private static String diffText(RouteDiff.Result d) {
		StringBuilder sb = new StringBuilder();
		for (RouteDiff.Change c : d.changes()) {
			Route r = c.route();
			sb.append(pad(c.kind().word(), 13)).append(r.kind()).append(' ').append(r.entry()).append('\n');
			sb.append("    ").append(r.from()).append(" → ").append(r.to()).append('\n');
			sb.append("    ").append(c.text()).append('\n');
			c.after().filter(a -> !a.fix().isEmpty() && c.kind() == RouteDiff.Kind.BROKE)
				.ifPresent(a -> sb.append("    fix: ").append(a.fix()).append('\n'));
		}
		sb.append(summaryLine(d)).append('\n');
		return sb.toString();
	}

	private static String diffMarkdown(RouteDiff.Result d) {
		StringBuilder sb = new StringBuilder("**PortPath route diff**: ").append(summaryLine(d)).append("\n\n");
		if (d.changes().isEmpty()) {
			return sb.toString();
		}
		sb.append("| change | route | request | what changed |\n|---|---|---|---|\n");
		for (RouteDiff.Change c : d.changes()) {
			Route r = c.route();
			sb.append("| ").append(c.kind().word()).append(" | ").append(md(r.kind() + " " + r.entry())).append(" | ")
				.append(md("`" + r.from() + "` → `" + r.to() + "`")).append(" | ").append(md(c.text())).append(" |\n");
		}
		return sb.toString();
	}

	private static String summaryLine(RouteDiff.Result d) {
		List<String> parts = new ArrayList<>();
		for (RouteDiff.Kind k : RouteDiff.Kind.values()) {
			long n = d.count(k);
			if (n > 0) {
				parts.add(n + " " + k.word());
			}
		}
		parts.add(d.unchanged() + " unchanged");
		return String.join(", ", parts);
	}
}
