package dev.portpath.sim.trace;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "where does this request land": the outcome, what the client sees, every hop, and the
 * containers it reaches. With API errors the outcome is INVALID and there are no hops.
 */
public record Trace(Request request, Outcome outcome, String symptom, List<Hop> hops, Optional<Endpoint> delivered,
		List<Endpoint> endpoints, List<ApiError> errors, List<String> notes) {

	public Trace {
		hops = List.copyOf(hops);
		endpoints = List.copyOf(endpoints);
		errors = List.copyOf(errors);
		notes = List.copyOf(notes);
	}
}
