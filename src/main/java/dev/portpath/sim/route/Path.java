package dev.portpath.sim.route;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Trace;

/**
 * Collects the hops of one request as the stages walk it; each hop starts where the last one ended, in
 * words ({@code from}, {@code to}) and typed ({@link Point}: what stands there, its address and port).
 */
final class Path {

	private final Request request;

	private final List<Hop> hops = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private String at;

	private Point point;

	/** Where the next hop arrives, typed, when the stage knows it: set by {@link #toward}, used once. */
	private Point next = Point.NONE;

	/** The HTTP request the hops carry (contract 1.1). */
	private final Exchange http;

	Path(Request request, String start, Point client, Exchange http) {
		this.request = request;
		this.at = start;
		this.point = client;
		this.http = http;
	}

	/** Says what the next hop reaches, typed (a Service port, a node, a pod...). */
	Path toward(Point target) {
		this.next = target;
		return this;
	}

	void ok(Step step, String to, String message, @Nullable Ref... refs) {
		add(step, Status.OK, to, message, "", refs);
	}

	void warn(Step step, String to, String message, String fix, @Nullable Ref... refs) {
		add(step, Status.WARN, to, message, fix, refs);
	}

	/** A hop beside the path (a filter, a mirror's copy): it does not move where the request is. */
	void aside(Step step, Status status, String to, String message, String fix, @Nullable Ref... refs) {
		List<Ref> list = Arrays.stream(refs).filter(r -> r != null && r.line() > 0).distinct().toList();
		hops.add(new Hop(step, status, at, to, message, fix, list, point, point));
	}

	void note(String note) {
		notes.add(note);
	}

	Leg.Done fail(Step step, String to, String message, String fix, Outcome outcome, String symptom, @Nullable Ref... refs) {
		add(step, Status.FAIL, to, message, fix, refs);
		return done(outcome, symptom, Optional.empty(), List.of());
	}

	Leg.Done done(Outcome outcome, String symptom, Optional<Endpoint> delivered, List<Endpoint> endpoints) {
		return new Leg.Done(new Trace(request, outcome, symptom, hops, delivered, endpoints, List.of(), notes,
				http.result(outcome)));
	}

	private void add(Step step, Status status, String to, String message, String fix, @Nullable Ref... refs) {
		List<Ref> list = Arrays.stream(refs).filter(r -> r != null && r.line() > 0).distinct().toList();
		Point target = next == Point.NONE ? point : next;
		hops.add(new Hop(step, status, at, to, message, fix, list, point, target));
		at = to;
		point = target;
		next = Point.NONE;
	}

	String at() {
		return at;
	}

	Request request() {
		return request;
	}

	Exchange http() {
		return http;
	}
}
