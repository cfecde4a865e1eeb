package dev.portpath.web.playground;

import java.util.List;

import dev.portpath.sim.trace.NotSimulated;

/**
 * A kind of object (or of text, such as Helm template markup) that the paste holds and the engine did not
 * simulate, as the banner above the trace shows it: the kind, how many, what that means, what to do, and the
 * lines of the first ones; {@code matters} is false for kinds that do not change where a request goes (ConfigMap,
 * Secret, RBAC, ...), which the banner names in one line.
 */
public record NotSimulatedView(String what, int count, String message, String advice, List<LineRef> refs,
		boolean matters) {

	public NotSimulatedView {
		refs = List.copyOf(refs);
	}

	static NotSimulatedView of(NotSimulated n) {
		return new NotSimulatedView(n.what(), n.count(), n.message(), n.advice(),
				n.refs().stream().limit(3).map(LineRef::of).toList(), n.effect() != NotSimulated.Effect.NONE);
	}

	/** The kind and how many, as the banner names it: {@code ConfigMap} or {@code ConfigMap (3)}. */
	public String label() {
		return count > 1 ? what + " (" + count + ")" : what;
	}
}
