package dev.portpath.web.playground;

import java.util.List;

import dev.portpath.sim.trace.NotSimulated;

/**
 * A kind of object (or of text, such as Helm template markup) that the paste holds and the engine did not
 * simulate, as the banner above the trace shows it: the kind, how many, what that means, what to do, and the
 * lines of the first ones.
 */
public record NotSimulatedView(String what, int count, String message, String advice, List<LineRef> refs) {

	public NotSimulatedView {
		refs = List.copyOf(refs);
	}

	static NotSimulatedView of(NotSimulated n) {
		return new NotSimulatedView(n.what(), n.count(), n.message(), n.advice(),
				n.refs().stream().limit(3).map(LineRef::of).toList());
	}
}
