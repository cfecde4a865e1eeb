package dev.portpath.content;

import java.util.List;
import java.util.Optional;

/**
 * A lesson: front matter, Markdown body, and its examples in order. {@code sources} are where its claims
 * come from (the Kubernetes documentation and source, a KEP, a project's own page), shown at its end.
 */
public record Lesson(String id, String title, String summary, int order, List<String> objectives,
		List<String> prerequisites, List<Example> examples, String quizId, String markdown, String file,
		List<Citation> sources) {

	public Lesson {
		objectives = List.copyOf(objectives);
		prerequisites = List.copyOf(prerequisites);
		examples = List.copyOf(examples);
		sources = List.copyOf(sources);
	}

	public Lesson(String id, String title, String summary, int order, List<String> objectives, List<String> prerequisites,
			List<Example> examples, String quizId, String markdown, String file) {
		this(id, title, summary, order, objectives, prerequisites, examples, quizId, markdown, file, List.of());
	}

	/** Where a claim comes from: what it is, and a link when it has one. */
	public record Citation(String text, String url) {
	}

	public Optional<Example> example(String exampleId) {
		return examples.stream().filter(e -> e.id().equals(exampleId)).findFirst();
	}
}
