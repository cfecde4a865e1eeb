package dev.portpath.sim.parse;

import org.jspecify.annotations.Nullable;

/**
 * The YAML parser's commonest complaints in plain words, for hand-written and half-typed text: a tab that
 * indents, a key without its {@code :}. The parser reports the line where it noticed, which for a missing
 * {@code :} is often the line after the one to fix; the line named here is the one to fix.
 */
final class YamlWords {

	/** What to tell: the line to fix and what is wrong there, in words, with the parser's own after them. */
	record Said(int line, String message) {
	}

	private YamlWords() {
	}

	/** Plain words for the parser's {@code problem} at {@code line} of {@code text}, or null when there are none. */
	static @Nullable Said explain(String text, int line, String problem) {
		String[] lines = text.split("\\R", -1);
		if (problem.contains("'\\t'") || problem.contains("(TAB)")) {
			int tab = firstTab(lines, line);
			int at = tab > 0 ? tab : line;
			return new Said(at, "line " + at + " has a tab: YAML indents with spaces only, so replace the tab with spaces"
					+ " (the parser says: " + problem + ")");
		}
		if (problem.contains("could not find expected ':'")) {
			int key = previousText(lines, line);
			if (key > 0) {
				return new Said(key, "line " + key + ", \"" + shorten(lines[key - 1].strip())
						+ "\", has no ':' after its key: write it as key: value (the parser says: " + problem + ")");
			}
		}
		return null;
	}

	/** The line (1-based) of the first tab at or before {@code line}, searching back from it; 0 if none. */
	private static int firstTab(String[] lines, int line) {
		for (int i = Math.min(line, lines.length); i >= 1; i--) {
			if (lines[i - 1].indexOf('\t') >= 0) {
				return i;
			}
		}
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].indexOf('\t') >= 0) {
				return i + 1;
			}
		}
		return 0;
	}

	/** The last line at or before {@code line} that holds text without a ':' (a key missing its colon); 0 if none. */
	private static int previousText(String[] lines, int line) {
		for (int i = Math.min(line, lines.length); i >= 1 && i >= line - 3; i--) {
			String t = lines[i - 1].strip();
			if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("-") && !t.contains(":")) {
				return i;
			}
		}
		return 0;
	}

	private static String shorten(String text) {
		return text.length() > 40 ? text.substring(0, 39) + "…" : text;
	}
}
