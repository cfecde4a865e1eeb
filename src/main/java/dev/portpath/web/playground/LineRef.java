package dev.portpath.web.playground;

import dev.portpath.sim.trace.Ref;

/** A line of the pasted manifests that a hop, field or finding points at; {@code path} names the field. */
public record LineRef(String file, int line, String path) {

	static LineRef of(Ref ref) {
		return new LineRef(ref.file(), ref.line(), ref.path());
	}

	/** {@code line 35}, or the file too when the trace spans several. */
	public String label() {
		return "line " + line;
	}
}
