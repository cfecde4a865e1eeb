package dev.portpath.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

/** Grades answers by running the engine: predictions against the trace, fixes by tracing the learner's YAML. */
public final class Grader {

	private final Engine engine;

	public Grader(Engine engine) {
		this.engine = engine;
	}

	/** A learner's prediction: the outcome, and optionally the pod, container and port it reaches. */
	public record Prediction(Outcome outcome, Optional<String> pod, Optional<String> container, Optional<Integer> port) {

		public Prediction(Outcome outcome, Optional<String> container, Optional<Integer> port) {
			this(outcome, Optional.empty(), container, port);
		}
	}

	/** Whether it was right, what differed, and the trace that decides. */
	public record Feedback(boolean correct, List<String> differences, Optional<Trace> trace, String error) {
	}

	public Feedback predict(QuizItem.Predict item, Prediction p) {
		Trace t = item.answer();
		List<String> diff = new ArrayList<>();
		if (p.outcome() != t.outcome()) {
			diff.add("it ends " + t.outcome() + ", not " + p.outcome());
		}
		if (t.outcome() == Outcome.DELIVERED) {
			// any pod the request can reach is right: kube-proxy picks one per connection
			p.pod().filter(x -> !x.isBlank() && t.endpoints().stream().noneMatch(e -> e.pod().equals(x)
					|| (e.namespace() + "/" + e.pod()).equals(x)))
				.ifPresent(x -> diff.add("it reaches " + t.endpoints().stream().map(e -> e.pod()).distinct()
					.collect(java.util.stream.Collectors.joining(" or ")) + ", not pod " + x));
			p.container().filter(c -> !c.isBlank() && !t.delivered().map(e -> e.container()).orElse("").equals(c))
				.ifPresent(c -> diff.add("it reaches container " + t.delivered().get().container() + ", not " + c));
			p.port().filter(x -> !t.delivered().map(e -> e.port()).orElse(-1).equals(x))
				.ifPresent(x -> diff.add("it arrives on port " + t.delivered().get().port() + ", not " + x));
		}
		return new Feedback(diff.isEmpty(), diff, Optional.of(t), "");
	}

	public Feedback choice(QuizItem.Choice item, int option) {
		if (option < 0 || option >= item.options().size()) {
			return new Feedback(false, List.of("pick one of the options"), Optional.empty(), "");
		}
		QuizItem.Option o = item.options().get(option);
		return new Feedback(o.correct(), o.correct() ? List.of() : List.of(o.why()), Optional.empty(), "");
	}

	/** Traces the learner's manifests against the exercise's request and goal. */
	public Feedback fix(Exercise ex, String manifests) {
		try {
			Trace t = engine.trace(engine.prepare(List.of(new Source("manifests.yaml", manifests))),
					new Request(ex.from(), ex.to()));
			List<String> unmet = ex.goal().unmet(t);
			return new Feedback(unmet.isEmpty(), unmet, Optional.of(t), "");
		}
		catch (InputException e) {
			return new Feedback(false, List.of(), Optional.empty(),
					"line " + e.problem().line() + ": " + e.problem().message());
		}
		catch (BadRequestException e) {
			return new Feedback(false, List.of(), Optional.empty(), e.getMessage());
		}
	}
}
