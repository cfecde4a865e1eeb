package dev.portpath.sim.explain;

/** One port field of the manifests, explained in a sentence: what it does for routing, and its line. */
public record PortField(String file, int line, String path, String field, String text) {
}
