package dev.portpath.web.learn;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A quiz page: every item with its form. Nothing here tells the answer: options carry their index
 * only, predictions no outcome, fixes no solution; what is right arrives with the feedback.
 */
public record QuizView(String id, String title, String href, @Nullable Link lesson, String lessonId, List<ItemView> items) {

	public QuizView {
		items = List.copyOf(items);
	}

	/** How many items of a kind (choice, predict, fix) the quiz holds. */
	public long count(String kind) {
		return items.stream().filter(i -> i.kind().equals(kind)).count();
	}

	/** The item ids separated by spaces, for the progress script. */
	public String itemIds() {
		return String.join(" ", items.stream().map(ItemView::id).toList());
	}

	/**
	 * One item. {@code kind} is choice, predict or fix, and the part of that kind is set; {@code feedback}
	 * is set when the page answers a form post (without JavaScript) for this item; {@code attempt} is the try
	 * number its form posts next.
	 */
	public record ItemView(String id, String kind, int number, String anchor, String action, String question,
			List<Option> options, @Nullable Predict predict, @Nullable Fix fix, @Nullable FeedbackView feedback,
			int attempt) {

		public ItemView {
			options = List.copyOf(options);
		}

		public String feedbackId() {
			return "feedback-" + id;
		}

		public String attemptId() {
			return "attempt-" + id;
		}

		public String kindLabel() {
			return switch (kind) {
				case "choice" -> "Choose";
				case "predict" -> "Predict";
				default -> "Fix";
			};
		}
	}

	/** An option of a choice item, by position; {@code checked} keeps the learner's pick. */
	public record Option(int index, String text, boolean checked) {
	}

	/** A predict item: the manifests and the request, and what the learner predicted so far. */
	public record Predict(String from, String to, List<CodeLine> lines, List<Choice> outcomes, String pod, String container,
			String port) {

		public Predict {
			lines = List.copyOf(lines);
			outcomes = List.copyOf(outcomes);
		}
	}

	/** A value of a select list. */
	public record Choice(String value, String label, boolean selected) {
	}

	/** A fix item: the task, the request, the goal, and the YAML the editor holds (the starter at first). */
	public record Fix(String title, String task, String from, String to, String goal, String hint, String yaml) {

		/** As many rows as the YAML has lines, so the editor built over the textarea later takes its place without a shift. */
		public int rows() {
			return (int) Math.max(4, yaml.lines().count());
		}
	}
}
