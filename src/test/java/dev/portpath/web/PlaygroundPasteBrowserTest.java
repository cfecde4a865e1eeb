package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The playground as someone pasting their own cluster's dump uses it (issues 11, 12, 13 and 16's playground
 * part), in headless Chromium: the request follows the paste, the FROM list, the heading and the next request
 * agree, the draft survives a reload, a YAML error keeps the last trace greyed, an empty editor is neutral,
 * Ctrl+Enter traces, HTTP details reach the trace, compare lists what changed, the live region speaks and focus
 * never falls to the body. Also writes screenshots of these states.
 */
class PlaygroundPasteBrowserTest extends BrowserTest {

	static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	static final String DRAFT = "portpath-playground-draft";

	PlaygroundPasteBrowserTest() {
		super(true);
	}

	static String scenario(String name) throws IOException {
		return Files.readString(SCENARIOS.resolve(name).resolve("manifests.yaml"));
	}

	@Override
	protected void open(String path) {
		if (path.equals("/api")) {
			browser.driver.get(url(path));
			return;
		}
		// leave the playground first (no edit of it may save a draft any more), then drop the draft
		browser.driver.get(url("/api"));
		browser.js("window.localStorage.removeItem(arguments[0])", DRAFT);
		super.open(path);
	}

	/** Every page this class opens but /api is the playground: its editor too. */
	@Override
	protected String readyAlso(String path) {
		return PlaygroundBrowserTest.EDITOR;
	}

	private WebElement result() {
		return browser.driver.findElement(By.id("result"));
	}

	/** Runs an action that makes the playground answer, and waits for the new result to be taken in. */
	private void answer(Runnable action) {
		WebElement old = result();
		action.run();
		browser.waiting().until(Browser.replaced(old));
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js(
				"var r = document.getElementById('result'); return !!r && r.hasAttribute('data-taken')"
						+ " && !document.querySelector('#play.htmx-request, #result.htmx-request')")));
	}

	private void paste(String yaml) {
		answer(() -> browser.js("window.portpathEditor.setValue(arguments[0])", yaml));
	}

	private String value(String id) {
		return browser.driver.findElement(By.id(id)).getAttribute("value");
	}

	/** The FROM the form will send next: what is typed wins over the list. */
	private String formFrom() {
		String typed = value("fromOther");
		return typed.isBlank() ? value("from") : typed;
	}

	private List<String> heading() {
		return browser.driver.findElements(By.cssSelector("#trace-title .request-echo code")).stream()
			.map(WebElement::getText)
			.toList();
	}

	private void assertFormAgreesWithHeading() {
		assertThat(heading()).as("the trace heading").containsExactly(formFrom(), value("to"));
		String selected = new Select(browser.driver.findElement(By.id("from"))).getFirstSelectedOption()
			.getAttribute("value");
		assertThat(selected).as("the select shows what it holds").isEqualTo(value("from"));
	}

	private void setField(String id, String text) {
		WebElement field = browser.driver.findElement(By.id(id));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		if (!text.isEmpty()) {
			field.sendKeys(text);
		}
	}

	private String outcome() {
		return browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText();
	}

	@Test
	void aPastedDumpIsTracedTheFieldsAgreeAndTheDraftSurvivesAReload() throws IOException {
		open("/playground");
		assertThat(outcome()).isEqualTo("NO_ENDPOINTS"); // the first example, its request hello:81
		String dump = scenario("live/stale-endpointslice");
		paste(dump);
		// the dump holds no hello: the request followed the paste to the route map's first route
		assertThat(result().getAttribute("data-followed")).isEqualTo("true");
		assertThat(browser.driver.findElement(By.cssSelector("#result .followed")).getText())
			.contains("followed your paste", "hello:81");
		assertThat(browser.driver.findElement(By.id("example-story")).isDisplayed()).isFalse();
		assertFormAgreesWithHeading();

		// ask the dump's question: shell → http://web/ traces with the EndpointSlice and says it is stale
		answer(() -> new Select(browser.driver.findElement(By.id("from"))).selectByValue("shell"));
		answer(() -> setField("to", "http://web/"));
		assertThat(outcome()).isEqualTo("DELIVERED");
		List<WebElement> warned = browser.driver.findElements(By.cssSelector("#result .hop.warn"));
		assertThat(warned).anySatisfy(h -> assertThat(h.getText()).contains("endpoints",
				"the slices and the pods disagree", "web-6d4f8c7b9-old42"));
		assertThat(browser.driver.findElement(By.cssSelector("#result .endpoints li.chosen")).getText())
			.contains("web-6d4f8c7b9-k2x7p");
		assertThat(browser.driver.findElement(By.cssSelector("#result .hops")).getText())
			.contains("container web of pod web-6d4f8c7b9-k2x7p declares containerPort 8080/TCP");
		assertFormAgreesWithHeading();

		// three live updates: the select, the heading and the next request keep agreeing
		for (int i = 1; i <= 3; i++) {
			int n = i;
			answer(() -> browser.js("var cm = window.portpathEditor;"
					+ " cm.replaceRange('\\n# edit ' + arguments[0] + '\\n', {line: cm.lastLine() + 1, ch: 0})", n));
			assertThat(outcome()).isEqualTo("DELIVERED");
			assertThat(value("from")).isEqualTo("shell");
			assertFormAgreesWithHeading();
		}
		String edited = (String) browser.js("return window.portpathEditor.getValue()");
		assertThat(edited).contains("# edit 3");

		// the edits come back after a reload, and are traced again
		browser.waiting().until(d -> String.valueOf(browser.js("return window.localStorage.getItem(arguments[0])", DRAFT))
			.contains("# edit 3"));
		WebElement before = result();
		browser.driver.navigate().refresh();
		ready(PlaygroundBrowserTest.EDITOR);
		browser.waiting().until(d -> edited.equals(browser.js("return window.portpathEditor.getValue()")));
		browser.waiting().until(d -> "DELIVERED".equals(browser.js(
				"var o = document.querySelector('#result[data-taken] .outcome-name'); return o && o.textContent")));
		browser.waiting().until(d -> heading().equals(List.of("shell", "http://web/")));
		assertThat(value("to")).isEqualTo("http://web/");
		assertFormAgreesWithHeading();
		assertThat(before).isNotNull();
	}

	@Test
	void aYamlErrorKeepsTheLastTraceGreyedAndAnEmptyEditorIsNeutral() {
		open("/playground?example=working-web");
		assertThat(outcome()).isEqualTo("DELIVERED");
		paste(WORKING.replace("    - port: 80", "\t- port: 80"));
		assertThat(result().getAttribute("data-state")).isEqualTo("yaml-error");
		WebElement problem = browser.driver.findElement(By.cssSelector("#result .problem"));
		assertThat(problem.getText()).contains("has a tab", "spaces", "You are on line");
		WebElement stale = browser.driver.findElement(By.cssSelector("#result section.trace.stale"));
		assertThat(stale.isDisplayed()).isTrue();
		assertThat(stale.getText()).contains("DELIVERED");
		assertThat(stale.getAttribute("inert")).isNotNull();
		assertThat(browser.js("return getComputedStyle(arguments[0]).opacity", stale)).isEqualTo("0.5");

		paste(WORKING);
		assertThat(outcome()).isEqualTo("DELIVERED");
		assertThat(browser.driver.findElements(By.cssSelector("#result .stale"))).isEmpty();

		paste("");
		assertThat(result().getAttribute("data-state")).isEqualTo("neutral");
		assertThat(browser.driver.findElements(By.cssSelector("#result .problem"))).isEmpty();
		assertThat(browser.driver.findElement(By.cssSelector("#result .hint")).getText()).contains("Nothing to trace yet");
		assertThat(browser.driver.findElements(By.id("share-link"))).isEmpty();
	}

	@Test
	void ctrlEnterTracesAndTheLiveRegionSaysTheAnswerInOneLine() {
		open("/playground");
		WebElement to = browser.driver.findElement(By.id("to"));
		to.click();
		answer(() -> to.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER)));
		browser.waiting().until(d -> browser.driver.findElement(By.id("announce")).getAttribute("textContent")
			.matches("Trace from shell to hello:81: NO_ENDPOINTS at the endpoints hop, line \\d+\\..*"));
		assertThat(browser.driver.findElement(By.id("announce")).getAttribute("aria-live")).isEqualTo("polite");
		assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("focus stays where it was")
			.isEqualTo("to");
	}

	@Test
	void aRouteMapButtonMovesFocusToTheNewTracesHeading() {
		open("/playground?example=working-web");
		WebElement pick = browser.driver.findElement(By.cssSelector("#routes-section button.pick"));
		String to = pick.getAttribute("data-to");
		pick.sendKeys(Keys.ENTER);
		browser.waiting().until(d -> browser.driver.findElement(By.cssSelector("#result .request-echo")).getText()
			.contains(to));
		browser.waiting().until(d -> "trace-title".equals(browser.driver.switchTo().activeElement().getAttribute("id")));
		assertThat(value("to")).isEqualTo(to);
		assertFormAgreesWithHeading();
	}

	@Test
	void methodAndHeadersReachTheTraceAndTheAppsRequestIsShownUnderTheOutcome() throws IOException {
		open("/playground");
		paste(scenario("http/rewrite-prefix-with-headers"));
		WebElement details = browser.driver.findElement(By.id("http-details"));
		assertThat(details.getAttribute("open")).isNull();
		details.findElement(By.tagName("summary")).click();
		setField("fromOther", "external");
		answer(() -> setField("to", "http://shop.example.com/api/orders?page=2"));
		answer(() -> new Select(browser.driver.findElement(By.id("method"))).selectByValue("PUT"));
		answer(() -> browser.driver.findElement(By.id("headers")).sendKeys("X-Env: dev\nX-Tags: client"));
		WebElement http = browser.driver.findElement(By.cssSelector("#result dl.http-result"));
		assertThat(http.getText()).contains("sent", "PUT shop.example.com/api/orders?page=2", "received",
				"PUT shop.example.com/v2/orders?page=2 · x-env: prod; x-tags: client,gateway");
		// right under the outcome, whatever order the shared trace fragment writes
		double outcomeBottom = ((Number) browser.js("return document.querySelector('#result .outcome')"
				+ ".getBoundingClientRect().bottom")).doubleValue();
		double httpTop = ((Number) browser.js("return arguments[0].getBoundingClientRect().top", http)).doubleValue();
		double endpointsTop = ((Number) browser.js("return document.querySelector('#result .endpoints')"
				+ ".getBoundingClientRect().top")).doubleValue();
		assertThat(httpTop).isGreaterThanOrEqualTo(outcomeBottom).isLessThan(endpointsTop);
		WebElement mark = browser.driver.findElement(By.cssSelector("#result .diagram .pill.filter"));
		assertThat(mark.getText()).isEqualTo("⚙ 2 filters");
		assertThat(mark.findElement(By.tagName("title")).getAttribute("textContent"))
			.isEqualTo("⚙ URLRewrite · RequestHeaderModifier");

		// the share link carries the method and headers too
		String link = browser.driver.findElement(By.id("share-link")).getAttribute("href");
		open(link.substring(link.indexOf("/playground")));
		assertThat(browser.driver.findElement(By.id("http-details")).getAttribute("open")).isNotNull();
		assertThat(value("headers")).isEqualTo("X-Env: dev\nX-Tags: client");
		assertThat(browser.driver.findElement(By.cssSelector("#result dl.http-result")).getText())
			.contains("PUT shop.example.com/v2/orders?page=2 · x-env: prod; x-tags: client,gateway");
	}

	@Test
	void compareListsWhatChangedLiveAndOnTheButton() {
		open("/playground?example=working-web");
		browser.driver.findElement(By.cssSelector("#compare summary")).click();
		String broken = WORKING.replace("targetPort: 80", "targetPort: 8080");
		answer(() -> browser.driver.findElement(By.id("base")).sendKeys(broken));
		WebElement diff = browser.driver.findElement(By.id("diff"));
		assertThat(diff.getText()).contains("1 fixed", "web:80/TCP");
		assertThat(diff.findElements(By.cssSelector("tr.change.fixed"))).isNotEmpty();
		WebElement button = browser.driver.findElement(By.id("compare-button"));
		answer(button::click);
		assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("compare-button");
		browser.waiting().until(d -> browser.driver.findElement(By.id("announce")).getAttribute("textContent")
			.contains("Compared: 1 fixed"));
	}

	@Test
	void notSimulatedKindsAreNamedAboveTheTrace() throws IOException {
		open("/playground");
		paste(scenario("not-simulated/mesh-and-config"));
		WebElement banner = browser.driver.findElement(By.cssSelector("#result .not-simulated"));
		assertThat(banner.getText()).contains("Not simulated", "VirtualService");
		assertThat((Boolean) browser.js("return arguments[0].compareDocumentPosition(document.getElementById("
				+ "'trace-title')) === Node.DOCUMENT_POSITION_FOLLOWING", banner)).isTrue();
	}

	@Test
	void theEditorsScrollAreaIsReachableByKeyboard() {
		open("/playground");
		// the editable part (app.js's contenteditable input) lies inside the scroll area, so the area is reachable
		assertThat((Boolean) browser.js("var input = window.portpathEditor.getInputField();"
				+ " return window.portpathEditor.getScrollerElement().contains(input) && input.tabIndex >= 0")).isTrue();
		// coming back with Shift+Tab from the control after the editor, the scroll area hands focus to the editor
		WebElement next = browser.driver.findElement(By.cssSelector("#compare summary"));
		browser.js("arguments[0].focus()", next);
		next.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
		browser.waiting().until(d -> Boolean.TRUE.equals(
				browser.js("return document.querySelector('.CodeMirror').contains(document.activeElement)")));
		assertThat((Boolean) browser.js("return window.portpathEditor.hasFocus()")).isTrue();
		assertThat(Axe.run(browser)).filteredOn(v -> v.id().equals("scrollable-region-focusable")).isEmpty();
	}

	/** axe-core over the new states and /api, light and dark: no violation, whatever its impact. */
	@Test
	void theNewStatesHaveNoAxeViolation() throws IOException {
		String rewrite = scenario("http/rewrite-prefix-with-headers");
		for (String scheme : List.of("light", "dark")) {
			browser.viewport(1400, 1000, false, scheme);
			open("/playground");
			paste(scenario("not-simulated/mesh-and-config"));
			assertNoViolation(scheme + " not simulated, followed");
			paste(rewrite);
			browser.js("document.getElementById('http-details').open = true;"
					+ " document.getElementById('compare').open = true;");
			answer(() -> browser.js("var b = document.getElementById('base'); b.value = arguments[0];"
					+ " b.dispatchEvent(new Event('input', {bubbles: true}))", WORKING));
			assertNoViolation(scheme + " http details and compare");
			paste(rewrite + "\n\tbroken: tab\n");
			assertThat(result().getAttribute("data-state")).isEqualTo("yaml-error");
			assertNoViolation(scheme + " yaml error over the last trace");
			paste("");
			assertNoViolation(scheme + " empty");
			open("/api");
			assertNoViolation(scheme + " /api");
		}
	}

	private void assertNoViolation(String state) {
		assertThat(Axe.run(browser)).as(state).isEmpty();
	}

	@Test
	void screenshotsOfTheNewStates() throws IOException {
		String rewrite = scenario("http/rewrite-prefix-with-headers");
		String mesh = scenario("not-simulated/mesh-and-config");
		for (String scheme : List.of("light", "dark")) {
			for (int width : new int[] { 390, 1400 }) {
				browser.viewport(width, width < 600 ? 844 : 1000, width < 600, scheme);
				open("/playground");
				paste(rewrite);
				browser.js("document.getElementById('http-details').open = true;"
						+ " document.getElementById('compare').open = true;");
				setField("fromOther", "external");
				answer(() -> setField("to", "http://shop.example.com/api/orders?page=2"));
				answer(() -> new Select(browser.driver.findElement(By.id("method"))).selectByValue("PUT"));
				answer(() -> browser.driver.findElement(By.id("headers")).sendKeys("X-Env: dev"));
				answer(() -> browser.js("var b = document.getElementById('base'); b.value = arguments[0];"
						+ " b.dispatchEvent(new Event('input', {bubbles: true}))", rewrite.replace("targetPort: http", "targetPort: web")));
				assertThat(browser.driver.findElements(By.cssSelector("#diff tr.change"))).isNotEmpty();
				browser.screenshot("playground-http-compare-" + width + "-" + scheme);
				open("/playground");
				paste(mesh);
				browser.screenshot("playground-not-simulated-" + width + "-" + scheme);
			}
		}
		browser.viewport(1400, 1000, false, "light");
		open("/playground?example=working-web");
		paste(WORKING.replace("    - port: 80", "\t- port: 80"));
		browser.screenshot("playground-yaml-error-1400-light");
		paste("");
		browser.screenshot("playground-empty-1400-light");
		assertThat(Map.of()).isEmpty();
	}
}
