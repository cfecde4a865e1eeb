package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;

/**
 * The editors by keyboard only (WCAG 2.1.2, no keyboard trap): Tab into a fix item's editor, Tab indents there,
 * Esc then Tab leaves it for the Check button, Enter checks, and the item's live region then holds the answer's
 * one-line summary; Esc then Shift-Tab leaves it backwards. The playground's editor lets go the same way. The
 * keyboard shortcut list opens with "?", not while typing, and gives focus back when it closes. Keys are sent as
 * a user's are (Selenium's actions on the focused element); the page's scripts are only read, never called.
 */
class KeyboardBrowserTest extends BrowserTest {

	Quiz quiz;

	QuizItem.Fix fix;

	KeyboardBrowserTest() {
		super(true);
	}

	@BeforeAll
	void pickFix() throws IOException {
		Content content = new ContentLoader().load(Path.of("content"));
		quiz = content.lessons().stream()
			.flatMap(l -> content.quiz(l.quizId()).stream())
			.filter(q -> q.items().stream().anyMatch(i -> i instanceof QuizItem.Fix f && !f.exercise().hint().isEmpty()))
			.findFirst()
			.orElseThrow();
		fix = quiz.items().stream()
			.filter(i -> i instanceof QuizItem.Fix f && !f.exercise().hint().isEmpty())
			.map(QuizItem.Fix.class::cast)
			.findFirst()
			.orElseThrow();
	}

	@BeforeEach
	void clearLocalStorage() {
		browser.js("try { window.localStorage.clear(); } catch (e) { /* not on the app's origin yet */ }");
	}

	private void press(CharSequence... keys) {
		new Actions(browser.driver).sendKeys(keys).perform();
	}

	private void shiftTab() {
		new Actions(browser.driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
	}

	private WebElement focused() {
		return browser.driver.switchTo().activeElement();
	}

	private boolean inEditor(String scopeCss) {
		return Boolean.TRUE.equals(browser.js("var a = document.activeElement; var s = document.querySelector(arguments[0]);"
				+ " return !!(a && s && a.closest('.CodeMirror') && s.contains(a))", scopeCss));
	}

	private String editorText(String scopeCss) {
		return (String) browser.js("return document.querySelector(arguments[0] + ' .CodeMirror').CodeMirror.getValue()",
				scopeCss);
	}

	@Test
	void aFixItemIsAnsweredByKeyboardOnly() throws IOException {
		open("/quizzes/" + quiz.id());
		String item = "#item-" + fix.id();
		// built lazily: an item far below the first screen has no editor yet
		if (Boolean.TRUE.equals(browser.js("return document.querySelector(arguments[0]).getBoundingClientRect().top"
				+ " > window.innerHeight + 400", item + " textarea"))) {
			assertThat(browser.driver.findElements(By.cssSelector(item + " .CodeMirror"))).isEmpty();
		}
		assertThat(browser.driver.findElement(By.cssSelector(item + " .editor-keys")).getText())
			.contains("Esc", "Tab", "leave it");

		// the control before the editor is the hint; focus it as a keyboard user who got there would
		WebElement hint = browser.driver.findElement(By.cssSelector(item + " details.hint summary"));
		browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", hint);
		press(Keys.TAB);
		browser.waiting().until(d -> inEditor(item));
		assertThat(focused().getAttribute("role")).isEqualTo("textbox");
		assertThat(focused().getAttribute("aria-describedby")).isEqualTo("item-" + fix.id() + "-keys");

		// in the editor Tab indents, Shift-Tab takes it back, and focus stays
		String before = editorText(item);
		press(Keys.TAB);
		assertThat(inEditor(item)).isTrue();
		assertThat(editorText(item)).isNotEqualTo(before);
		shiftTab();
		assertThat(editorText(item)).isEqualTo(before);
		assertThat(inEditor(item)).isTrue();

		// Esc then Shift-Tab goes back to the hint; Tab comes in again
		press(Keys.ESCAPE);
		shiftTab();
		assertThat(inEditor(item)).isFalse();
		assertThat(focused()).isEqualTo(hint);
		press(Keys.TAB);
		assertThat(inEditor(item)).isTrue();

		// Esc then Tab leaves for the Check button, unchanged YAML behind it
		press(Keys.ESCAPE, Keys.TAB);
		assertThat(inEditor(item)).isFalse();
		assertThat(editorText(item)).isEqualTo(before);
		WebElement check = browser.driver.findElement(By.cssSelector(item + " form.answer button[type='submit']"));
		assertThat(focused()).isEqualTo(check);

		// Enter checks; the live region (a polite status) says it in one line
		WebElement status = browser.driver.findElement(By.id("item-" + fix.id() + "-status"));
		assertThat(status.getAttribute("role")).isEqualTo("status");
		assertThat(status.getAttribute("textContent")).isEmpty();
		press(Keys.ENTER);
		browser.waiting().until(d -> !status.getAttribute("textContent").isEmpty());
		String summary = status.getAttribute("textContent");
		assertThat(summary).startsWith("Not yet: the goal is ")
			.matches("(?s).*Trace: [A-Z_]+ (at the [\\w-]+ hop(, line \\d+)?|, rejected by the API server(, line \\d+)?)\\.$");
		// the verdict is on the page too, and focus is still where the learner left it
		assertThat(browser.driver.findElement(By.cssSelector("#feedback-" + fix.id() + " .verdict")).getText())
			.contains("Not yet");
		assertThat(focused()).isEqualTo(check);
		browser.screenshot("keyboard-fix-item-checked");
	}

	@Test
	void thePlaygroundEditorLetsGoWithEscapeThenTab() {
		open("/playground?example=working-web");
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return typeof window.portpathEditor !== 'undefined'")));
		WebElement examples = browser.driver.findElement(By.cssSelector("#examples summary"));
		browser.js("arguments[0].focus()", examples);
		press(Keys.TAB);
		assertThat(inEditor("#play")).isTrue();
		String before = editorText("#play");
		String outcome = browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText();
		// (Tab indenting is driven in the fix item: an edit here would start a live trace)

		press(Keys.ESCAPE);
		shiftTab();
		assertThat(focused()).isEqualTo(examples);
		press(Keys.TAB);
		assertThat(inEditor("#play")).isTrue();

		press(Keys.ESCAPE, Keys.TAB);
		assertThat(inEditor("#play")).isFalse();
		// the next control after the editor: "Compare with…" under it, then the request's FROM
		assertThat(focused()).isEqualTo(browser.driver.findElement(By.cssSelector("#compare summary")));
		press(Keys.TAB);
		assertThat(focused().getAttribute("id")).isEqualTo("from");
		assertThat(editorText("#play")).isEqualTo(before);

		// on to Trace by Tab alone, and Enter traces
		for (int i = 0; i < 12 && !"trace-button".equals(focused().getAttribute("id")); i++) {
			press(Keys.TAB);
		}
		assertThat(focused().getAttribute("id")).isEqualTo("trace-button");
		WebElement result = browser.driver.findElement(By.id("result"));
		// the live region starts empty here, so what it says next is this trace's summary
		WebElement announce = browser.driver.findElement(By.id("announce"));
		browser.js("arguments[0].textContent = ''", announce);
		press(Keys.ENTER);
		browser.waiting().until(Browser.replaced(result));
		assertThat(browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText()).isEqualTo(outcome);
		// what a screen reader hears: one line with the request, the outcome and where it ends
		browser.waiting().until(d -> !announce.getAttribute("textContent").isEmpty());
		assertThat(announce.getAttribute("aria-live")).isEqualTo("polite");
		assertThat(announce.getAttribute("textContent")).startsWith("Trace from ").contains(": " + outcome);
		// the button that traced keeps focus (it is outside what the answer replaces)
		assertThat(focused().getAttribute("id")).isEqualTo("trace-button");
	}

	@Test
	void questionMarkListsTheShortcutsButNotWhileTyping() throws IOException {
		open("/quizzes/" + quiz.id());
		WebElement dialog = browser.driver.findElement(By.id("keys-dialog"));
		assertThat(dialog.isDisplayed()).isFalse();

		// typed into a field, "?" is a character
		WebElement field = browser.driver.findElements(By.cssSelector(".quiz-item input[type='text']")).stream()
			.findFirst()
			.orElse(null);
		if (field != null) {
			browser.js("arguments[0].scrollIntoView({block: 'center'})", field);
			field.click();
			press("?");
			assertThat(dialog.isDisplayed()).isFalse();
			assertThat(field.getAttribute("value")).isEqualTo("?");
		}

		WebElement link = browser.driver.findElement(By.cssSelector("main .crumbs a"));
		browser.js("arguments[0].focus()", link);
		press("?");
		browser.waiting().until(d -> dialog.isDisplayed());
		assertThat(dialog.getText()).contains("Keyboard shortcuts", "Esc", "focus the editor", "next / previous lesson",
				"trace");
		browser.screenshot("keyboard-shortcuts-1400-light");
		press(Keys.ESCAPE);
		browser.waiting().until(d -> !dialog.isDisplayed());
		assertThat(focused()).isEqualTo(link);

		// "e" focuses an editor (built on the spot), "n" goes to the next lesson from a lesson page
		press("e");
		browser.waiting().until(d -> inEditor("main"));
	}

	@Test
	void shortcutsCanBeTurnedOff() {
		open("/lessons");
		WebElement dialog = browser.driver.findElement(By.id("keys-dialog"));
		browser.driver.findElement(By.cssSelector("footer [data-open-keys]")).click();
		browser.waiting().until(d -> dialog.isDisplayed());
		browser.driver.findElement(By.id("keys-off")).click();
		press(Keys.ESCAPE);
		browser.waiting().until(d -> !dialog.isDisplayed());
		browser.js("document.activeElement.blur()");
		press("?");
		assertThat(dialog.isDisplayed()).isFalse();
	}

	@Test
	void nAndPFollowTheLessonPager() {
		open("/lessons");
		String first = browser.driver.findElement(By.cssSelector(".lesson-card h2 a")).getAttribute("href");
		browser.driver.get(first);
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return document.readyState === 'complete'")));
		String next = browser.driver.findElement(By.cssSelector("main a[rel='next']")).getAttribute("href");
		press("n");
		browser.waiting().until(ExpectedConditions.urlToBe(next));
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return document.readyState === 'complete'")));
		press("p");
		browser.waiting().until(ExpectedConditions.urlToBe(first));
	}
}
