package dev.portpath.web.learn;

import org.jspecify.annotations.Nullable;

/**
 * What an item's form posts: {@code option} (a choice, by index); {@code outcome}, {@code pod},
 * {@code container} and {@code port} (a prediction); {@code manifests} (a fix). Fields of other kinds are
 * ignored.
 */
record AnswerForm(@Nullable String option, @Nullable String outcome, @Nullable String pod, @Nullable String container,
		@Nullable String port, @Nullable String manifests) {

	static final AnswerForm EMPTY = new AnswerForm(null, null, null, null, null, null);

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
