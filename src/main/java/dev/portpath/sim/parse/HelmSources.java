package dev.portpath.sim.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Helm output ({@code helm template}) names the template each document came from in a comment,
 * {@code # Source: chart/templates/service.yaml}, after the document separator. Split at those comments, each
 * document becomes a source named after its template, with lines counted from the line after the comment, so
 * that a finding names the template a user edits. Text without such comments comes back as it was. For files
 * only: the playground keeps the pasted text whole, since its editor marks lines of what was pasted.
 */
public final class HelmSources {

	private static final String MARK = "# Source: ";

	private HelmSources() {
	}

	public static List<Source> split(Source source) {
		String text = source.text();
		if (!text.contains(MARK)) {
			return List.of(source);
		}
		List<Source> out = new ArrayList<>();
		String name = source.name();
		StringBuilder chunk = new StringBuilder();
		boolean afterSeparator = true;
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			String line = end < 0 ? text.substring(start) : text.substring(start, end + 1);
			start = end < 0 ? text.length() : end + 1;
			String bare = line.strip();
			if (afterSeparator && bare.startsWith(MARK.strip()) && bare.length() > MARK.length() - 1) {
				flush(out, name, chunk);
				name = bare.substring(MARK.length() - 1).strip();
				afterSeparator = false;
				continue;
			}
			if (bare.equals("---")) {
				afterSeparator = true;
			}
			else if (!bare.isEmpty()) {
				afterSeparator = false;
			}
			chunk.append(line);
		}
		flush(out, name, chunk);
		return out;
	}

	/** A chunk that holds more than separators and blank lines becomes a source. */
	private static void flush(List<Source> out, String name, StringBuilder chunk) {
		String text = chunk.toString();
		chunk.setLength(0);
		if (!text.replace("---", "").isBlank()) {
			out.add(new Source(name, text));
		}
	}
}
