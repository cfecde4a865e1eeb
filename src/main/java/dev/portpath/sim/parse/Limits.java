package dev.portpath.sim.parse;

/**
 * What the loader accepts before it refuses input. The defaults fit any real set of manifests (the
 * largest corpus app is about 100 KiB) and stop YAML bombs and runaway nesting.
 */
public record Limits(int maxBytes, int maxDocuments, int maxAliases, int maxDepth) {

	public static final Limits DEFAULT = new Limits(1024 * 1024, 5000, 100, 64);

	public Limits withMaxBytes(int bytes) {
		return new Limits(bytes, maxDocuments, maxAliases, maxDepth);
	}

	public Limits withMaxDocuments(int documents) {
		return new Limits(maxBytes, documents, maxAliases, maxDepth);
	}
}
