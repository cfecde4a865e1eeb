package dev.portpath.web.learn;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Trace;
import dev.portpath.web.playground.LineRef;
import dev.portpath.web.playground.PlaygroundViews;
import dev.portpath.web.playground.TraceView;

/** Traces shown as the playground shows them, for lesson examples and quiz feedback alike. */
@Component
class Traces {

	private final Engine engine;

	private final PlaygroundViews playground;

	Traces(Engine engine, PlaygroundViews playground) {
		this.engine = engine;
		this.playground = playground;
	}

	/** The view of a trace the engine computed on these manifests; they are parsed again for the diagram. */
	TraceView show(Trace trace, String file, String manifests) {
		return playground.trace(trace, engine.prepare(List.of(new Source(file, manifests))).cluster());
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
