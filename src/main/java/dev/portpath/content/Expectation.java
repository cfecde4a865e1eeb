package dev.portpath.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/**
 * What the author of a predict item says the request does, written by hand from Kubernetes semantics.
 * Learners are still graded against the engine's trace; this is compared with that trace when the content
 * loads, so that an engine change which moves an answer under a quiz is reported instead of being taught.
 * {@code pod} names the one pod the request lands on, {@code failStep} the step of the first failing hop
 * and {@code endpoints} how many containers the request could reach.
 */
public record Expectation(Outcome outcome, Optional<String> pod, Optional<String> container, Optional<Integer> port,
		Optional<String> failStep, Optional<Integer> endpoints) {

	/** The keys an {@code expect} map may hold, in the order they are compared. */
	public static final List<String> KEYS = List.of("outcome", "pod", "container", "port", "failStep", "endpoints");

	/** One key on which the trace differs: what the author wrote and what the engine traced. */
	public record Mismatch(String key, String expected, String traced) {
	}

	/**
	 * Every key on which the trace differs, in {@link #KEYS} order; empty when it agrees. All keys are
	 * compared even when the outcome differs, so the author sees the whole disagreement at once.
	 */
	public List<Mismatch> mismatches(Trace t) {
		List<Mismatch> out = new ArrayList<>();
		if (t.outcome() != outcome) {
			out.add(new Mismatch("outcome", outcome.name(), t.outcome().name()));
		}
		pod.filter(p -> !landsOnlyOn(t, p))
			.ifPresent(p -> out.add(new Mismatch("pod", p, pods(t))));
		container.filter(c -> !t.delivered().map(Endpoint::container).equals(Optional.of(c)))
			.ifPresent(c -> out.add(new Mismatch("container", c,
					t.delivered().map(Endpoint::container).orElse("no container"))));
		port.filter(p -> !t.delivered().map(Endpoint::port).equals(Optional.of(p)))
			.ifPresent(p -> out.add(new Mismatch("port", String.valueOf(p),
					t.delivered().map(e -> String.valueOf(e.port())).orElse("no port"))));
		String step = failingStep(t);
		failStep.filter(s -> !s.equals(step)).ifPresent(s -> out.add(new Mismatch("failStep", s, step)));
		endpoints.filter(n -> n != t.endpoints().size())
			.ifPresent(n -> out.add(new Mismatch("endpoints", String.valueOf(n), String.valueOf(t.endpoints().size()))));
		return out;
	}

	/**
	 * Whether every container the request could reach is in that pod: a pod the load balancer only might
	 * pick is not where the request lands. {@code namespace/name} is accepted as the grader accepts it.
	 */
	private static boolean landsOnlyOn(Trace t, String pod) {
		return t.delivered().filter(e -> names(e, pod)).isPresent() && t.endpoints().stream().allMatch(e -> names(e, pod));
	}

	private static boolean names(Endpoint e, String pod) {
		return e.pod().equals(pod) || (e.namespace() + "/" + e.pod()).equals(pod);
	}

	/** The pods the request could reach, as "web-0 or web-1", or "no pod". */
	private static String pods(Trace t) {
		List<Endpoint> all = t.endpoints().isEmpty() ? t.delivered().stream().toList() : t.endpoints();
		return all.isEmpty() ? "no pod" : all.stream().map(Endpoint::pod).distinct().collect(Collectors.joining(" or "));
	}

	/** The step of the first failing hop, or "none" when no hop fails. */
	private static String failingStep(Trace t) {
		return t.hops().stream().filter(h -> h.status() == Status.FAIL).map(h -> h.step().word()).findFirst().orElse("none");
	}
}
