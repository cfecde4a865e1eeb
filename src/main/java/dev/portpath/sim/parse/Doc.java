package dev.portpath.sim.parse;

/**
 * One Kubernetes object as written: a YAML document, or one item of a {@code kind: List}.
 */
public record Doc(YMap root, Loc loc) {

	public String kind() {
		return root.get("kind").str("");
	}

	public String apiVersion() {
		return root.get("apiVersion").str("");
	}

	public String name() {
		return root.path("metadata", "name").str("");
	}

	/** The namespace written in the object, or {@code default} as {@code kubectl apply} would use. */
	public String namespace() {
		return root.path("metadata", "namespace").str("default");
	}

	public String file() {
		return loc.file();
	}

	/** {@code Kind/namespace/name}, the path form used in refs. */
	public String id() {
		return kind() + "/" + namespace() + "/" + name();
	}
}
