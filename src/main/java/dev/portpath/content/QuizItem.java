package dev.portpath.content;

import java.util.List;

import dev.portpath.sim.trace.Trace;

/** One quiz item: a choice, a prediction graded by the engine's trace, or a fix graded by tracing. */
public sealed interface QuizItem permits QuizItem.Choice, QuizItem.Predict, QuizItem.Fix {

	String id();

	/** A question with options; each option says why it is right or wrong. */
	record Choice(String id, String question, List<Option> options) implements QuizItem {
		public Choice {
			options = List.copyOf(options);
		}
	}

	record Option(String text, boolean correct, String why) {
	}

	/** Manifests and a request; {@code answer} is the engine's trace, computed when the content loads. */
	record Predict(String id, String question, String manifests, String from, String to, String explain, Trace answer)
			implements QuizItem {
	}

	/** Points at an exercise the learner fixes in an editor. */
	record Fix(String id, Exercise exercise) implements QuizItem {
	}
}
