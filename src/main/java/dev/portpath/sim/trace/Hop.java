package dev.portpath.sim.trace;

import java.util.List;

/**
 * One step of a request's path. {@code message} is one plain sentence naming the object and field;
 * {@code fix} is set on failing (and some warning) hops; {@code refs} point at the lines behind it,
 * the first one being the line to change when the hop fails.
 */
public record Hop(String step, Status status, String from, String to, String message, String fix, List<Ref> refs) {

	public Hop {
		refs = List.copyOf(refs);
	}
}
