package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.content.Lesson;

/**
 * axe-core over every page, in light and in dark, with JavaScript: the pages as they load, and the
 * states that answers add (quiz feedback with its traces, a practice check, a route-map trace). No page may
 * have a violation, whatever its impact. What axe finds is written to target/axe-report.txt.
 */
class AccessibilityBrowserTest extends BrowserTest {

	Content content;

	Lesson lesson;

	final List<String> report = new ArrayList<>();

	AccessibilityBrowserTest() {
		super(true);
	}

	/** Each page is opened in the viewport it is checked in. */
	@Override
	protected boolean startsOnDesktop() {
		return false;
	}

	/** This class judges what axe finds, not the console. */
	@Override
	protected boolean checksConsoleErrors() {
		return false;
	}

	@BeforeAll
	void pickLesson() throws IOException {
		content = new ContentLoader().load(Path.of("content"));
		// a lesson with two examples of the same request, if there is one: their traces must still be told apart
		lesson = content.lessons().stream()
			.filter(l -> content.quiz(l.quizId()).isPresent())
			.filter(l -> l.examples().stream().map(e -> e.from() + " " + e.to()).distinct().count() < l.examples().size())
			.findFirst()
			.or(() -> content.lessons().stream()
				.filter(l -> !l.examples().isEmpty() && content.quiz(l.quizId()).isPresent())
				.findFirst())
			.orElseThrow();
	}

	@AfterAll
	void writeReport() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "axe-report.txt"), report);
	}

	/** Answers every item of the quiz on the page (wrongly where it can), so each shows its feedback. */
	private void answerEverything() {
		List<WebElement> items = browser.driver.findElements(By.cssSelector(".quiz-item"));
		for (WebElement item : items) {
			String id = item.getAttribute("data-item");
			List<WebElement> radios = item.findElements(By.cssSelector("input[type='radio']"));
			if (!radios.isEmpty()) {
				radios.get(0).click();
			}
			List<WebElement> outcomes = item.findElements(By.cssSelector("select[name='outcome'] option"));
			if (outcomes.size() > 1) {
				outcomes.get(1).click();
			}
			WebElement before = browser.driver.findElement(By.id("feedback-" + id));
			WebElement button = item.findElement(By.cssSelector("form.answer button[type='submit']"));
			browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
			button.click();
			browser.waiting().until(Browser.replaced(before));
			browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feedback-" + id + "[data-item]")));
		}
	}

	record Page(String name, String path, Consumer<AccessibilityBrowserTest> then) {
	}

	private List<Page> pages() {
		String quiz = lesson.quizId();
		return List.of(new Page("home", "/", t -> {
		}), new Page("playground", "/playground", t -> {
		}), new Page("playground-working", "/playground?example=working-web", t -> {
		}), new Page("playground-route-trace", "/playground?example=working-web", t -> {
			WebElement pick = t.browser.driver.findElement(By.cssSelector("#routes-section button.pick"));
			WebElement result = t.browser.driver.findElement(By.id("result"));
			pick.click();
			t.browser.waiting().until(Browser.replaced(result));
		}), new Page("lessons", "/lessons", t -> {
		}), new Page("lesson", "/lessons/" + lesson.id(), t -> {
		}), new Page("lesson-answered", "/lessons/" + lesson.id(), AccessibilityBrowserTest::answerEverything),
				new Page("quizzes", "/quizzes", t -> {
				}), new Page("quiz", "/quizzes/" + quiz, t -> {
				}), new Page("quiz-answered", "/quizzes/" + quiz, AccessibilityBrowserTest::answerEverything),
				new Page("progress", "/progress", t -> {
				}), new Page("practice", "/practice?seed=1&level=1", t -> {
				}), new Page("practice-checked", "/practice?seed=1&level=1", t -> {
					WebElement before = t.browser.driver.findElement(By.id("practice-feedback"));
					t.browser.driver.findElement(By.cssSelector("#practice-form button[type='submit']")).click();
					t.browser.waiting().until(Browser.replaced(before));
					t.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
							By.cssSelector("#practice-feedback[data-result]")));
				}), new Page("api", "/api", t -> {
				}), new Page("not-found", "/no-such-page", t -> {
				}));
	}

	@Test
	void noPageHasAViolationLightOrDark() {
		List<String> failing = new ArrayList<>();
		for (String scheme : List.of("light", "dark")) {
			for (Page page : pages()) {
				browser.viewport(1400, 1000, false, scheme);
				open(page.path());
				page.then().accept(this);
				List<Axe.Violation> found = Axe.run(browser);
				report.add(page.name() + " (" + scheme + "): " + (found.isEmpty() ? "no violation" : found.size() + " rule(s)"));
				for (Axe.Violation v : found) {
					String line = page.name() + " (" + scheme + "): " + v;
					report.add("  " + v);
					failing.add(line);
				}
			}
		}
		assertThat(failing).as("axe violations").isEmpty();
	}

	/** Every trace on a lesson and on an answered quiz has a name of its own (axe's landmark-unique, checked directly). */
	@Test
	void tracesAndCodeBlocksAreToldApart() {
		for (String path : List.of("/lessons/" + lesson.id(), "/quizzes/" + lesson.quizId())) {
			browser.viewport(1400, 1000, false, "light");
			open(path);
			if (path.startsWith("/quizzes")) {
				answerEverything();
			}
			List<?> names = (List<?>) browser.js("""
					return Array.from(document.querySelectorAll('section.trace')).map(function (s) {
					  var ids = s.getAttribute('aria-labelledby');
					  return ids ? ids.split(' ').map(function (id) { return document.getElementById(id).textContent.trim(); })
					                   .join(' ').replace(/\\s+/g, ' ')
					             : s.getAttribute('aria-label');
					});""");
			assertThat(names).as("trace names on " + path).isNotEmpty().doesNotHaveDuplicates().doesNotContainNull();
			// a named code block is a named group (an aria-label on an element with no role names nothing)
			assertThat(browser.js("return document.querySelectorAll('pre.code-lines[aria-label]:not([role])').length"))
				.isEqualTo(0L);
		}
	}
}
