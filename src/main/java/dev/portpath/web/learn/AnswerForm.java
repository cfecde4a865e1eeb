package dev.portpath.web.learn;

import org.jspecify.annotations.Nullable;

/**
 * What an item's form posts: {@code option} (a choice, by index); {@code outcome}, {@code pod},
 * {@code container} and {@code port} (a prediction); {@code manifests} (a fix). Fields of other kinds are
 * ignored. {@code attempt} is the try this answer is (1 for the first; the page counts, the server keeps
 * nothing), and {@code reveal} asks for the answer instead of grading one.
 */
record AnswerForm(@Nullable String option, @Nullable String outcome, @Nullable String pod, @Nullable String container,
		@Nullable String port, @Nullable String manifests, @Nullable String attempt, @Nullable String reveal) {

	static final AnswerForm EMPTY = new AnswerForm(null, null, null, null, null, null, null, null);

	/** The try this answer is: 1 for the first, never below 1 or absurdly high. */
	int attemptNumber() {
		try {
			return Math.max(1, Math.min(99, Integer.parseInt(attempt == null ? "1" : attempt.strip())));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

	boolean revealing() {
		return reveal != null && !reveal.isBlank();
	}

	String podText() {
		return pod == null ? "" : pod.strip();
	}

	String optionText() {
		return option == null ? "" : option.strip();
	}

	String outcomeText() {
		return outcome == null ? "" : outcome.strip();
	}

	String containerText() {
		return container == null ? "" : container.strip();
	}

	String portText() {
		return port == null ? "" : port.strip();
	}

	String manifestsText() {
		return manifests == null ? "" : manifests;
	}
}
