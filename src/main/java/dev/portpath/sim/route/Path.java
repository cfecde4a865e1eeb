package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/** Collects the hops of one request as the tracer walks it; each hop starts where the last one ended. */
final class Path {

	private final Request request;

	private final List<Hop> hops = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private String at;

	Path(Request request, String start) {
		this.request = request;
		this.at = start;
	}

	void ok(String step, String to, String message, Ref... refs) {
		add(step, Status.OK, to, message, "", refs);
	}

	void warn(String step, String to, String message, String fix, Ref... refs) {
		add(step, Status.WARN, to, message, fix, refs);
	}

	void note(String note) {
		notes.add(note);
	}

	Trace fail(String step, String to, String message, String fix, Outcome outcome, String symptom, Ref... refs) {
		add(step, Status.FAIL, to, message, fix, refs);
		return done(outcome, symptom, Optional.empty(), List.of());
	}

	Trace done(Outcome outcome, String symptom, Optional<Endpoint> delivered, List<Endpoint> endpoints) {
		return new Trace(request, outcome, symptom, hops, delivered, endpoints, List.of(), notes);
	}

	private void add(String step, Status status, String to, String message, String fix, Ref... refs) {
		List<Ref> list = Arrays.stream(refs).filter(r -> r != null && r.line() > 0).distinct().toList();
		hops.add(new Hop(step, status, at, to, message, fix, list));
		at = to;
	}

	String at() {
		return at;
	}
}
