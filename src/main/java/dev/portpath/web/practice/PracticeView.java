package dev.portpath.web.practice;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.portpath.web.learn.TraceSummary;
import dev.portpath.web.playground.TraceView;

/**
 * The practice page: the exercise (app, goal, how many bugs), the editor's YAML, the hints (withheld until
 * asked for), the levels, and the feedback when the page answers a check without JavaScript.
 */
public record PracticeView(long seed, int level, String href, String newHref, String apiHref, String app, String title,
		String origin, boolean project, String from, String to, String goal, String shape, String yaml, int attempt, List<Hint> hints,
		List<Level> levels, @Nullable FeedbackView feedback) {

	public PracticeView {
		hints = List.copyOf(hints);
		levels = List.copyOf(levels);
	}

	/** A hint for one seeded bug: what kind of bug to look for, where, and the lesson that teaches it. */
	public record Hint(String kind, String title, String hint, String lessonHref, String lessonTitle) {
	}

	/** A level to pick: its number, what it means, its link, and whether it is this exercise's. */
	public record Level(int number, String label, String href, boolean current) {
	}

	/**
	 * The verdict on one answer: right or not, why not, the new findings, the trace of the goal through the
	 * answer (its failing lines in {@code marks}), and after the second wrong try the solution with what was
	 * changed. {@code problem} is set when the YAML could not be read (then {@code line} names its line).
	 */
	public record FeedbackView(boolean correct, String headline, List<String> reasons, List<FindingView> findings,
			@Nullable TraceView trace, String marks, int attempt, boolean showSolution, String solution, List<String> changes,
			String distractor, List<Hint> lessons, String problem, int line, long seed, int level, String origin) {

		public FeedbackView {
			reasons = List.copyOf(reasons);
			findings = List.copyOf(findings);
			changes = List.copyOf(changes);
			lessons = List.copyOf(lessons);
		}

		public String css() {
			return !problem.isEmpty() ? "problem" : correct ? "right" : "wrong";
		}

		/** What learn.js records: solved, wrong, or nothing when the answer could not be graded. */
		public String result() {
			return !problem.isEmpty() ? "" : correct ? "solved" : "wrong";
		}

		public boolean hasLine() {
			return line > 0;
		}

		/** The answer in one line, for the live region: the headline, then what could not be read or the trace. */
		public String summary() {
			if (!problem.isEmpty()) {
				return TraceSummary.join(headline, problem + (line > 0 ? " (line " + line + ")" : ""));
			}
			return TraceSummary.join(headline, TraceSummary.of(trace));
		}
	}

	/** A finding of check that the working app does not have. */
	public record FindingView(String severity, String code, String message, int line, String fix) {
	}
}
