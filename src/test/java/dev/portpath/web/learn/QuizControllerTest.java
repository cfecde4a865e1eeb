package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import dev.portpath.content.QuizItem;

@WebMvcTest(QuizController.class)
@Import(LearnTestConfig.class)
class QuizControllerTest {

	@DynamicPropertySource
	static void course(DynamicPropertyRegistry registry) {
		registry.add("portpath.content-dir", () -> CourseFixtures.dir().toString());
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Course course;

	private MvcTestResult answer(boolean htmx, String item, String... fields) {
		var request = mvc.post().uri("/quizzes/basics/items/" + item).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		for (int i = 0; i < fields.length; i += 2) {
			request.param(fields[i], fields[i + 1]);
		}
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return request.exchange();
	}

	/** The position the page shows an option of the choice item at (the page shuffles them). */
	private String shownAt(String text) {
		QuizItem.Choice choice = (QuizItem.Choice) course.content().item("basics-choice").orElseThrow();
		var order = Quizzes.order(choice);
		for (int at = 0; at < order.size(); at++) {
			if (choice.options().get(order.get(at)).text().equals(text)) {
				return String.valueOf(at);
			}
		}
		throw new AssertionError("no option " + text);
	}

	@Test
	void quizListNamesEachQuizWithItsKindsAndLesson() {
		assertThat(mvc.get().uri("/quizzes")).hasStatusOk()
			.bodyText()
			.contains("<h1>Quizzes</h1>", "href=\"/quizzes/basics\"", "1 choice · 1 predict · 1 fix",
					"href=\"/lessons/basics\"");
	}

	@Test
	void quizPageShowsEveryItemAndNoAnswer() {
		assertThat(mvc.get().uri("/quizzes/basics")).hasStatusOk()
			.bodyText()
			.contains("Which port does a client in the cluster dial?", "name=\"option\"", "The nodePort",
					"Where does this request land?", "name=\"outcome\"", "NO_ENDPOINTS · the Service has no endpoint",
					"id=\"item-basics-predict-L35\"", "Make the Service reach the app", "DELIVERED to container api on port 8080",
					"class=\"yaml-answer\"", "Which port does kube-proxy send to on the pod?")
			// no why, no explanation, no expectation, no solution, no correct flag, nothing preselected, no
			// failing line marked
			.doesNotContain(CourseFixtures.CHOICE_RIGHT_WHY, CourseFixtures.CHOICE_WRONG_WHY,
					"Only clients outside the cluster", CourseFixtures.PREDICT_EXPLAIN, "failStep", "targetPort: 8080",
					"correct", "selected=", "checked=", "data-result", "line fail");
	}

	@Test
	void choiceOptionsPostTheirShownPositionNotTheirPlaceInTheFile() {
		QuizItem.Choice choice = (QuizItem.Choice) course.content().item("basics-choice").orElseThrow();
		assertThat(Quizzes.order(choice)).containsExactlyInAnyOrder(0, 1, 2).isNotEqualTo(java.util.List.of(0, 1, 2));
	}

	@Test
	void choiceAnsweredRightSaysWhy() {
		assertThat(answer(true, "basics-choice", "option", shownAt("The Service port"))).hasStatusOk()
			.bodyText()
			.contains("<div id=\"feedback-basics-choice\" class=\"feedback right\"")
			.contains("data-result=\"right\"", "Right.", "Your answer:", CourseFixtures.CHOICE_RIGHT_WHY)
			.doesNotContain("<html", CourseFixtures.CHOICE_WRONG_WHY);
	}

	@Test
	void choiceAnsweredWrongFirstGetsANudgeAndNoneOfTheAnswer() {
		assertThat(answer(true, "basics-choice", "option", shownAt("The targetPort"))).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback wrong nudge\"", "data-result=\"wrong\"", "Not quite: try once more.",
					CourseFixtures.CHOICE_HINT,
					"<input type=\"hidden\" name=\"attempt\" id=\"attempt-basics-choice\" value=\"2\" hx-swap-oob=\"true\">")
			.doesNotContain(CourseFixtures.CHOICE_RIGHT_WHY, CourseFixtures.CHOICE_WRONG_WHY, "The answer", "You chose",
					"Show the answer");
	}

	@Test
	void choiceAnsweredWrongTwiceOffersTheAnswerAndShowsItWhenAsked() {
		assertThat(answer(true, "basics-choice", "option", shownAt("The nodePort"), "attempt", "2")).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback wrong nudge\"", "Not yet.", CourseFixtures.CHOICE_HINT, "Show the answer",
					"name=\"reveal\" value=\"1\"", "hx-post=\"/quizzes/basics/items/basics-choice\"",
					"id=\"attempt-basics-choice\" value=\"3\"")
			.doesNotContain(CourseFixtures.CHOICE_RIGHT_WHY, "The answer:");
		assertThat(answer(true, "basics-choice", "reveal", "1", "attempt", "3")).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback revealed\"", "data-result=\"revealed\"", "The answer.", "The answer:",
					"The Service port", CourseFixtures.CHOICE_RIGHT_WHY)
			.doesNotContain("Show the answer");
		assertThat(answer(true, "basics-choice", "reveal", "1", "option", shownAt("The targetPort"))).hasStatusOk()
			.bodyText()
			.containsSubsequence("You chose:", "The targetPort", CourseFixtures.CHOICE_WRONG_WHY, "The answer:",
					"The Service port", CourseFixtures.CHOICE_RIGHT_WHY);
	}

	@Test
	void predictAnsweredRightShowsTheEnginesTrace() {
		assertThat(answer(true, "basics-predict", "outcome", "NO_ENDPOINTS")).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback right\"", "Right: it ends NO_ENDPOINTS.", CourseFixtures.PREDICT_EXPLAIN,
					"<span class=\"step\">endpoints</span>", "<li class=\"hop fail\">", "href=\"#item-basics-predict-L35\"",
					"<figure class=\"diagram\"", "data-marks=\"18 35\"");
	}

	@Test
	void predictAnsweredWrongFirstNamesTheHopToLookAtAndShowsNoTrace() {
		assertThat(answer(true, "basics-predict", "outcome", "DELIVERED", "container", "app", "port", "8080"))
			.hasStatusOk()
			.bodyText()
			.contains("class=\"feedback wrong nudge\"", "Not quite: try once more.",
					"The outcome is not that one. Think about the endpoints hop:")
			.doesNotContain("NO_ENDPOINTS</strong>", "it ends NO_ENDPOINTS", CourseFixtures.PREDICT_EXPLAIN, "class=\"hops\"",
					"<figure class=\"diagram\"", "Show the answer");
	}

	@Test
	void predictRevealedShowsTheEnginesTrace() {
		assertThat(answer(true, "basics-predict", "outcome", "DELIVERED", "attempt", "2")).hasStatusOk()
			.bodyText()
			.contains("Show the answer")
			.doesNotContain("<figure class=\"diagram\"");
		assertThat(answer(true, "basics-predict", "reveal", "1", "attempt", "3")).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback revealed\"", "The answer: it ends NO_ENDPOINTS.", CourseFixtures.PREDICT_EXPLAIN,
					"<strong class=\"outcome-name\">NO_ENDPOINTS</strong>", "<figure class=\"diagram\"");
	}

	@Test
	void fixStarterIsNotYetAndSaysWhatStillFailsHopByHop() {
		assertThat(answer(true, "basics-fix", "manifests", CourseFixtures.STARTER)).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback wrong\"", "Not yet: the goal is DELIVERED to container api on port 8080.",
					"The trace of your YAML", "<span class=\"step\">endpoints</span>")
			.containsPattern("<li>the outcome is [A-Z_]+, not DELIVERED</li>");
	}

	@Test
	void fixSolutionMeetsTheGoal() {
		assertThat(answer(true, "basics-fix", "manifests", CourseFixtures.SOLUTION)).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback right\"", "data-result=\"right\"",
					"Goal met: DELIVERED to container api on port 8080.", "<strong class=\"outcome-name\">DELIVERED</strong>");
	}

	@Test
	void fixWithYamlThatCannotBeParsedGivesTheLine() {
		assertThat(answer(true, "basics-fix", "manifests", "kind: Service\nmetadata:\n  name: [unclosed\n")).hasStatusOk()
			.bodyText()
			.contains("class=\"feedback problem\"", "The YAML cannot be read.", "data-line=\"4\">line 4</a>",
					"data-marks=\"4\"")
			.doesNotContain("data-result=\"");
	}

	@Test
	void formPostWithoutHtmxAnswersTheWholeQuizWithTheAnswerKept() {
		String shown = shownAt("The targetPort");
		assertThat(answer(false, "basics-choice", "option", shown)).hasStatusOk()
			.bodyText()
			.contains("<!DOCTYPE html>", "class=\"feedback wrong nudge\"", CourseFixtures.CHOICE_HINT,
					"value=\"" + shown + "\" checked=\"checked\"",
					"<input type=\"hidden\" name=\"attempt\" id=\"attempt-basics-choice\" value=\"2\">")
			.doesNotContain(CourseFixtures.CHOICE_WRONG_WHY)
			.containsSubsequence("id=\"item-basics-choice\"", "Not quite", "id=\"item-basics-predict\"");
		// the second wrong try offers the answer as a plain form, and that form shows it
		assertThat(answer(false, "basics-choice", "option", shown, "attempt", "2")).hasStatusOk()
			.bodyText()
			.contains("<form class=\"reveal\" method=\"post\" action=\"/quizzes/basics/items/basics-choice#item-basics-choice\"",
					"Show the answer");
		assertThat(answer(false, "basics-choice", "reveal", "1", "attempt", "3")).hasStatusOk()
			.bodyText()
			.contains("<!DOCTYPE html>", "The answer.", CourseFixtures.CHOICE_RIGHT_WHY);
		String edited = CourseFixtures.STARTER.replace("replicas: 2", "replicas: 3");
		assertThat(answer(false, "basics-fix", "manifests", edited)).hasStatusOk()
			.bodyText()
			.contains("replicas: 3", "Not yet: the goal is");
		assertThat(answer(false, "basics-predict", "outcome", "NXDOMAIN", "port", "81")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"NXDOMAIN\" selected=\"selected\">", "value=\"81\"");
	}

	@Test
	void incompleteOrMalformedFormsAre400WithWhatIsWrong() {
		assertThat(answer(true, "basics-choice")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("class=\"feedback problem\"", "Pick one of the options");
		assertThat(answer(true, "basics-choice", "option", "7")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("There is no option 7: pick one of the 3 options.");
		assertThat(answer(true, "basics-choice", "option", "first")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(answer(true, "basics-predict")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Choose the outcome you predict");
		assertThat(answer(true, "basics-predict", "outcome", "LANDS")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("&quot;LANDS&quot; is no outcome");
		assertThat(answer(true, "basics-predict", "outcome", "DELIVERED", "port", "eighty"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The port is a number from 1 to 65535");
		assertThat(answer(true, "basics-predict", "outcome", "DELIVERED", "port", "70000"))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(answer(true, "basics-fix", "manifests", "  \n")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The editor is empty");
		// the whole page says it too, at the item
		assertThat(answer(false, "basics-choice")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("<!DOCTYPE html>", "Pick one of the options");
	}

	@Test
	void unknownQuizOrItemIsAFriendly404() {
		assertThat(mvc.get().uri("/quizzes/no-such-quiz")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("No quiz named “no-such-quiz”", "href=\"/quizzes\"");
		assertThat(answer(false, "no-such-item", "option", "0")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("No item named “no-such-item”", "<!DOCTYPE html>");
		assertThat(answer(true, "no-such-item", "option", "0")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.startsWith("<div class=\"problem missing\"")
			.doesNotContain("<html");
		assertThat(mvc.post().uri("/quizzes/no-such-quiz/items/basics-choice").param("option", "0"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void itemUrlOpenedDirectlyGoesToItsPlaceOnTheQuiz() {
		assertThat(mvc.get().uri("/quizzes/basics/items/basics-fix")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/quizzes/basics#item-basics-fix");
	}
}
