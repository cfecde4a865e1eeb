package dev.portpath.sim.trace;

import java.util.List;

/**
 * One step of a request's path. {@code message} is one plain sentence naming the object and field;
 * {@code fix} is set on failing (and some warning) hops; {@code refs} point at the lines behind it,
 * the first one being the line to change when the hop fails. {@code source} and {@code target} are the
 * two sides of the hop, typed (the contract's JSON carries only the {@code from} and {@code to} words).
 */
public record Hop(Step step, Status status, String from, String to, String message, String fix, List<Ref> refs,
		Point source, Point target) {

	public Hop {
		refs = List.copyOf(refs);
	}
}
