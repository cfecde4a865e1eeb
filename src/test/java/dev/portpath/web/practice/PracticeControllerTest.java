package dev.portpath.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;

import dev.portpath.practice.PracticeExercise;

@WebMvcTest(PracticeController.class)
@Import(PracticeTestConfig.class)
class PracticeControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Exercises exercises;

	private MvcTestResult check(boolean htmx, long seed, int level, String manifests, String attempt) {
		var request = mvc.post().uri("/practice/check").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("seed", String.valueOf(seed)).param("level", String.valueOf(level)).param("manifests", manifests)
			.param("attempt", attempt);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return request.exchange();
	}

	@Test
	void practiceWithoutASeedRedirectsToANewExercisesOwnUrl() {
		assertThat(mvc.get().uri("/practice")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl().matches("/practice\\?seed=\\d+&level=1");
		assertThat(mvc.get().uri("/practice?level=3")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl().matches("/practice\\?seed=\\d+&level=3");
	}

	@Test
	void anExercisePageShowsTheGoalTheEditorAndTheHintButNoAnswer() {
		PracticeExercise ex = exercises.exercise(42, 1);
		assertThat(mvc.get().uri("/practice?seed=42&level=1")).hasStatusOk()
			.bodyText()
			.contains("Practice: fix the app", "<strong>one bug</strong>", HtmlUtils.htmlEscape(ex.goal().to()),
					HtmlUtils.htmlEscape(ex.expected().describe()), "name=\"seed\" value=\"42\"", "name=\"attempt\" id=\"practice-attempt\" value=\"1\"",
					"class=\"yaml-answer\"", "Hint: what kind of bug?", HtmlUtils.htmlEscape(ex.kinds().get(0).hint()),
					"href=\"/practice?seed=42&amp;level=1\"", "href=\"/api/v1/practice?seed=42&amp;level=1\"",
					"aria-current=\"true\"")
			.doesNotContain("Bug:", "Show the answer", "What was seeded");
	}

	@Test
	void theServedManifestsAreWrongAndTheSecondWrongTryOffersTheAnswer() {
		PracticeExercise ex = exercises.exercise(7, 1);
		assertThat(check(true, 7, 1, ex.manifests(), "1")).hasStatusOk()
			.bodyText()
			.contains("<div id=\"practice-feedback\" class=\"feedback wrong\"")
			.contains("data-result=\"wrong\"", "Not yet: read the trace", "The trace of your YAML",
					"<input type=\"hidden\" name=\"attempt\" id=\"practice-attempt\" value=\"2\" hx-swap-oob=\"true\">")
			.doesNotContain("Show the answer", "Bug:", "<html");
		assertThat(check(true, 7, 1, ex.manifests(), "2")).hasStatusOk()
			.bodyText()
			.contains("Show the answer", "Bug: " + HtmlUtils.htmlEscape(ex.changes().get(0)), "The working manifests",
					"value=\"3\" hx-swap-oob=\"true\"");
	}

	@Test
	void theWorkingManifestsSolveItAndSayWhatWasSeeded() {
		PracticeExercise ex = exercises.exercise(7, 3);
		assertThat(check(true, 7, 3, ex.solution(), "1")).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback right\"", "data-result=\"solved\"", "Solved: the request reaches container "
					+ ex.expected().container(), "What was seeded", "Not a bug: " + HtmlUtils.htmlEscape(ex.distractor()),
					"<strong class=\"outcome-name\">DELIVERED</strong>");
	}

	@Test
	void withoutJavaScriptTheWholePageComesBackWithTheAnswerKept() {
		PracticeExercise ex = exercises.exercise(9, 2);
		String edited = ex.manifests() + "# my note\n";
		assertThat(check(false, 9, 2, edited, "1")).hasStatusOk()
			.bodyText()
			.contains("<!DOCTYPE html>", "# my note", "class=\"feedback wrong\"",
					"name=\"attempt\" id=\"practice-attempt\" value=\"2\"", "<strong>two bugs</strong>");
	}

	@Test
	void yamlThatCannotBeReadIs400WithItsLine() {
		assertThat(check(true, 7, 1, "kind: Service\nmetadata:\n  name: [unclosed\n", "1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("class=\"feedback problem\"", "The YAML cannot be read.", "data-line=\"4\"");
		assertThat(check(true, 7, 1, "  ", "1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The editor is empty");
	}

	@Test
	void aSeedOrLevelThatNamesNoExerciseIs400() {
		assertThat(mvc.get().uri("/practice?seed=abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("No such exercise", "seed is a whole number from 0 up, not &quot;abc&quot;");
		assertThat(mvc.get().uri("/practice?seed=1&level=7")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("level is 1, 2 or 3");
		assertThat(check(true, -3, 1, "kind: Service", "1")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.startsWith("<div id=\"practice-feedback\" class=\"problem missing\"");
	}
}
