package dev.portpath.content;

import java.util.List;
import java.util.Optional;

/** A lesson: front matter, Markdown body, and its examples in order. */
public record Lesson(String id, String title, String summary, int order, List<String> objectives,
		List<String> prerequisites, List<Example> examples, String quizId, String markdown, String file) {

	public Lesson {
		objectives = List.copyOf(objectives);
		prerequisites = List.copyOf(prerequisites);
		examples = List.copyOf(examples);
	}

	public Optional<Example> example(String exampleId) {
		return examples.stream().filter(e -> e.id().equals(exampleId)).findFirst();
	}
}
