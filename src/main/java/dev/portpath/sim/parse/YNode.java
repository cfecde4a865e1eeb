package dev.portpath.sim.parse;

import java.util.List;
import java.util.Optional;

/**
 * A YAML node that remembers where it was written. Navigation never fails: asking a scalar for a key,
 * or a map for a missing key, gives {@link Missing}, which carries the location of the nearest node
 * that does exist so that a message about an absent field can still point at a line.
 */
public sealed interface YNode permits YMap, YSeq, YScalar, YNode.Missing {

	Loc loc();

	default YNode get(String key) {
		return new Missing(loc());
	}

	/** Follows a dotted path of keys: {@code node.path("spec", "template", "spec")}. */
	default YNode path(String... keys) {
		YNode n = this;
		for (String k : keys) {
			n = n.get(k);
		}
		return n;
	}

	default List<YNode> items() {
		return List.of();
	}

	default boolean present() {
		return true;
	}

	default boolean isMap() {
		return this instanceof YMap;
	}

	default boolean isSeq() {
		return this instanceof YSeq;
	}

	default boolean isScalar() {
		return this instanceof YScalar s && s.kind() != YScalar.Kind.NULL;
	}

	/** The scalar's text, if this is a non-null scalar. */
	default Optional<String> text() {
		return Optional.empty();
	}

	default String str(String fallback) {
		return text().orElse(fallback);
	}

	/** An integer written as a YAML int (not a quoted string). */
	default Optional<Long> integer() {
		return Optional.empty();
	}

	default Optional<Boolean> bool() {
		return Optional.empty();
	}

	/** A node that is not there. */
	record Missing(Loc loc) implements YNode {
		@Override
		public boolean present() {
			return false;
		}
	}
}
