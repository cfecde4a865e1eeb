package dev.portpath.web.playground;

import dev.portpath.sim.parse.ParseProblem;

/**
 * The YAML parser's complaints in plain words, for an editor where half-typed text is the normal state: a tab
 * that indents, a key without its {@code :}. The parser reports the line where it noticed, which for a missing
 * {@code :} is often the line after the one to fix; the line named here is the one to fix.
 */
final class YamlWords {

	private YamlWords() {
	}

	static PlaygroundView.Problem problem(ParseProblem p, String manifests) {
		String[] lines = manifests.split("\\R", -1);
		String message = p.message();
		int line = p.line();
		if (message.contains("'\\t'") || message.contains("\\t(TAB)") || message.contains("(TAB)")) {
			int tab = firstTab(lines, line);
			if (tab > 0) {
				line = tab;
			}
			return new PlaygroundView.Problem("The YAML cannot be read", "Line " + line + " has a tab: YAML indents"
					+ " with spaces only, so replace the tab with spaces. (The parser says: " + message + ")", line, true);
		}
		if (message.contains("could not find expected ':'")) {
			int key = previousText(lines, line);
			if (key > 0) {
				String text = lines[key - 1].strip();
				return new PlaygroundView.Problem("The YAML cannot be read", "Line " + key + ", \"" + shorten(text)
						+ "\", has no ':' after its key: write it as key: value. (The parser says: " + message + ")", key, true);
			}
		}
		return new PlaygroundView.Problem("The YAML cannot be read", message, line, true);
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
