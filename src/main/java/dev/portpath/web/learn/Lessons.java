package dev.portpath.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.portpath.content.Example;
import dev.portpath.content.Lesson;
import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;
import dev.portpath.web.learn.CourseView.LessonCard;
import dev.portpath.web.learn.LessonView.ExampleView;
import dev.portpath.web.learn.LessonView.Section;
import dev.portpath.web.playground.TraceView;

/**
 * Builds the course list and the lesson pages. Lessons do not change while the server runs, so a page is
 * built once (Markdown, examples, traces, diagrams) and kept.
 */
@Component
class Lessons {

	private static final Log log = LogFactory.getLog(Lessons.class);

	private final Course course;

	private final Traces traces;

	private final Quizzes quizzes;

	private final Map<String, LessonView> pages = new ConcurrentHashMap<>();

	Lessons(Course course, Traces traces, Quizzes quizzes) {
		this.course = course;
		this.traces = traces;
		this.quizzes = quizzes;
	}

	CourseView course() {
		List<Lesson> all = course.content().lessons();
		List<LessonCard> cards = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Lesson l = all.get(i);
			Optional<Quiz> quiz = course.quiz(l.quizId());
			cards.add(new LessonCard(l.id(), href(l), i + 1, l.title(), l.summary(), l.objectives().size(),
					quiz.map(Quiz::id).orElse(""), quiz.map(Quizzes::href).orElse(""), quiz.map(Quiz::title).orElse(""),
					quiz.map(q -> q.items().stream().map(QuizItem::id).toList()).orElse(List.of())));
		}
		return new CourseView(cards, course.content().itemCount());
	}

	Optional<LessonView> lesson(String id) {
		return course.lesson(id).map(l -> pages.computeIfAbsent(id, k -> build(l)));
	}

	static String href(Lesson lesson) {
		return "/lessons/" + lesson.id();
	}

	private LessonView build(Lesson lesson) {
		List<Lesson> all = course.content().lessons();
		int at = all.indexOf(lesson);
		List<Link> prerequisites = lesson.prerequisites().stream()
			.map(p -> course.lesson(p).map(l -> new Link(href(l), l.title())).orElse(new Link("/lessons/" + p, p)))
			.toList();
		List<Section> body = new ArrayList<>();
		for (Markdown.Piece piece : Markdown.pieces(lesson.markdown())) {
			if (!piece.isExample()) {
				body.add(new Section(piece.html(), null));
			}
			else if (piece.isComparison()) {
				var a = lesson.example(piece.example());
				var b = lesson.example(piece.beside());
				if (a.isPresent() && b.isPresent()) {
					body.add(new Section("", example(lesson, a.get()), example(lesson, b.get())));
				}
			}
			else {
				lesson.example(piece.example()).ifPresent(e -> body.add(new Section("", example(lesson, e))));
			}
		}
		QuizView quiz = course.quiz(lesson.quizId()).map(q -> quizzes.view(q, null)).orElse(null);
		List<Link> sources = lesson.sources().stream().map(c -> new Link(c.url(), c.text())).toList();
		return new LessonView(lesson.id(), at + 1, lesson.title(), lesson.summary(), lesson.objectives(), prerequisites,
				body, at > 0 ? link(all.get(at - 1)) : null, at + 1 < all.size() ? link(all.get(at + 1)) : null, quiz,
				sources);
	}

	private static Link link(Lesson lesson) {
		return new Link(href(lesson), lesson.title());
	}

	private ExampleView example(Lesson lesson, Example e) {
		String anchor = "ex-" + e.id();
		@Nullable TraceView trace = null;
		try {
			trace = traces.show(e.trace());
		}
		catch (RuntimeException ex) {
			log.error("lesson " + lesson.id() + ": example " + e.id() + " cannot be drawn", ex);
		}
		Set<Integer> failing = trace == null ? Set.of() : Traces.failingLines(trace);
		String file = e.file().substring(e.file().lastIndexOf('/') + 1);
		return new ExampleView(e.id(), anchor, e.caption(), file, e.from(), e.to(),
				CodeLine.of(e.manifests(), anchor, failing), trace, traces.playgroundLink(e.manifests(), e.from(), e.to()));
	}
}
