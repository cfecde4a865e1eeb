package dev.portpath.sim.parse;

/**
 * One Kubernetes object as written: a YAML document, or one item of a list. Its kind, apiVersion, name
 * and namespace are read once, since every rule asks for them.
 */
public record Doc(YMap root, Loc loc, String kind, String apiVersion, String name, String namespace) {

	public Doc(YMap root, Loc loc) {
		this(root, loc, root.get("kind").str(""), root.get("apiVersion").str(""), root.path("metadata", "name").str(""),
				// the namespace written in the object, or default as kubectl apply would use
				root.path("metadata", "namespace").str("default"));
	}

	public String file() {
		return loc.file();
	}

	/** {@code Kind/namespace/name}, the path form used in refs. */
	public String id() {
		return kind + "/" + namespace + "/" + name;
	}
}
