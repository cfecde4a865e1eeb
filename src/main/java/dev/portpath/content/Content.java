package dev.portpath.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything under content/, loaded and checked: lessons in order, quizzes, exercises, the working apps practice
 * is made from (content/practice/apps and the playground examples that work), and what is wrong.
 */
public record Content(List<Lesson> lessons, List<Quiz> quizzes, List<Exercise> exercises, List<PracticeSource> apps,
		List<ContentProblem> problems) {

	public Content {
		lessons = List.copyOf(lessons);
		quizzes = List.copyOf(quizzes);
		exercises = List.copyOf(exercises);
		apps = List.copyOf(apps);
		problems = List.copyOf(problems);
	}

	public Content(List<Lesson> lessons, List<Quiz> quizzes, List<Exercise> exercises, List<ContentProblem> problems) {
		this(lessons, quizzes, exercises, List.of(), problems);
	}

	public Optional<Lesson> lesson(String id) {
		return lessons.stream().filter(l -> l.id().equals(id)).findFirst();
	}

	public Optional<Quiz> quiz(String id) {
		return quizzes.stream().filter(q -> q.id().equals(id)).findFirst();
	}

	public Optional<Exercise> exercise(String id) {
		return exercises.stream().filter(e -> e.id().equals(id)).findFirst();
	}

	public Optional<QuizItem> item(String id) {
		return quizzes.stream().flatMap(q -> q.items().stream()).filter(i -> i.id().equals(id)).findFirst();
	}

	public int itemCount() {
		return quizzes.stream().mapToInt(q -> q.items().size()).sum();
	}
}
