package dev.portpath.sim.model;

/**
 * How a path matches, in Ingress ({@code Exact}, {@code Prefix}, {@code ImplementationSpecific}) and in
 * Gateway API routes ({@code Exact}, {@code PathPrefix}, {@code RegularExpression}). Printed as written.
 */
public enum PathType {

	EXACT("Exact"), PREFIX("Prefix"), IMPLEMENTATION_SPECIFIC("ImplementationSpecific"), PATH_PREFIX("PathPrefix"),
	REGULAR_EXPRESSION("RegularExpression");

	private final String word;

	PathType(String word) {
		this.word = word;
	}

	/** The type written; unknown words (which validation rejects) match as prefixes. */
	public static PathType of(String written, PathType fallback) {
		for (PathType t : values()) {
			if (t.word.equals(written)) {
				return t;
			}
		}
		return fallback;
	}

	public boolean exact() {
		return this == EXACT;
	}

	@Override
	public String toString() {
		return word;
	}
}
