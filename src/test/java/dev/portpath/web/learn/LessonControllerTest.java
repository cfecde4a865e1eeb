package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(LessonController.class)
@Import(LearnTestConfig.class)
class LessonControllerTest {

	@DynamicPropertySource
	static void course(DynamicPropertyRegistry registry) {
		registry.add("portpath.content-dir", () -> CourseFixtures.dir().toString());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Course course;

	@Test
	void fixtureCourseLoadsWithoutProblems() {
		assertThat(course.content().problems()).isEmpty();
		assertThat(course.content().lessons()).extracting(l -> l.id()).containsExactly("basics", "next-steps");
	}

	@Test
	void courseListsTheLessonsInOrderWithSummaryObjectivesAndQuiz() {
		assertThat(mvc.get().uri("/lessons")).hasStatusOk()
			.bodyText()
			.contains("<h1>Lessons</h1>", "2 objectives", "1 objective", "A Service port leads to a targetPort on the pods.",
					"href=\"/quizzes/basics\"", "quiz: 3 items", "data-items=\"basics-choice basics-predict basics-fix\"",
					"/js/learn")
			.containsSubsequence("Ports in a nutshell", "Next steps");
	}

	@Test
	void lessonShowsEachExampleWithManifestsLiveTraceDiagramAndPlaygroundLink() {
		assertThat(mvc.get().uri("/lessons/basics")).hasStatusOk()
			.bodyText()
			.contains("<h1>Ports in a nutshell</h1>", "Say which port the client dials",
					"id=\"ex-working\"", "The Service listens on 80 and kube-proxy sends to 8080.",
					"id=\"ex-working-L20\" class=\"line\" data-n=\"20\">              containerPort: 8080</span>",
					"<span class=\"step\">kube-proxy</span>", "<strong class=\"outcome-name\">DELIVERED</strong>",
					"<figure class=\"diagram\"", "aria-labelledby=\"ex-working-diagram\"", "web:80/TCP",
					"href=\"#ex-working-L", "Open in playground")
			.containsPattern("href=\"/playground\\?s=[A-Za-z0-9_-]+\"")
			// the Markdown around the examples, in order
			.containsSubsequence("<h2 id=\"service-port-and-targetport\">", "<table>", "id=\"ex-working\"",
					"<h2 id=\"when-it-breaks\">", "id=\"ex-broken\"", "That is all.");
	}

	@Test
	void failingExampleShowsTheFailingHopWithItsFixAndMarksItsLine() {
		assertThat(mvc.get().uri("/lessons/basics")).hasStatusOk()
			.bodyText()
			.contains("<strong class=\"outcome-name\">NO_ENDPOINTS</strong>", "<li class=\"hop fail\">",
					"targetPort admin", "<strong>fix:</strong>", "href=\"#ex-broken-L35\"",
					"id=\"ex-broken-L35\" class=\"line fail\" data-n=\"35\">      targetPort: admin</span>");
	}

	@Test
	void markdownHtmlIsEscapedAndUnsafeLinksDropped() {
		assertThat(mvc.get().uri("/lessons/basics")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;", "href=\"/lessons/next-steps\"")
			.doesNotContain("<script>alert", "javascript:");
	}

	@Test
	void lessonLinksAroundItselfAndEndsWithItsQuizWithoutAnswers() {
		assertThat(mvc.get().uri("/lessons/basics")).hasStatusOk()
			.bodyText()
			.contains("rel=\"next\"", "href=\"/lessons/next-steps\"", "id=\"quiz-title\"",
					"id=\"item-basics-choice\"", "id=\"item-basics-predict\"", "id=\"item-basics-fix\"",
					"hx-post=\"/quizzes/basics/items/basics-choice\"")
			.doesNotContain("rel=\"prev\"", CourseFixtures.CHOICE_RIGHT_WHY, CourseFixtures.CHOICE_WRONG_WHY,
					CourseFixtures.PREDICT_EXPLAIN, "targetPort: 8080", "data-result");
		assertThat(mvc.get().uri("/lessons/next-steps")).hasStatusOk()
			.bodyText()
			.contains("Read first:", "href=\"/lessons/basics\">Ports in a nutshell</a>", "rel=\"prev\"")
			.doesNotContain("rel=\"next\"", "id=\"quiz-title\"");
	}

	@Test
	void lessonPageIsMarkedForTheProgressScript() {
		assertThat(mvc.get().uri("/lessons/basics")).hasStatusOk()
			.bodyText()
			.contains("<main id=\"main\" class=\"lesson\" data-lesson=\"basics\">")
			.containsPattern("<script defer src=\"/js/learn[^\"]*\\.js\"></script>")
			.doesNotContain(" style=", "onclick", "<script>");
	}

	@Test
	void unknownLessonIsAFriendly404() {
		assertThat(mvc.get().uri("/lessons/no-such-lesson")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("No lesson named “no-such-lesson”", "href=\"/lessons\"", "<!DOCTYPE html>");
	}

	@Test
	void progressPageListsTheCourseForTheScriptToFillIn() {
		assertThat(mvc.get().uri("/progress")).hasStatusOk()
			.bodyText()
			.contains("<h1>Your progress</h1>", "id=\"progress-reset\"", "data-lesson=\"basics\"",
					"data-items=\"basics-choice basics-predict basics-fix\"", "0 of 3", "turn JavaScript")
			.doesNotContain("data-result");
	}
}
