package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.content.Example;
import dev.portpath.content.Lesson;
import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;
import dev.portpath.web.Browser;
import dev.portpath.web.BrowserTest;

/**
 * A learner's journey through the real course in headless Chromium: a lesson with its live examples,
 * counted as read once its end is reached, one into the playground, a quiz where a wrong first answer gets
 * a nudge and none of the answer and the second offers the answer, each kind answered right (a fix solved by
 * editing its YAML), the progress page and "Continue: lesson N". The answers come from the content as loaded here, so the test
 * follows the course as its writers change it. No console errors anywhere; screenshots of a lesson and
 * a quiz, narrow and wide, go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnBrowserTest extends BrowserTest {

	Content content;

	/** The first quiz, in course order, that holds an item of every kind; and the lesson it ends. */
	Quiz quiz;

	Lesson lesson;

	LearnBrowserTest() {
		super(true);
	}

	@BeforeAll
	void pickQuiz() throws IOException {
		content = new ContentLoader().load(Path.of("content"));
		quiz = content.lessons().stream()
			.flatMap(l -> content.quiz(l.quizId()).stream())
			.filter(q -> kinds(q).containsAll(List.of("choice", "predict", "fix")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no quiz has an item of every kind"));
		lesson = content.lesson(quiz.lesson()).orElseThrow();
	}

	private static List<String> kinds(Quiz q) {
		return q.items().stream().map(i -> i instanceof QuizItem.Choice ? "choice" : i instanceof QuizItem.Predict ? "predict" : "fix")
			.toList();
	}

	/** The page's editors too. */
	@Override
	protected String readyAlso(String path) {
		return "typeof window.portpathEditors !== 'undefined'";
	}

	private WebElement item(QuizItem item) {
		return browser.driver.findElement(By.id("item-" + item.id()));
	}

	private <T extends QuizItem> T first(Class<T> kind) {
		return quiz.items().stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow();
	}

	/** Clicks the item's Check button and waits for its feedback to replace what was there. */
	private WebElement check(QuizItem item) {
		WebElement before = browser.driver.findElement(By.id("feedback-" + item.id()));
		item(item).findElement(By.cssSelector("button[type='submit']")).click();
		browser.waiting().until(Browser.replaced(before));
		return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#feedback-" + item.id() + "[data-item]")));
	}

	@Test
	@Order(1)
	void courseListStartsWithTheOverview() {
		open("/lessons");
		List<WebElement> cards = browser.driver.findElements(By.cssSelector(".lesson-card"));
		assertThat(cards).hasSize(content.lessons().size());
		assertThat(cards.get(0).getText()).contains("Where the pieces live");
		browser.js("window.localStorage.clear()");
	}

	@Test
	@Order(2)
	void lessonShowsEachExampleWithItsLiveTraceAndCountsAsReadAtItsEnd() throws IOException {
		open("/lessons/" + lesson.id());
		// opened is not read: the lesson counts once its end has been reached
		assertThat(browser.js("var p = JSON.parse(window.localStorage.getItem('portpath-progress') || '{}');"
				+ " return [p.last || '', !!(p.lessons && p.lessons[arguments[0]])]", lesson.id()))
			.isEqualTo(List.of(lesson.id(), false));
		assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo(lesson.title());
		Example example = lesson.examples().get(0);
		WebElement box = browser.driver.findElement(By.id("ex-" + example.id()));
		assertThat(box.findElement(By.cssSelector(".outcome-name")).getText()).isEqualTo(example.trace().outcome().name());
		assertThat(box.findElements(By.cssSelector(".hop .step"))).extracting(WebElement::getText)
			.containsExactlyElementsOf(example.trace().hops().stream().map(h -> h.step().word()).toList());
		assertThat(box.findElement(By.cssSelector(".diagram svg")).isDisplayed()).isTrue();
		assertThat(box.findElements(By.cssSelector(".code-lines .line"))).hasSize((int) example.manifests().lines().count());

		// a line link lights its line in the manifests beside it
		WebElement ref = box.findElement(By.cssSelector(".line-ref"));
		new Actions(browser.driver).moveToElement(ref).perform();
		String line = ref.getAttribute("data-line");
		browser.waiting().until(d -> box.findElement(By.id("ex-" + example.id() + "-L" + line)).getAttribute("class").contains("hl"));

		browser.screenshot("lesson-1400-light");
		browser.js("document.getElementById('lesson-end').scrollIntoView()");
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js(
				"return JSON.parse(window.localStorage.getItem('portpath-progress')).lessons[arguments[0]] != null", lesson.id())));
		browser.viewport(390, 844, true, "light");
		browser.screenshot("lesson-390-light");
		browser.viewport(1400, 1000, false, "dark");
		browser.screenshot("lesson-1400-dark");
	}

	@Test
	@Order(3)
	void exampleOpensInThePlaygroundWithItsYamlAndRequest() {
		open("/lessons/" + lesson.id());
		Example example = lesson.examples().get(0);
		WebElement link = browser.driver.findElement(By.cssSelector("#ex-" + example.id() + " .example-actions a"));
		assertThat(link.getText()).isEqualTo("Open in playground");
		link.click();
		browser.waiting().until(ExpectedConditions.urlContains("/playground?s="));
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return typeof window.portpathEditor !== 'undefined'")));
		assertThat(browser.js("return window.portpathEditor.getValue()")).isEqualTo(example.manifests());
		assertThat(browser.driver.findElement(By.id("to")).getAttribute("value")).isEqualTo(example.to());
		browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#result .outcome-name"),
				example.trace().outcome().name()));
	}

	@Test
	@Order(4)
	void aWrongFirstAnswerGetsANudgeAndNoAnswerTheSecondOffersTheAnswer() throws IOException {
		open("/quizzes/" + quiz.id());

		QuizItem.Choice choice = first(QuizItem.Choice.class);
		List<QuizItem.Option> wrongs = choice.options().stream().filter(o -> !o.correct()).toList();
		QuizItem.Option right = choice.options().stream().filter(QuizItem.Option::correct).findFirst().orElseThrow();
		pick(choice, wrongs.get(0).text());
		WebElement nudged = check(choice);
		assertThat(nudged.getAttribute("class")).contains("wrong", "nudge");
		assertThat(nudged.getText()).contains("Not quite: try once more.", "Nudge:", choice.hint())
			.doesNotContain(right.text(), right.why(), wrongs.get(0).why(), "The answer", "Show the answer");
		browser.screenshot("quiz-nudge-1400-light");
		pick(choice, wrongs.get(1 % wrongs.size()).text());
		WebElement offered = check(choice);
		assertThat(offered.getText()).contains("Not yet.", choice.hint(), "Show the answer").doesNotContain(right.why());
		WebElement before = browser.driver.findElement(By.id("feedback-" + choice.id()));
		offered.findElement(By.cssSelector("form.reveal button")).click();
		browser.waiting().until(Browser.replaced(before));
		WebElement revealed = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#feedback-" + choice.id() + "[data-result='revealed']")));
		assertThat(revealed.getText()).contains("The answer.", right.text(), right.why());
		// the button that asked is gone with the feedback it was in: focus moves to the new verdict, not to the page
		assertThat(browser.driver.switchTo().activeElement().getAttribute("class")).contains("verdict");
		// and the item's live region says it in one line
		assertThat(item(choice).findElement(By.cssSelector(".item-status")).getAttribute("textContent"))
			.isEqualTo("The answer.");
		browser.screenshot("quiz-answer-shown-1400-light");

		QuizItem.Predict predict = first(QuizItem.Predict.class);
		String truth = predict.answer().outcome().name();
		String mistaken = truth.equals("DELIVERED") ? "NO_ENDPOINTS" : "DELIVERED";
		new Select(item(predict).findElement(By.name("outcome"))).selectByValue(mistaken);
		WebElement mispredicted = check(predict);
		assertThat(mispredicted.getAttribute("class")).contains("wrong", "nudge");
		assertThat(mispredicted.getText()).contains("Not quite", "The outcome is not that one.")
			.doesNotContain("it ends " + truth, "Show the answer");
		assertThat(mispredicted.findElements(By.cssSelector(".outcome-name, .hop, .diagram"))).isEmpty();
		new Select(item(predict).findElement(By.name("outcome"))).selectByValue(truth);
		predict.answer().delivered().ifPresent(e -> {
			item(predict).findElement(By.name("container")).sendKeys(e.container());
			item(predict).findElement(By.name("port")).sendKeys(String.valueOf(e.port()));
		});
		WebElement predicted = check(predict);
		assertThat(predicted.getAttribute("class")).contains("right");
		assertThat(predicted.getText()).contains("Right: it ends " + predict.answer().outcome());
		assertThat(predicted.findElement(By.cssSelector(".outcome-name")).getText()).isEqualTo(predict.answer().outcome().name());
		assertThat(predicted.findElements(By.cssSelector(".hop"))).hasSize(predict.answer().hops().size());

		pick(choice, right.text());
		WebElement rightChoice = check(choice);
		assertThat(rightChoice.getAttribute("class")).contains("right");
		assertThat(rightChoice.getText()).contains(right.why());

		QuizItem.Fix fix = first(QuizItem.Fix.class);
		WebElement notYet = check(fix); // the starter as it is
		assertThat(notYet.getAttribute("class")).contains("wrong");
		assertThat(notYet.getText()).contains("Not yet: the goal is " + fix.exercise().goal().describe());
		assertThat(notYet.findElements(By.cssSelector(".outcome-name"))).hasSize(1);
		browser.screenshot("quiz-fix-not-yet-1400-light");
		editTo(fix, fix.exercise().solution());
		WebElement met = check(fix);
		assertThat(met.getAttribute("class")).contains("right");
		assertThat(met.getText()).contains("Goal met: " + fix.exercise().goal().describe());

		// what was answered right is remembered and shown on the item
		assertThat(item(predict).findElement(By.cssSelector(".item-result")).getText()).isEqualTo("✓ answered right");
		assertThat(item(fix).findElement(By.cssSelector(".item-result")).getText()).isEqualTo("✓ answered right");
		assertThat(item(choice).findElement(By.cssSelector(".item-result")).getText()).isEqualTo("✓ answered right");

		browser.screenshot("quiz-1400-light");
		browser.viewport(390, 844, true, "light");
		browser.screenshot("quiz-390-light");
		browser.viewport(390, 844, true, "dark");
		browser.screenshot("quiz-390-dark");
		browser.viewport(1400, 1000, false, "dark");
		browser.screenshot("quiz-1400-dark");
	}

	private void pick(QuizItem.Choice choice, String text) {
		item(choice).findElements(By.cssSelector("label.option")).stream()
			.filter(l -> l.getText().equals(text)).findFirst().orElseThrow().click();
	}

	/** Types the lines where the editor's YAML and the target differ, as a learner would. */
	private void editTo(QuizItem.Fix fix, String target) {
		// the item's editor, built now if it was not yet (editors are built as they come near the viewport)
		String editor = "window.portpathEditorFor(document.getElementById('item-' + arguments[0] + '-manifests'))";
		String[] now = ((String) browser.js("return " + editor + ".getValue()", fix.id())).split("\n", -1);
		String[] want = target.split("\n", -1);
		if (now.length != want.length) {
			browser.js(editor + ".setValue(arguments[1])", fix.id(), target);
			return;
		}
		for (int i = 0; i < now.length; i++) {
			if (!now[i].equals(want[i])) {
				browser.js(editor + ".focus(); " + editor + ".setCursor({line: arguments[1], ch: arguments[2]})", fix.id(), i,
						now[i].length());
				// keys go to the focused editor, as a learner's do
				new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.HOME).keyUp(Keys.SHIFT)
					.sendKeys(want[i].strip()).perform();
			}
		}
		assertThat(browser.js("return " + editor + ".getValue()", fix.id())).isEqualTo(target);
	}

	@Test
	@Order(5)
	void progressPageShowsWhatThisBrowserDidAndResets() throws IOException {
		open("/progress");
		WebElement summary = browser.driver.findElement(By.id("progress-summary"));
		assertThat(summary.getText()).startsWith("1 of " + content.lessons().size() + " lessons read")
			.contains("3 of " + content.itemCount() + " quiz items right");
		WebElement row = browser.driver.findElement(By.cssSelector("tr[data-lesson='" + lesson.id() + "']"));
		assertThat(row.findElement(By.cssSelector(".read-cell [aria-hidden]")).getText()).isEqualTo("✓");
		assertThat(row.findElement(By.cssSelector(".read-cell .visually-hidden")).getAttribute("textContent")).isEqualTo("read");
		assertThat(row.findElement(By.cssSelector(".items-right")).getText()).isEqualTo("3 of " + quiz.items().size());

		browser.screenshot("progress-1400-light");

		browser.viewport(390, 844, true, "light");
		open("/lessons");
		WebElement card = browser.driver.findElement(By.cssSelector(".lesson-card[data-lesson='" + lesson.id() + "']"));
		assertThat(card.getText()).contains("✓ read", "✓ 3 of " + quiz.items().size() + " right");
		// the lesson last opened is read, so Continue goes on to the next one
		int at = content.lessons().indexOf(lesson);
		Lesson next = content.lessons().get(at + 1);
		WebElement resume = browser.driver.findElement(By.id("continue-link"));
		assertThat(resume.getText()).isEqualTo("Continue: lesson " + (at + 2) + " · " + next.title());
		assertThat(resume.getAttribute("href")).endsWith("/lessons/" + next.id());
		browser.screenshot("lessons-390-light");
		browser.viewport(1400, 1000, false, "dark");
		browser.screenshot("lessons-1400-dark");
		browser.viewport(1400, 1000, false, "light");

		open("/progress");
		browser.driver.findElement(By.id("progress-reset")).click();
		assertThat(browser.driver.findElement(By.id("progress-summary")).getText()).startsWith("Nothing yet");
		assertThat(browser.driver.findElement(By.cssSelector(".reset-status")).getText()).isEqualTo("Progress cleared.");
		open("/lessons");
		assertThat(browser.driver.findElement(By.id("continue-link")).getText())
			.isEqualTo("Start: lesson 1 · " + content.lessons().get(0).title());
	}

	@Test
	@Order(6)
	void theMigrationLessonTracesTheSameAppBothWaysSideBySide() throws IOException {
		open("/lessons/ingress-to-gateway");
		List<WebElement> pair = browser.driver.findElements(By.cssSelector(".compare > .example"));
		assertThat(pair).hasSize(2);
		assertThat(pair).extracting(e -> e.findElement(By.cssSelector(".outcome-name")).getText())
			.containsExactly("DELIVERED", "DELIVERED");
		assertThat(pair.get(0).findElements(By.cssSelector(".hop .step"))).extracting(WebElement::getText).contains("ingress");
		assertThat(pair.get(1).findElements(By.cssSelector(".hop .step"))).extracting(WebElement::getText)
			.contains("gateway", "route");
		// side by side when wide, one above the other when narrow
		assertThat(pair.get(0).getRect().getY()).isEqualTo(pair.get(1).getRect().getY());
		assertThat(browser.driver.findElement(By.cssSelector(".sources")).getText()).contains("Ingress NGINX Retirement");
		browser.screenshot("lesson-compare-1400-light");
		browser.viewport(390, 844, true, "dark");
		assertThat(pair.get(0).getRect().getY()).isLessThan(pair.get(1).getRect().getY());
		browser.screenshot("lesson-compare-390-dark");
	}

	@Test
	@Order(7)
	void diagramsShowTheTranslatedPortAtAPolicyAndTheOneUndeclaredContainer() throws IOException {
		open("/lessons/networkpolicy-ports");
		WebElement denied = browser.driver.findElement(By.id("ex-allows-service-port"));
		assertThat(denied.findElements(By.cssSelector(".diagram .pill text"))).extracting(WebElement::getText)
			.contains("80 → 8080/TCP ✗");
		open("/lessons/myths");
		WebElement undeclared = browser.driver.findElement(By.id("ex-undeclared-still-reachable"));
		assertThat(undeclared.findElements(By.cssSelector(".diagram .box.fail.container"))).hasSize(1);
		assertThat(undeclared.findElements(By.cssSelector(".diagram .box.ok.container"))).isEmpty();
		assertThat(undeclared.findElements(By.cssSelector(".diagram .box.pods .box-label"))).allSatisfy(
				l -> assertThat(l.getText()).matches("[a-z0-9-]+-…-[a-z0-9]{5}"));
		browser.js("arguments[0].scrollIntoView()", undeclared);
		browser.screenshot("lesson-undeclared-1400-light");
	}
}
