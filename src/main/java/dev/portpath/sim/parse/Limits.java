package dev.portpath.sim.parse;

/**
 * What the engine accepts before it refuses input, and what it may spend on it. The defaults fit any real
 * set of manifests (the largest corpus app is about 150 KiB and 300 objects) and stop YAML bombs, runaway
 * nesting, replica counts that would simulate millions of pods, and inputs that would keep a server busy.
 *
 * @param maxBytes the largest input, in bytes
 * @param maxDocuments the most objects read at once (documents and list items)
 * @param maxAliases the most YAML aliases SnakeYAML follows for collections
 * @param maxDepth the deepest nesting of mappings and sequences
 * @param maxPods the most pods simulated in all; beyond it workloads are sampled, and every answer says so
 * @param maxMillis the engine time one request or command may take (0: no limit)
 */
public record Limits(int maxBytes, int maxDocuments, int maxAliases, int maxDepth, int maxPods, long maxMillis) {

	public static final Limits DEFAULT = new Limits(1024 * 1024, 5000, 100, 64, 2000, 2000);

	public Limits withMaxBytes(int bytes) {
		return new Limits(bytes, maxDocuments, maxAliases, maxDepth, maxPods, maxMillis);
	}

	public Limits withMaxDocuments(int documents) {
		return new Limits(maxBytes, documents, maxAliases, maxDepth, maxPods, maxMillis);
	}

	public Limits withMaxPods(int pods) {
		return new Limits(maxBytes, maxDocuments, maxAliases, maxDepth, pods, maxMillis);
	}

	public Limits withMaxMillis(long millis) {
		return new Limits(maxBytes, maxDocuments, maxAliases, maxDepth, maxPods, millis);
	}
}
