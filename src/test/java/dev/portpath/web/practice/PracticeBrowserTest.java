package dev.portpath.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.portpath.content.ContentLoader;
import dev.portpath.practice.BugKind;
import dev.portpath.practice.Practice;
import dev.portpath.practice.PracticeExercise;
import dev.portpath.sim.Engine;
import dev.portpath.web.Browser;
import dev.portpath.web.BrowserTest;

/**
 * Practice in headless Chromium: the exercise of a seed as served is graded wrong, and solved in the
 * CodeMirror editor (typing the lines that differ, as a learner would) it is graded right and counted in the
 * learner's record. The exercise is the same as the one this test makes from content/ with the same seed.
 * Screenshots narrow and wide, light and dark, go to target/screenshots/.
 */
class PracticeBrowserTest extends BrowserTest {

	PracticeExercise exercise;

	PracticeBrowserTest() {
		super(true);
	}

	@BeforeAll
	void pickExercise() throws IOException {
		Practice practice = new Practice(new Engine(), new ContentLoader().load(Path.of("content")));
		// an exercise whose fix is one line, so the test types it as a learner would
		exercise = LongStream.range(0, 500).mapToObj(s -> practice.exercise(s, 1))
			.filter(e -> e.kinds().contains(BugKind.SELECTOR_TYPO))
			.filter(e -> e.manifests().lines().count() == e.solution().lines().count())
			.findFirst()
			.orElseThrow();
	}

	/** The practice editor too. */
	@Override
	protected String readyAlso(String path) {
		return "window.portpathEditors && !!window.portpathEditors.practice";
	}

	private WebElement check() {
		WebElement before = browser.driver.findElement(By.id("practice-feedback"));
		browser.driver.findElement(By.cssSelector("#practice-form button[type='submit']")).click();
		browser.waiting().until(Browser.replaced(before));
		return browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#practice-feedback[data-result]")));
	}

	@Test
	void theServedExerciseIsWrongAndSolvedInTheEditorItIsRight() throws IOException {
		browser.js("window.localStorage.clear()");
		open("/practice?seed=" + exercise.seed() + "&level=1");
		assertThat(browser.js("return window.portpathEditors.practice.getValue()")).isEqualTo(exercise.manifests());
		assertThat(browser.driver.findElement(By.cssSelector(".practice-task")).getText())
			.contains(exercise.goal().to(), exercise.expected().describe(), "one bug");
		WebElement hint = browser.driver.findElement(By.id("practice-hint"));
		assertThat(hint.findElement(By.cssSelector("ul")).isDisplayed()).isFalse(); // withheld until asked for
		browser.screenshot("practice-1400-light");

		WebElement wrong = check();
		assertThat(wrong.getAttribute("data-result")).isEqualTo("wrong");
		assertThat(wrong.getText()).contains("Not yet", "NO_ENDPOINTS").doesNotContain("Show the answer", "Bug:");
		assertThat(browser.driver.findElement(By.id("practice-status")).getAttribute("textContent"))
			.startsWith("Not yet: ").contains("Trace: NO_ENDPOINTS");
		assertThat(wrong.findElement(By.cssSelector(".diagram svg")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElements(By.cssSelector("#practice-form .CodeMirror .pp-mark.fail"))).isNotEmpty();
		browser.js("window.scrollTo(0, 0)");
		browser.screenshot("practice-wrong-1400-light");

		hint.findElement(By.tagName("summary")).click();
		assertThat(hint.getText()).contains(BugKind.SELECTOR_TYPO.hint());

		typeTheLinesThatDiffer(exercise.solution());
		WebElement solved = check();
		assertThat(solved.getAttribute("data-result")).isEqualTo("solved");
		assertThat(solved.getText()).contains("Solved: the request reaches container " + exercise.expected().container(),
				"What was seeded", "DELIVERED");
		assertThat(browser.js("return Object.keys(JSON.parse(window.localStorage.getItem('portpath-progress')).practice.solved)"))
			.asList().containsExactly(exercise.seed() + "/1");
		assertThat(browser.driver.findElement(By.id("practice-record")).getText()).startsWith("Solved in this browser: 1");
		browser.js("window.scrollTo(0, 0)");
		browser.screenshot("practice-solved-1400-light");
		browser.viewport(1400, 1000, false, "dark");
		browser.screenshot("practice-solved-1400-dark");
		browser.viewport(390, 844, true, "light");
		browser.screenshot("practice-solved-390-light");
		browser.viewport(390, 844, true, "dark");
		browser.screenshot("practice-solved-390-dark");
	}

	@Test
	void theSecondWrongTryOffersTheAnswer() throws IOException {
		open("/practice?seed=" + exercise.seed() + "&level=1");
		check();
		WebElement second = check();
		assertThat(second.getText()).contains("Show the answer");
		second.findElement(By.cssSelector("#practice-answer summary")).click();
		assertThat(second.findElement(By.cssSelector("#practice-answer")).getText()).contains("Bug: " + exercise.changes().get(0));
		browser.viewport(390, 844, true, "light");
		browser.screenshot("practice-answer-390-light");
	}

	@Test
	void newExerciseLinksCarryTheSuggestedLevel() {
		browser.js("window.localStorage.setItem('portpath-progress', JSON.stringify({lessons: {}, items: {},"
				+ " practice: {solved: {'1/1': 1, '2/1': 1, '3/1': 1}}}))");
		open("/practice?seed=" + exercise.seed() + "&level=1");
		assertThat(browser.driver.findElement(By.id("practice-new")).getAttribute("href")).endsWith("/practice?level=2");
		assertThat(browser.driver.findElement(By.cssSelector(".level.suggested")).getText()).startsWith("2");
		browser.driver.findElement(By.id("practice-new")).click();
		browser.waiting().until(ExpectedConditions.urlMatches("/practice\\?seed=\\d+&level=2$"));
	}

	/** Types the lines where the editor's YAML and the target differ, as a learner would. */
	private void typeTheLinesThatDiffer(String target) {
		String editor = "window.portpathEditors.practice";
		String[] now = ((String) browser.js("return " + editor + ".getValue()")).split("\n", -1);
		String[] want = target.split("\n", -1);
		assertThat(now).hasSameSizeAs(want);
		for (int i = 0; i < now.length; i++) {
			if (!now[i].equals(want[i])) {
				browser.js(editor + ".focus(); " + editor + ".setCursor({line: arguments[0], ch: arguments[1]})", i,
						now[i].length());
				// keys go to the focused editor, as a learner's do
				new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.HOME).keyUp(Keys.SHIFT)
					.sendKeys(want[i].strip()).perform();
			}
		}
		assertThat(browser.js("return " + editor + ".getValue()")).isEqualTo(target);
	}
}
