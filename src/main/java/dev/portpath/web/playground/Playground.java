package dev.portpath.web.playground;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import dev.portpath.sim.Engine;
import dev.portpath.sim.Engine.Prepared;
import dev.portpath.sim.InputException;
import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.WorkLimitException;
import dev.portpath.sim.explain.Suggestions;
import dev.portpath.sim.parse.ParseProblem;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.HttpOptions;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

/**
 * The playground's one collaborator: runs the engine on what the form holds and assembles the page's
 * view. Every input answers a view; what cannot be traced becomes a {@link PlaygroundView.Problem}
 * with its line and a 400, 413 or 422 status, never an exception.
 */
@Component
class Playground {

	static final String FILE = "manifests.yaml";

	private static final Log log = LogFactory.getLog(Playground.class);

	private final Engine engine;

	private final Examples examples;

	private final ShareLinks links;

	Playground(Engine engine, Examples examples, @Value("${portpath.max-bytes:1048576}") int maxBytes) {
		this.engine = engine;
		this.examples = examples;
		this.links = new ShareLinks(maxBytes);
	}

	/**
	 * The form's fields: the manifests, the request, the release to judge by, the HTTP details (method, headers
	 * one {@code Name: value} a line, SNI), the "compare with…" manifests, and {@code seen}, the fingerprint of the
	 * manifests the page last answered for ("" when unknown, and then the request is never followed).
	 */
	public record Input(String manifests, String from, String to, KubernetesVersion version, String method,
			String headers, String sni, String base, String seen) {

		public Input(String manifests, String from, String to, KubernetesVersion version) {
			this(manifests, from, to, version, "", "", "", "", "");
		}

		public Input(String manifests, String from, String to) {
			this(manifests, from, to, KubernetesVersion.DEFAULT);
		}

		Input withRequest(String newFrom, String newTo) {
			return new Input(manifests, newFrom, newTo, version, method, headers, sni, base, seen);
		}

		/** True when the manifests changed since the page last answered: the request may have to follow them. */
		boolean manifestsChanged() {
			return !seen.isEmpty() && !seen.equals(fingerprint(manifests));
		}
	}

	/** A short fingerprint of manifests, the same whatever line endings the browser posts. */
	static String fingerprint(String manifests) {
		String text = manifests.replace("\r\n", "\n");
		try {
			byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
				.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			return Integer.toHexString(text.hashCode());
		}
	}

	/** The page as it first opens: the first example, or a small built-in one. */
	public PlaygroundView start() {
		return examples.all().stream().findFirst().map(this::example)
			.orElseGet(() -> run(new Input(Sample.MANIFESTS, Sample.FROM, Sample.TO), null));
	}

	public PlaygroundView example(String name) {
		return examples.find(name).map(this::example).orElseGet(() -> {
			PlaygroundView start = start();
			return problem(new Input(start.manifests(), start.from(), start.to()), null, null,
					new PlaygroundView.Problem("No such example", "There is no example named \"" + name
							+ "\"; pick one from the examples menu.", 0), HttpStatus.NOT_FOUND);
		});
	}

	private PlaygroundView example(Example e) {
		return run(new Input(e.manifests(), e.from(), e.to()), e);
	}

	/** The page a share link restores. */
	public PlaygroundView shared(String token) {
		return shared(token, "", "", "");
	}

	/**
	 * The page a share link restores, with the HTTP details the link carries beside its token ({@code method},
	 * {@code headers}, {@code sni}: plain query parameters, so the token's format stays as it is).
	 */
	public PlaygroundView shared(String token, String method, String headers, String sni) {
		return links.decode(token).map(s -> run(new Input(s.manifests(), s.from(), s.to(), KubernetesVersion.DEFAULT,
				method, headers, sni, "", ""), null)).orElseGet(() -> {
			PlaygroundView start = start();
			return problem(new Input(start.manifests(), start.from(), start.to()), null, null,
					new PlaygroundView.Problem("This share link is damaged", "The link was cut short or changed, so it"
							+ " no longer holds manifests and a request. Ask for the whole link again.", 0),
					HttpStatus.BAD_REQUEST);
		});
	}

	public PlaygroundView run(Input input) {
		return run(input, null);
	}

	private PlaygroundView run(Input raw, @Nullable Example example) {
		Input in = new Input(raw.manifests(), raw.from().isBlank() ? "shell" : raw.from().strip(), raw.to().strip(),
				raw.version(), raw.method(), raw.headers(), raw.sni(), raw.base(), raw.seen());
		Example shown = example != null ? example : examples.matching(in.manifests()).orElse(null);
		// Everything below is judged by the release the form asks for.
		Engine engine = this.engine.withKubernetesVersion(in.version());
		if (in.manifests().isBlank()) {
			return view(new Answer(in, shown).hint("Nothing to trace yet: paste the manifests (Deployments, Services,"
					+ " ...) into the editor, or open an example. A dump of a live cluster works too; this prints every"
					+ " kind PortPath reads:"), HttpStatus.OK);
		}
		Prepared prepared;
		try {
			prepared = engine.prepare(List.of(new Source(FILE, in.manifests())));
		}
		catch (WorkLimitException ex) {
			return tooCostly(in, shown, ex);
		}
		catch (InputException ex) {
			ParseProblem p = ex.problem();
			return problem(in, null, shown, p.tooLarge() ? new PlaygroundView.Problem("The manifests are too large",
					p.message(), p.line()) : new PlaygroundView.Problem("The YAML cannot be read", p.message(), p.line(), true),
					p.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
		}
		catch (RuntimeException ex) {
			return fault(in, shown, ex);
		}
		try {
			Answer answer = new Answer(in, shown);
			answer.suggestions = engine.suggestions(prepared);
			answer.explain = ExplainView.of(engine.explain(prepared), engine.check(prepared));
			answer.notSimulated = prepared.notSimulated().stream().map(NotSimulatedView::of).toList();
			answer.diff = diff(engine, prepared, in);
			if (in.to().isEmpty()) {
				return view(chips(answer.hint("Choose where the request goes: type a TO, or pick one of these.")),
						HttpStatus.OK);
			}
			HttpOptions http;
			try {
				http = HttpInput.parse(in.method(), in.headers(), in.sni());
			}
			catch (BadRequestException ex) {
				answer.problem = new PlaygroundView.Problem("The headers cannot be read", ex.getMessage(), 0);
				return view(answer, HttpStatus.BAD_REQUEST);
			}
			try {
				Trace trace = engine.trace(prepared, new Request(in.from(), in.to(), http));
				if (in.manifestsChanged() && trace.outcome() == Outcome.NXDOMAIN) {
					return follow(engine, prepared, answer, http, "names nothing in these manifests");
				}
				answer.trace = TraceView.of(trace, DiagramBuilder.build(trace));
				return view(answer, HttpStatus.OK);
			}
			catch (BadRequestException ex) {
				if (in.manifestsChanged()) {
					return follow(engine, prepared, answer, http, "cannot be asked of these manifests");
				}
				answer.problem = new PlaygroundView.Problem("This request cannot be traced", ex.getMessage(), 0);
				return view(answer, HttpStatus.BAD_REQUEST);
			}
		}
		catch (WorkLimitException ex) {
			return tooCostly(in, shown, ex);
		}
		catch (RuntimeException ex) {
			return fault(in, shown, ex);
		}
	}

	/**
	 * The manifests changed and no longer hold the request's target: trace the first route of the route map
	 * instead, or, when there is none, a neutral "choose a request" state with suggestions to pick.
	 */
	private PlaygroundView follow(Engine engine, Prepared prepared, Answer answer, HttpOptions http, String why) {
		Input in = answer.in;
		String was = in.from() + " → " + in.to();
		ExplainView explain = answer.explain;
		var first = explain == null ? java.util.Optional.<ExplainView.RouteView>empty()
				: explain.routes().stream().filter(ExplainView.RouteView::traceable).findFirst();
		if (first.isPresent()) {
			Input picked = in.withRequest(first.get().from(), first.get().to());
			try {
				Trace trace = engine.trace(prepared, new Request(picked.from(), picked.to(), http));
				answer.in = picked;
				answer.trace = TraceView.of(trace, DiagramBuilder.build(trace));
				answer.followed = "The request followed your paste: " + was + " " + why + ", so this is the first"
						+ " route of the route map. Pick another below, or type a TO.";
				return view(answer, HttpStatus.OK);
			}
			catch (BadRequestException ex) {
				// fall through to the neutral state
			}
		}
		return view(chips(answer.hint("Choose a request: " + was + " " + why + ".")), HttpStatus.OK);
	}

	/** Up to four requests to pick: the route map's first entries, else the TO suggestions from the current FROM. */
	private static Answer chips(Answer answer) {
		List<PlaygroundView.Choice> chips = new ArrayList<>();
		if (answer.explain != null) {
			answer.explain.routes().stream().filter(ExplainView.RouteView::traceable).limit(4)
				.forEach(r -> chips.add(new PlaygroundView.Choice(r.pick(), r.from() + " → " + r.to(), false)));
		}
		if (chips.isEmpty() && answer.suggestions != null) {
			answer.suggestions.to().stream().limit(4).forEach(c -> chips
				.add(new PlaygroundView.Choice(answer.in.from() + " " + c.value(), answer.in.from() + " → " + c.value(), false)));
		}
		answer.chips = chips;
		return answer;
	}

	/** The routes diff against the "compare with…" manifests, when there are any. */
	private static @Nullable DiffView diff(Engine engine, Prepared head, Input in) {
		if (in.base().isBlank()) {
			return null;
		}
		Prepared base;
		try {
			base = engine.prepare(List.of(new Source("compared.yaml", in.base())));
		}
		catch (InputException ex) {
			ParseProblem p = ex.problem();
			return DiffView.unreadable("The compared manifests cannot be read" + (p.line() > 0 ? " (their line "
					+ p.line() + ")" : "") + ": " + p.message());
		}
		return DiffView.of(engine.diff(base, head));
	}

	/** The engine stopped at its work budget: the input is fine, only too costly to simulate (422). */
	private PlaygroundView tooCostly(Input in, @Nullable Example example, WorkLimitException ex) {
		return problem(in, null, example, new PlaygroundView.Problem("These manifests take too long to simulate",
				ex.problem().message(), 0), HttpStatus.UNPROCESSABLE_CONTENT);
	}

	/**
	 * The page for a form that could not be read at all (not UTF-8, or over the size limit): an empty editor,
	 * since nothing of what was posted can be trusted, and the problem.
	 */
	public PlaygroundView unreadable(PlaygroundView.Problem problem, HttpStatus status) {
		return problem(new Input("", "shell", ""), null, null, problem, status);
	}

	private PlaygroundView fault(Input in, @Nullable Example example, RuntimeException ex) {
		log.error("the engine failed on a playground request", ex);
		return problem(in, null, example, new PlaygroundView.Problem("PortPath could not handle this input",
				"The engine stopped on these manifests (" + ex.getClass().getSimpleName() + "). Please report it with"
						+ " the manifests: the share link below carries them.", 0), HttpStatus.BAD_REQUEST);
	}

	private PlaygroundView problem(Input in, @Nullable Suggestions suggestions, @Nullable Example example,
			PlaygroundView.Problem problem, HttpStatus status) {
		Answer answer = new Answer(in, example);
		answer.suggestions = suggestions;
		answer.problem = problem;
		return view(answer, status);
	}

	/** What one answer is assembled from, filled in as far as the input could be taken. */
	private static final class Answer {

		Input in;

		final @Nullable Example example;

		@Nullable Suggestions suggestions;

		PlaygroundView.@Nullable Problem problem;

		String hint = "";

		@Nullable TraceView trace;

		@Nullable ExplainView explain;

		@Nullable DiffView diff;

		List<NotSimulatedView> notSimulated = List.of();

		String followed = "";

		List<PlaygroundView.Choice> chips = List.of();

		Answer(Input in, @Nullable Example example) {
			this.in = in;
			this.example = example;
		}

		Answer hint(String text) {
			this.hint = text;
			return this;
		}
	}

	private PlaygroundView view(Answer a, HttpStatus status) {
		Input in = a.in;
		Suggestions suggestions = a.suggestions;
		PlaygroundView.Problem problem = a.problem;
		TraceView trace = a.trace;
		List<PlaygroundView.Choice> from = new ArrayList<>();
		List<Suggestions.Choice> offered = suggestions != null ? suggestions.from() : List.of(
				new Suggestions.Choice("shell", "a shell pod in default"),
				new Suggestions.Choice("node", "a node (host network)"),
				new Suggestions.Choice("external", "a client outside the cluster"));
		for (Suggestions.Choice c : offered) {
			from.add(new PlaygroundView.Choice(c.value(), c.label(), c.value().equals(in.from())));
		}
		if (from.stream().noneMatch(PlaygroundView.Choice::selected)) {
			from.add(0, new PlaygroundView.Choice(in.from(), "as typed", true));
		}
		List<PlaygroundView.Choice> to = suggestions == null ? List.of()
				: suggestions.to().stream().map(c -> new PlaygroundView.Choice(c.value(), c.label(), false)).toList();
		String share = in.manifests().isBlank() ? ""
				: links.encode(in.manifests(), in.from(), in.to()).map(t -> "/playground?s=" + t + httpQuery(in)).orElse("");
		Stream<Integer> lines = Stream.concat(trace == null ? Stream.of() : trace.failLines(),
				problem != null && problem.hasLine() ? Stream.of(problem.line()) : Stream.of());
		String marks = lines.distinct().sorted().map(String::valueOf).collect(Collectors.joining(" "));
		List<PlaygroundView.Choice> versions = Stream.of(KubernetesVersion.values())
			.map(v -> new PlaygroundView.Choice(v.label(), "Kubernetes " + v.label(), v == in.version()))
			.toList();
		return new PlaygroundView(in.manifests(), in.from(), in.to(), from, to, versions, examples.all(), a.example,
				problem, a.hint, trace, a.explain, share, marks, status.value(),
				new PlaygroundView.Http(in.method(), in.headers(), in.sni()), in.base(), a.diff,
				fingerprint(in.manifests()), a.notSimulated, a.followed, a.chips, summary(a));
	}

	/** The HTTP details as query parameters after a share link's token, "" when none is given. */
	private static String httpQuery(Input in) {
		StringBuilder q = new StringBuilder();
		for (String[] p : new String[][] { { "method", in.method() }, { "headers", in.headers() }, { "sni", in.sni() } }) {
			if (!p[1].isBlank()) {
				q.append('&').append(p[0]).append('=')
					// %20, not '+', for spaces: every reader of a query decodes it the same way
					.append(java.net.URLEncoder.encode(p[1].strip(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
			}
		}
		return q.toString();
	}

	/** The answer in one line, for the live region: the trace, or the problem, or the hint; then check and diff. */
	private static String summary(Answer a) {
		List<String> parts = new ArrayList<>();
		if (a.problem != null) {
			parts.add(a.problem.title() + (a.problem.hasLine() ? " (line " + a.problem.line() + ")" : "") + ": "
					+ a.problem.message());
		}
		else if (a.trace != null) {
			parts.add((a.followed.isEmpty() ? "" : "Request followed the paste. ") + a.trace.summary());
		}
		else {
			parts.add(a.hint);
		}
		if (!a.notSimulated.isEmpty()) {
			parts.add("Not simulated: " + a.notSimulated.stream().map(NotSimulatedView::what)
				.collect(Collectors.joining(", ")));
		}
		if (a.explain != null) {
			parts.add("Findings: " + a.explain.counts());
			parts.add("Route map: " + a.explain.routeCount());
		}
		if (a.diff != null) {
			parts.add("Compared: " + (a.diff.readable() ? a.diff.summary() : a.diff.problem()));
		}
		return parts.stream().map(String::strip).filter(p -> !p.isEmpty())
			.map(p -> p.endsWith(".") || p.endsWith(":") ? p.substring(0, p.length() - 1) : p)
			.collect(Collectors.joining(". ", "", "."));
	}
}
