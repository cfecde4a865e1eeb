package dev.portpath.web.learn;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import dev.portpath.sim.trace.Trace;
import dev.portpath.web.playground.LineRef;
import dev.portpath.web.playground.PlaygroundViews;
import dev.portpath.web.playground.TraceView;

/** Traces shown as the playground shows them, for lesson examples and quiz feedback alike. */
@Component
class Traces {

	private final PlaygroundViews playground;

	Traces(PlaygroundViews playground) {
		this.playground = playground;
	}

	/** The view of a trace, its diagram drawn from the trace alone. */
	TraceView show(Trace trace) {
		return playground.trace(trace);
	}

	/** The playground URL that opens these manifests and this request, empty when it would be too long. */
	String playgroundLink(String manifests, String from, String to) {
		return playground.link(manifests, from, to).orElse("");
	}

	/** The lines failing hops and API errors point at. */
	static Set<Integer> failingLines(TraceView trace) {
		Set<Integer> out = new TreeSet<>();
		trace.hops().stream().filter(TraceView.HopView::failed).flatMap(h -> h.refs().stream()).map(LineRef::line)
			.forEach(out::add);
		trace.errors().forEach(e -> out.add(e.ref().line()));
		out.removeIf(l -> l <= 0);
		return out;
	}
}
