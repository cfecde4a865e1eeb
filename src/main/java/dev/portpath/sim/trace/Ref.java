package dev.portpath.sim.trace;

import java.util.Objects;

import dev.portpath.sim.parse.Loc;

/** Where a hop's decision comes from: a line in a file, and the object/field path. */
public record Ref(String file, int line, String path) {

	public static Ref of(Loc loc, String path) {
		return new Ref(loc.file(), loc.line(), path);
	}

	/*
	 * equals and hashCode are written out, with the meaning a record's own have: those are bootstrapped
	 * through method handles on first use, and a trace's removal of duplicate refs made that 10 ms of a
	 * cold command line (issue 9).
	 */

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Ref r && this.line == r.line && Objects.equals(this.file, r.file)
				&& Objects.equals(this.path, r.path));
	}

	@Override
	public int hashCode() {
		return (31 * Objects.hashCode(this.file) + this.line) * 31 + Objects.hashCode(this.path);
	}
}
