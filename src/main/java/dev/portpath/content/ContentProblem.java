package dev.portpath.content;

/** Something wrong with a content file, at a line (0 when it concerns the whole file). */
public record ContentProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return file + (line > 0 ? ":" + line : "") + ": " + message;
	}
}
