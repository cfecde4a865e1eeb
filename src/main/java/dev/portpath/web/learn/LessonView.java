package dev.portpath.web.learn;

import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.portpath.web.playground.TraceView;

/**
 * A lesson page: its front matter, its body in order (Markdown as HTML, with the live examples between),
 * the lessons around it, and the quiz it ends with.
 */
public record LessonView(String id, int number, String title, String summary, List<String> objectives,
		List<Link> prerequisites, List<Section> body, @Nullable Link previous, @Nullable Link next,
		@Nullable QuizView quiz, List<Link> sources) {

	public LessonView {
		objectives = List.copyOf(objectives);
		prerequisites = List.copyOf(prerequisites);
		body = List.copyOf(body);
		sources = List.copyOf(sources);
	}

	/**
	 * Rendered Markdown (safe: raw HTML was escaped), or an example when {@code example} is set, or two
	 * examples side by side when {@code beside} is set too.
	 */
	public record Section(String html, @Nullable ExampleView example, @Nullable ExampleView beside) {

		public Section(String html, @Nullable ExampleView example) {
			this(html, example, null);
		}
	}

	/**
	 * A live example: the manifests with line numbers, the request, the engine's trace of it, and the
	 * link that opens it in the playground ({@code playground} is empty when the link would be too long).
	 */
	public record ExampleView(String id, String anchor, String caption, String file, String from, String to,
			List<CodeLine> lines, @Nullable TraceView trace, String playground) {

		public ExampleView {
			lines = List.copyOf(lines);
		}
	}
}
