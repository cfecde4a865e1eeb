package dev.portpath.content;

import dev.portpath.sim.trace.Trace;

/** A lesson's live example: manifests, a default request, a caption, and the engine's trace of it. */
public record Example(String id, String file, String manifests, String from, String to, String caption, Trace trace) {
}
