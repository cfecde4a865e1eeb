package dev.portpath.web.learn;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.portpath.web.playground.TraceView;

/**
 * What the learner sees after answering one item: right or not, a headline, what differs from the
 * answer or the goal, the why of the options (choice), and the engine's trace (predict, fix).
 * {@code problem} is set when the answer could not be graded: a form that is incomplete (status 400)
 * or YAML that cannot be read ({@code line} then names its line).
 * <p>
 * A wrong choice or prediction is not answered at once: it gets a {@code nudge} (where to look) and none
 * of the answer; from the second wrong try on, {@code offerReveal} adds "Show the answer", whose post comes
 * back {@code revealed}. {@code next} is the try number the item's form carries from now on.
 */
public record FeedbackView(String item, String quiz, String kind, boolean correct, String headline,
		List<String> differences, List<Why> whys, @Nullable TraceView trace, String explain, String problem, int line,
		String marks, int status, String nudge, int next, boolean offerReveal, boolean revealed, String action,
		List<Field> carry) {

	public FeedbackView {
		differences = List.copyOf(differences);
		whys = List.copyOf(whys);
		carry = List.copyOf(carry);
	}

	FeedbackView(String item, String quiz, String kind, boolean correct, String headline, List<String> differences,
			List<Why> whys, @Nullable TraceView trace, String explain, String problem, int line, String marks, int status) {
		this(item, quiz, kind, correct, headline, differences, whys, trace, explain, problem, line, marks, status, "", 1,
				false, false, "", List.of());
	}

	/** A field of the learner's last answer that "Show the answer" posts again, so the answer can say why it was not it. */
	public record Field(String name, String value) {
	}

	public boolean nudged() {
		return !nudge.isEmpty();
	}

	public String attemptId() {
		return "attempt-" + item;
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

	/** The result the progress script records: right, wrong, revealed, or nothing when the answer was not graded. */
	public String result() {
		return !graded() ? "" : revealed ? "revealed" : correct ? "right" : "wrong";
	}

	/** The answer in one line, for the item's live region: the headline, then what could not be read or the trace. */
	public String summary() {
		if (!problem.isEmpty()) {
			return TraceSummary.join(headline, problem + (line > 0 ? " (line " + line + ")" : ""));
		}
		return TraceSummary.join(headline, TraceSummary.of(trace));
	}

	public String css() {
		return !graded() ? "problem" : revealed ? "revealed" : correct ? "right" : nudged() ? "wrong nudge" : "wrong";
	}
}
