package dev.portpath.content;

import java.util.List;

import dev.portpath.sim.trace.Trace;

/** One quiz item: a choice, a prediction graded by the engine's trace, or a fix graded by tracing. */
public sealed interface QuizItem permits QuizItem.Choice, QuizItem.Predict, QuizItem.Fix {

	String id();

	/**
	 * A question with options; each option says why it is right or wrong. {@code hint} is the nudge a wrong
	 * first answer gets: where to look, not the answer.
	 */
	record Choice(String id, String question, List<Option> options, String hint) implements QuizItem {
		public Choice {
			options = List.copyOf(options);
		}

		public Choice(String id, String question, List<Option> options) {
			this(id, question, options, "");
		}
	}

	record Option(String text, boolean correct, String why) {
	}

	/**
	 * Manifests and a request; {@code answer} is the engine's trace, computed when the content loads.
	 * {@code hint} (optional) is added to the nudge a wrong first answer gets, which names the hop to look at.
	 */
	record Predict(String id, String question, String manifests, String from, String to, String explain, Trace answer,
			String hint) implements QuizItem {

		public Predict(String id, String question, String manifests, String from, String to, String explain, Trace answer) {
			this(id, question, manifests, from, to, explain, answer, "");
		}
	}

	/** Points at an exercise the learner fixes in an editor. */
	record Fix(String id, Exercise exercise) implements QuizItem {
	}
}
