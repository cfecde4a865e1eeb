package dev.portpath.sim.trace;

import dev.portpath.sim.parse.Loc;

/** Where a hop's decision comes from: a line in a file, and the object/field path. */
public record Ref(String file, int line, String path) {

	public static Ref of(Loc loc, String path) {
		return new Ref(loc.file(), loc.line(), path);
	}
}
