package dev.portpath.web.playground;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/**
 * A trace as the page shows it: the hops with icons and line links, the outcome, the endpoints, the diagram, and
 * the HTTP side ({@code http}: sent, received, redirect, mirrors; null when the request is not HTTP).
 */
public record TraceView(String from, String to, String outcome, boolean delivered, String symptom, List<HopView> hops,
		List<EndpointView> endpoints, List<ErrorView> errors, List<String> notes, Diagram diagram,
		@Nullable HttpView http) {

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
				trace.errors().stream().map(ErrorView::of).toList(), trace.notes(), diagram, HttpView.of(trace.http()));
	}

	/**
	 * The trace in one line, for the page's live region: {@code Trace: NO_ENDPOINTS at the endpoints hop, line 35},
	 * or {@code Trace: DELIVERED to container app:8080 of pod default/web-1}.
	 */
	public String summary() {
		StringBuilder s = new StringBuilder("Trace from ").append(from).append(" to ").append(to).append(": ")
			.append(outcome);
		hops.stream().filter(HopView::failed).findFirst().ifPresentOrElse(h -> {
			s.append(" at the ").append(h.step()).append(" hop");
			h.refs().stream().findFirst().filter(r -> r.line() > 0).ifPresent(r -> s.append(", line ").append(r.line()));
		}, () -> errors.stream().findFirst().filter(e -> e.ref().line() > 0)
			.ifPresent(e -> s.append(", rejected by the API server at line ").append(e.ref().line())));
		endpoints.stream().filter(EndpointView::chosen).findFirst().filter(e -> delivered)
			.ifPresent(e -> s.append(" to container ").append(e.container()).append(':').append(e.port())
				.append(" of pod ").append(e.namespace()).append('/').append(e.pod()));
		if (http != null && http.redirected()) {
			s.append(" (").append(http.redirect()).append(')');
		}
		return s.toString();
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
