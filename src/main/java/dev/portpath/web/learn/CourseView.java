package dev.portpath.web.learn;

import java.util.List;

/** The course in order, and the quizzes; counts are what the learner's progress is measured against. */
public record CourseView(List<LessonCard> lessons, int itemCount) {

	public CourseView {
		lessons = List.copyOf(lessons);
	}

	/** A lesson in the list: {@code quizHref} is empty when it has no quiz; {@code items} are its quiz's item ids. */
	public record LessonCard(String id, String href, int number, String title, String summary, int objectives,
			String quizId, String quizHref, String quizTitle, List<String> items) {

		public LessonCard {
			items = List.copyOf(items);
		}

		public boolean hasQuiz() {
			return !quizHref.isEmpty();
		}

		/** The item ids separated by spaces, for the progress script. */
		public String itemIds() {
			return String.join(" ", items);
		}
	}
}
