package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.content.QuizItem;
import dev.portpath.practice.Practice;
import dev.portpath.practice.PracticeExercise;
import dev.portpath.sim.Engine;
import dev.portpath.web.Browser;
import dev.portpath.web.BrowserTest;

/**
 * Quizzes and practice with JavaScript turned off: plain forms that post and answer the whole page. A wrong
 * choice gets its nudge, the second wrong one the button that shows the answer, and practice grades the
 * served manifests wrong and the working ones right.
 */
class LearnNoScriptBrowserTest extends BrowserTest {

	Content content;

	LearnNoScriptBrowserTest() {
		super(false);
	}

	@BeforeAll
	void loadContent() throws IOException {
		content = new ContentLoader().load(Path.of("content"));
	}

	@Test
	void aWrongChoiceIsNudgedThenOffersTheAnswerWithoutJavaScript() throws IOException {
		QuizItem.Choice choice = content.quizzes().stream().flatMap(q -> q.items().stream())
			.filter(QuizItem.Choice.class::isInstance).map(QuizItem.Choice.class::cast)
			.filter(c -> c.options().stream().filter(o -> !o.correct()).count() >= 2)
			.findFirst().orElseThrow();
		String quiz = content.quizzes().stream().filter(q -> q.items().contains(choice)).findFirst().orElseThrow().id();
		QuizItem.Option right = choice.options().stream().filter(QuizItem.Option::correct).findFirst().orElseThrow();
		var wrongs = choice.options().stream().filter(o -> !o.correct()).toList();
		browser.driver.get(url("/quizzes/" + quiz));
		answer(choice, wrongs.get(0).text());
		WebElement feedback = browser.driver.findElement(By.id("feedback-" + choice.id()));
		assertThat(feedback.getText()).contains("Not quite: try once more.", choice.hint()).doesNotContain(right.why());
		answer(choice, wrongs.get(1).text());
		feedback = browser.driver.findElement(By.id("feedback-" + choice.id()));
		assertThat(feedback.getText()).contains("Show the answer");
		feedback.findElement(By.cssSelector("form.reveal button")).click();
		browser.waiting().until(Browser.replaced(feedback));
		assertThat(browser.driver.findElement(By.id("feedback-" + choice.id())).getText()).contains("The answer.",
				right.why());
		browser.screenshot("nojs-quiz-answer-shown");
	}

	private void answer(QuizItem.Choice choice, String text) {
		WebElement item = browser.driver.findElement(By.id("item-" + choice.id()));
		item.findElements(By.cssSelector("label.option")).stream().filter(l -> l.getText().equals(text)).findFirst()
			.orElseThrow().click();
		item.findElement(By.cssSelector("form.answer button[type='submit']")).click();
		browser.waiting().until(Browser.replaced(item));
	}

	@Test
	void practiceGradesTheServedManifestsWrongAndTheWorkingOnesRightWithoutJavaScript() throws IOException {
		PracticeExercise ex = new Practice(new Engine(), content).exercise(5, 2);
		browser.driver.get(url("/practice?seed=5&level=2"));
		assertThat(browser.driver.findElements(By.cssSelector(".CodeMirror"))).isEmpty();
		submit();
		assertThat(browser.driver.findElement(By.id("practice-feedback")).getAttribute("class")).contains("wrong");
		WebElement editor = browser.driver.findElement(By.id("practice-manifests"));
		browser.js("arguments[0].value = arguments[1]", editor, ex.solution());
		submit();
		WebElement feedback = browser.driver.findElement(By.id("practice-feedback"));
		assertThat(feedback.getAttribute("class")).contains("right");
		assertThat(feedback.getText()).contains("Solved", "What was seeded");
		browser.screenshot("nojs-practice-solved");
	}

	private void submit() {
		WebElement form = browser.driver.findElement(By.id("practice-form"));
		form.findElement(By.cssSelector("button[type='submit']")).click();
		browser.waiting().until(Browser.replaced(form));
	}
}
