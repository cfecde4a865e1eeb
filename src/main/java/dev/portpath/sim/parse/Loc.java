package dev.portpath.sim.parse;

/** Where something was written: file name, 1-based line and column. */
public record Loc(String file, int line, int col) {

	public static final Loc NONE = new Loc("", 0, 0);

	@Override
	public String toString() {
		return file + ":" + line;
	}
}
