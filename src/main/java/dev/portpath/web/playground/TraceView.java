package dev.portpath.web.playground;

import java.util.List;
import java.util.stream.Stream;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/** A trace as the page shows it: the hops with icons and line links, the outcome, the endpoints, the diagram. */
public record TraceView(String from, String to, String outcome, boolean delivered, String symptom, List<HopView> hops,
		List<EndpointView> endpoints, List<ErrorView> errors, List<String> notes, Diagram diagram) {

	/** One hop; {@code status} is ok, warn or fail (the CSS class), {@code icon} its mark. */
	public record HopView(String step, String status, String icon, String from, String to, String message, String fix,
			List<LineRef> refs) {

		static HopView of(Hop hop) {
			return new HopView(hop.step().word(), hop.status().json(), TraceView.icon(hop.status()), hop.from(), hop.to(), hop.message(),
					hop.fix() == null ? "" : hop.fix(), hop.refs().stream().map(LineRef::of).toList());
		}

		public boolean failed() {
			return status.equals("fail");
		}
	}

	/** A container the request can reach; {@code chosen} marks the one the trace follows. */
	public record EndpointView(String namespace, String pod, String container, int port, boolean chosen) {
	}

	static TraceView of(Trace trace, Diagram diagram) {
		Endpoint chosen = trace.delivered().orElse(null);
		return new TraceView(trace.request().from(), trace.request().to(), trace.outcome().name(),
				trace.outcome() == Outcome.DELIVERED, trace.symptom(), trace.hops().stream().map(HopView::of).toList(),
				trace.endpoints().stream()
					.map(e -> new EndpointView(e.namespace(), e.pod(), e.container(), e.port(), e.equals(chosen)))
					.toList(),
				trace.errors().stream().map(ErrorView::of).toList(), trace.notes(), diagram);
	}

	/** The lines the editor marks: those named by failing hops and by API errors. */
	Stream<Integer> failLines() {
		return Stream.concat(
				hops.stream().filter(HopView::failed).flatMap(h -> h.refs().stream()).map(LineRef::line),
				errors.stream().map(e -> e.ref().line()))
			.filter(l -> l > 0);
	}

	static String icon(Status status) {
		return switch (status) {
			case OK -> "✓";
			case WARN -> "!";
			case FAIL -> "✗";
		};
	}
}
