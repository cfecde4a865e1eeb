package dev.portpath.sim.model;

/** A Service's {@code spec.type} after defaulting (ClusterIP when absent); anything else is rejected by validation. */
public enum ServiceType {

	CLUSTER_IP("ClusterIP"), NODE_PORT("NodePort"), LOAD_BALANCER("LoadBalancer"), EXTERNAL_NAME("ExternalName"),
	OTHER("(invalid)");

	private final String word;

	ServiceType(String word) {
		this.word = word;
	}

	public static ServiceType of(String written) {
		for (ServiceType t : values()) {
			if (t.word.equals(written)) {
				return t;
			}
		}
		return written.isEmpty() ? CLUSTER_IP : OTHER;
	}

	/** The word of the API, as written in manifests and messages. */
	@Override
	public String toString() {
		return word;
	}
}
