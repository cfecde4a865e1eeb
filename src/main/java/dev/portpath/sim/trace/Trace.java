package dev.portpath.sim.trace;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "where does this request land": the outcome, what the client sees, every hop, and the
 * containers it reaches. With API errors the outcome is INVALID and there are no hops. {@code http} is the
 * HTTP side (contract 1.1): what was sent and received, a redirect, mirrors; {@link HttpResult#NONE} when none applies.
 */
public record Trace(Request request, Outcome outcome, String symptom, List<Hop> hops, Optional<Endpoint> delivered,
		List<Endpoint> endpoints, List<ApiError> errors, List<String> notes, HttpResult http) {

	public Trace {
		hops = List.copyOf(hops);
		endpoints = List.copyOf(endpoints);
		errors = List.copyOf(errors);
		notes = List.copyOf(notes);
	}

	/** A trace with no HTTP side: a request that is not HTTP, or says nothing beyond FROM and TO. */
	public Trace(Request request, Outcome outcome, String symptom, List<Hop> hops, Optional<Endpoint> delivered,
			List<Endpoint> endpoints, List<ApiError> errors, List<String> notes) {
		this(request, outcome, symptom, hops, delivered, endpoints, errors, notes, HttpResult.NONE);
	}
}
