package dev.portpath.sim.model;

/**
 * A Service's {@code externalTrafficPolicy} or {@code internalTrafficPolicy} after defaulting; {@link #NONE}
 * where the field does not apply (externalTrafficPolicy of a Service nothing outside reaches).
 */
public enum TrafficPolicy {

	CLUSTER("Cluster"), LOCAL("Local"), NONE("");

	private final String word;

	TrafficPolicy(String word) {
		this.word = word;
	}

	public static TrafficPolicy of(String written) {
		return switch (written) {
			case "Local" -> LOCAL;
			case "" -> NONE;
			default -> CLUSTER;
		};
	}

	@Override
	public String toString() {
		return word;
	}
}
