package dev.portpath.web.practice;

import org.jspecify.annotations.Nullable;

/** What the practice page's form posts: the exercise (seed, level), the answer, and how many tries came before. */
record PracticeForm(@Nullable String seed, @Nullable String level, @Nullable String manifests, @Nullable String attempt) {

	String seedText() {
		return seed == null ? "" : seed;
	}

	String levelText() {
		return level == null ? "" : level;
	}

	String manifestsText() {
		return manifests == null ? "" : manifests;
	}

	/** The try this post is: 1 for the first, and never below 1 or absurdly high. */
	int attemptNumber() {
		try {
			return Math.max(1, Math.min(99, Integer.parseInt(attempt == null ? "1" : attempt.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}
}
