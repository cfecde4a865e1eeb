package dev.portpath.web.learn;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.portpath.web.playground.TraceView;

/**
 * What the learner sees after answering one item: right or not, a headline, what differs from the
 * answer or the goal, the why of the options (choice), and the engine's trace (predict, fix).
 * {@code problem} is set when the answer could not be graded: a form that is incomplete (status 400)
 * or YAML that cannot be read ({@code line} then names its line).
 */
public record FeedbackView(String item, String quiz, String kind, boolean correct, String headline,
		List<String> differences, List<Why> whys, @Nullable TraceView trace, String explain, String problem, int line,
		String marks, int status) {

	public FeedbackView {
		differences = List.copyOf(differences);
		whys = List.copyOf(whys);
	}

	/** Why an option is right or wrong: {@code label} says whose it is ("You chose", "The answer"). */
	public record Why(String label, String text, String why, boolean correct) {
	}

	public String id() {
		return "feedback-" + item;
	}

	/** Graded (right or wrong), as opposed to refused. */
	public boolean graded() {
		return problem.isEmpty();
	}

	public boolean hasLine() {
		return line > 0;
	}

	/** The result the progress script records: right, wrong, or nothing when the answer was not graded. */
	public String result() {
		return !graded() ? "" : correct ? "right" : "wrong";
	}

	public String css() {
		return !graded() ? "problem" : correct ? "right" : "wrong";
	}
}
