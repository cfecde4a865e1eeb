package dev.portpath.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Trace;

/** What a fix exercise asks for: an outcome, and optionally the container and port it is delivered to. */
public record Goal(Outcome outcome, Optional<String> container, Optional<Integer> port) {

	/** What still differs from the goal; empty when the trace meets it. */
	public List<String> unmet(Trace t) {
		List<String> out = new ArrayList<>();
		if (t.outcome() != outcome) {
			out.add("the outcome is " + t.outcome() + ", not " + outcome);
			return out; // where it was delivered only matters once the outcome is right
		}
		if (container.isPresent() && !t.delivered().map(e -> e.container()).equals(container)) {
			out.add("the request reaches " + t.delivered().map(e -> "container " + e.container()).orElse("no container")
					+ ", not container " + container.get());
		}
		if (port.isPresent() && !t.delivered().map(e -> e.port()).equals(port)) {
			out.add("it arrives on " + t.delivered().map(e -> "port " + e.port()).orElse("no port") + ", not port " + port.get());
		}
		return out;
	}

	public String describe() {
		return outcome + container.map(c -> " to container " + c).orElse("") + port.map(p -> " on port " + p).orElse("");
	}
}
