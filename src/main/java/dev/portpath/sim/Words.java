package dev.portpath.sim;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The word a typo most likely meant, for messages that say "did you mean ...?". */
public final class Words {

	/** Longer input than this is not a typo of a short word; comparing it would only cost time. */
	private static final int MAX_LENGTH = 64;

	private Words() {
	}

	/**
	 * The candidate fewest edits away, if that is close enough to be a typo (at most two edits, or a third of
	 * the word), or else the one the word begins (at least three letters typed).
	 */
	public static Optional<String> nearest(String word, Collection<String> candidates) {
		String typed = word.toLowerCase(Locale.ROOT);
		if (typed.length() > MAX_LENGTH) {
			return Optional.empty();
		}
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String c : candidates) {
			int d = distance(typed, c);
			if (d < bestDistance) {
				best = c;
				bestDistance = d;
			}
		}
		if (best != null && bestDistance <= Math.max(2, typed.length() / 3)) {
			return Optional.of(best);
		}
		if (typed.length() >= 3) {
			return candidates.stream().filter(c -> c.startsWith(typed)).findFirst();
		}
		return Optional.empty();
	}

	/**
	 * Edits from a to b: insert, delete or replace one character, or swap two neighbours, since a swap
	 * (chcek) is as common a typo as a missed key (optimal string alignment distance).
	 */
	public static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}
}
