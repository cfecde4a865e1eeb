package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.portpath.content.Lesson;
import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;

/**
 * The real course in content/: every lesson renders with every example traced, every quiz page hides its
 * answers, and every item is graded right when answered with what the engine computed.
 */
@WebMvcTest({ LessonController.class, QuizController.class })
@Import(LearnTestConfig.class)
class CoursePagesTest {

	private static final Pattern OUTCOME = Pattern.compile("<strong class=\"outcome-name\">([A-Z_]+)</strong>");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Course course;

	@Test
	void courseIsLoadedFromContent() {
		assertThat(course.content().lessons()).isNotEmpty();
		assertThat(course.content().lessons().get(0).id()).as("the overview comes first").isEqualTo("how-it-fits");
	}

	@Test
	void everyLessonRendersEveryExampleWithItsTrace() throws Exception {
		for (Lesson lesson : course.content().lessons()) {
			String html = mvc.get().uri("/lessons/" + lesson.id()).exchange().getResponse().getContentAsString();
			assertThat(html).as(lesson.id()).contains("<h1>" + escape(lesson.title()) + "</h1>");
			int examples = count(html, "<section class=\"example\"");
			long tagged = Pattern.compile("^\\{\\{example ", Pattern.MULTILINE).matcher(lesson.markdown()).results().count()
					+ 2 * Pattern.compile("^\\{\\{compare ", Pattern.MULTILINE).matcher(lesson.markdown()).results().count();
			assertThat(examples).as(lesson.id() + ": examples on the page").isEqualTo((int) tagged);
			Matcher outcomes = OUTCOME.matcher(html);
			for (var e : lesson.examples()) {
				if (html.contains("id=\"ex-" + e.id() + "\"")) {
					assertThat(html).as(lesson.id() + "/" + e.id()).contains("id=\"ex-" + e.id() + "-L1\"");
				}
			}
			assertThat(outcomes.results().count()).as(lesson.id() + ": traces").isEqualTo(examples);
			assertThat(html).as(lesson.id()).doesNotContain("{{example", "{{compare", "data-correct", "correct=", "data-result");
			lesson.sources().forEach(c -> assertThat(html).as(lesson.id() + " names its sources").contains(escape(c.text())));
		}
	}

	@Test
	void everyQuizPageHidesItsAnswers() throws Exception {
		for (Quiz quiz : course.content().quizzes()) {
			String html = mvc.get().uri("/quizzes/" + quiz.id()).exchange().getResponse().getContentAsString();
			assertThat(html).as(quiz.id()).doesNotContain("data-correct", "correct=", "selected=", "checked=", "data-result", "line fail");
			for (QuizItem item : quiz.items()) {
				assertThat(html).as(item.id()).contains("id=\"item-" + item.id() + "\"");
				if (item instanceof QuizItem.Choice c) {
					c.options().forEach(o -> assertThat(html).as(item.id()).doesNotContain(escape(o.why())));
				}
				if (item instanceof QuizItem.Predict p && !p.explain().isBlank()) {
					assertThat(html).as(item.id()).doesNotContain(escape(p.explain()));
				}
			}
		}
	}

	@Test
	void theRightOptionIsNotWhereTheFileHasIt() {
		List<QuizItem.Choice> choices = course.content().quizzes().stream().flatMap(q -> q.items().stream())
			.filter(QuizItem.Choice.class::isInstance).map(QuizItem.Choice.class::cast).toList();
		long rightShownFirst = choices.stream().filter(c -> c.options().get(Quizzes.order(c).get(0)).correct()).count();
		assertThat(rightShownFirst).as("choice items whose right option is shown first").isLessThan(choices.size() / 2 + 1);
	}

	@Test
	void everyItemAnsweredWithTheEnginesAnswerIsRight() {
		for (Quiz quiz : course.content().quizzes()) {
			for (QuizItem item : quiz.items()) {
				var request = mvc.post().uri("/quizzes/" + quiz.id() + "/items/" + item.id())
					.contentType(MediaType.APPLICATION_FORM_URLENCODED).header("HX-Request", "true");
				if (item instanceof QuizItem.Choice c) {
					List<Integer> order = Quizzes.order(c);
					int shown = 0;
					while (!c.options().get(order.get(shown)).correct()) {
						shown++;
					}
					request.param("option", String.valueOf(shown));
				}
				else if (item instanceof QuizItem.Predict p) {
					request.param("outcome", p.answer().outcome().name());
					p.answer().delivered().ifPresent(e -> request.param("container", e.container())
						.param("port", String.valueOf(e.port())));
				}
				else {
					request.param("manifests", ((QuizItem.Fix) item).exercise().solution());
				}
				assertThat(request).as(item.id()).hasStatusOk().bodyText().contains("data-result=\"right\"");
			}
		}
	}

	private static int count(String s, String what) {
		return s.split(Pattern.quote(what), -1).length - 1;
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
	}
}
