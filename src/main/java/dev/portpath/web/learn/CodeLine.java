package dev.portpath.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A line of manifests shown read-only with its number; {@code id} is its anchor (the trace's line links
 * point at it) and {@code failing} marks a line a failing hop names.
 */
public record CodeLine(int number, String text, String id, boolean failing) {

	static List<CodeLine> of(String manifests, String prefix, Set<Integer> failing) {
		String[] lines = manifests.split("\\R", -1);
		int n = lines.length;
		if (n > 1 && lines[n - 1].isEmpty()) {
			n--; // the newline that ends the file starts no line
		}
		List<CodeLine> out = new ArrayList<>(n);
		for (int i = 0; i < n; i++) {
			out.add(new CodeLine(i + 1, lines[i], prefix + "-L" + (i + 1), failing.contains(i + 1)));
		}
		return out;
	}
}
