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

	/** The form's fields: the manifests, the request, and the release to judge by. */
	public record Input(String manifests, String from, String to, KubernetesVersion version) {

		public Input(String manifests, String from, String to) {
			this(manifests, from, to, KubernetesVersion.DEFAULT);
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
		return links.decode(token).map(s -> run(new Input(s.manifests(), s.from(), s.to()), null)).orElseGet(() -> {
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
				raw.version());
		// Everything below is judged by the release the form asks for.
		Engine engine = this.engine.withKubernetesVersion(in.version());
		if (in.manifests().isBlank()) {
			return problem(in, null, example, new PlaygroundView.Problem("Nothing to trace yet",
					"Paste the manifests (Deployments, Services, ...) into the editor, or open an example.", 0),
					HttpStatus.BAD_REQUEST);
		}
		Prepared prepared;
		try {
			prepared = engine.prepare(List.of(new Source(FILE, in.manifests())));
		}
		catch (WorkLimitException ex) {
			return tooCostly(in, example, ex);
		}
		catch (InputException ex) {
			ParseProblem p = ex.problem();
			return problem(in, null, example, new PlaygroundView.Problem(p.tooLarge() ? "The manifests are too large"
					: "The YAML cannot be read", p.message(), p.line()),
					p.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST);
		}
		catch (RuntimeException ex) {
			return fault(in, example, ex);
		}
		try {
			Suggestions suggestions = engine.suggestions(prepared);
			ExplainView explain = ExplainView.of(engine.explain(prepared), engine.check(prepared));
			if (in.to().isEmpty()) {
				return view(in, suggestions, example, null, "Choose where the request goes: type a TO or pick a"
						+ " suggestion.", null, explain, HttpStatus.OK);
			}
			try {
				Trace trace = engine.trace(prepared, new Request(in.from(), in.to()));
				TraceView view = TraceView.of(trace, DiagramBuilder.build(trace));
				return view(in, suggestions, example, null, "", view, explain, HttpStatus.OK);
			}
			catch (BadRequestException ex) {
				return view(in, suggestions, example, new PlaygroundView.Problem("This request cannot be traced",
						ex.getMessage(), 0), "", null, explain, HttpStatus.BAD_REQUEST);
			}
		}
		catch (WorkLimitException ex) {
			return tooCostly(in, example, ex);
		}
		catch (RuntimeException ex) {
			return fault(in, example, ex);
		}
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
		return view(in, suggestions, example, problem, "", null, null, status);
	}

	private PlaygroundView view(Input in, @Nullable Suggestions suggestions, @Nullable Example example,
			PlaygroundView.@Nullable Problem problem, String hint, @Nullable TraceView trace,
			@Nullable ExplainView explain, HttpStatus status) {
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
		String share = links.encode(in.manifests(), in.from(), in.to()).map(t -> "/playground?s=" + t).orElse("");
		Stream<Integer> lines = Stream.concat(trace == null ? Stream.of() : trace.failLines(),
				problem != null && problem.hasLine() ? Stream.of(problem.line()) : Stream.of());
		String marks = lines.distinct().sorted().map(String::valueOf).collect(Collectors.joining(" "));
		List<PlaygroundView.Choice> versions = Stream.of(KubernetesVersion.values())
			.map(v -> new PlaygroundView.Choice(v.label(), "Kubernetes " + v.label(), v == in.version()))
			.toList();
		return new PlaygroundView(in.manifests(), in.from(), in.to(), from, to, versions, examples.all(), example,
				problem, hint, trace, explain, share, marks, status.value());
	}
}
