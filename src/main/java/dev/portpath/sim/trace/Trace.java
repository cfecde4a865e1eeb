package dev.portpath.sim.trace;

import java.util.List;
import java.util.Optional;

/**
 * The answer to "where does this request land": the outcome, what the client sees, every hop, and the
 * containers it reaches. With API errors the outcome is INVALID and there are no hops. {@code http} is the
 * HTTP side (contract 1.1): what was sent and received, a redirect, mirrors; {@link HttpResult#NONE} when none
 * applies. {@code notSimulated} says what the manifests hold that the trace did not take into account.
 */
public record Trace(Request request, Outcome outcome, String symptom, List<Hop> hops, Optional<Endpoint> delivered,
		List<Endpoint> endpoints, List<ApiError> errors, List<String> notes, HttpResult http,
		List<NotSimulated> notSimulated) {

	public Trace {
		hops = List.copyOf(hops);
		endpoints = List.copyOf(endpoints);
		errors = List.copyOf(errors);
		notes = List.copyOf(notes);
		notSimulated = List.copyOf(notSimulated);
	}

	/** A trace with an HTTP side that left nothing out (the tracer's own answer). */
	public Trace(Request request, Outcome outcome, String symptom, List<Hop> hops, Optional<Endpoint> delivered,
			List<Endpoint> endpoints, List<ApiError> errors, List<String> notes, HttpResult http) {
		this(request, outcome, symptom, hops, delivered, endpoints, errors, notes, http, List.of());
	}

	/** A trace with no HTTP side: a request that is not HTTP, or says nothing beyond FROM and TO. */
	public Trace(Request request, Outcome outcome, String symptom, List<Hop> hops, Optional<Endpoint> delivered,
			List<Endpoint> endpoints, List<ApiError> errors, List<String> notes) {
		this(request, outcome, symptom, hops, delivered, endpoints, errors, notes, HttpResult.NONE, List.of());
	}

	/** The same trace, saying what the manifests hold that it did not simulate. */
	public Trace withNotSimulated(List<NotSimulated> report) {
		return new Trace(request, outcome, symptom, hops, delivered, endpoints, errors, notes, http, report);
	}
}
