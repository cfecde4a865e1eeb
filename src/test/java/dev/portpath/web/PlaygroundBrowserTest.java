package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The playground in headless Chromium with JavaScript: CodeMirror, live htmx traces, line highlights,
 * share links, examples, the theme toggle; no console errors anywhere. Also writes the screenshots.
 */
class PlaygroundBrowserTest extends BrowserTest {

	/** The playground's editor is there. */
	static final String EDITOR = "typeof window.portpathEditor !== 'undefined'";

	PlaygroundBrowserTest() {
		super(true);
	}

	@Override
	protected void open(String path) {
		// each test starts from what the link says, not from the draft an earlier test left in this browser
		// leave the playground first (no edit of it may save a draft any more), then drop the draft
		browser.driver.get(url("/api"));
		browser.js("window.localStorage.removeItem('portpath-playground-draft')");
		super.open(path);
	}

	/** On the playground, its editor too. */
	@Override
	protected String readyAlso(String path) {
		return path.startsWith("/playground") ? EDITOR : "";
	}

	private String outcome() {
		return browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText();
	}

	private void waitForOutcome(String outcome) {
		browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("#result .outcome-name"), outcome));
	}

	private void paste(String yaml) {
		browser.js("window.portpathEditor.setValue(arguments[0])", yaml);
	}

	private void typeTo(String to) {
		WebElement field = browser.driver.findElement(By.id("to"));
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		field.sendKeys(to);
	}

	private boolean lineHas(int line, String cssClass) {
		Object info = browser.js("var i = window.portpathEditor.lineInfo(arguments[0]);"
				+ " return (i.bgClass || '') + ' ' + ((i.gutterMarkers && i.gutterMarkers['pp-marks']) ? i.gutterMarkers['pp-marks'].className : '');",
				line - 1);
		return String.valueOf(info).contains(cssClass);
	}

	@Test
	void pastedManifestsAreTracedAsYouType() {
		open("/playground");
		waitForOutcome("NO_ENDPOINTS"); // the first example
		assertThat(browser.driver.findElements(By.cssSelector(".CodeMirror"))).hasSize(1);
		paste(WORKING);
		typeTo("http://web/");
		waitForOutcome("DELIVERED");
		List<String> steps = browser.driver.findElements(By.cssSelector("#result .hop .step")).stream()
			.map(WebElement::getText)
			.toList();
		assertThat(steps).containsExactly("dns", "service", "endpoints", "kube-proxy", "container");
		assertThat(browser.driver.findElement(By.cssSelector("#result .diagram svg")).getText()).contains("web:80/TCP");
		assertThat(browser.driver.findElements(By.cssSelector("#result .endpoints li"))).hasSize(2);
		// the FROM list was rebuilt from the pasted manifests
		assertThat(browser.driver.findElements(By.cssSelector("#from option")).stream().map(o -> o.getAttribute("value")))
			.contains("shell", "deployment/web", "node", "external");
	}

	@Test
	void failingHopMarksItsLineAndHighlightsItOnHoverAndClick() {
		open("/playground");
		waitForOutcome("NO_ENDPOINTS");
		WebElement failing = browser.driver.findElement(By.cssSelector("#result .hop.fail"));
		assertThat(failing.getText()).contains("endpoints", "targetPort admin", "fix:");
		browser.waiting().until(d -> lineHas(16, "pp-mark fail"));
		assertThat(lineHas(16, "pp-line-fail")).isTrue();

		WebElement targetPortLine = failing.findElement(By.cssSelector(".line-ref[data-line='16']"));
		new Actions(browser.driver).moveToElement(targetPortLine).perform();
		browser.waiting().until(d -> lineHas(16, "pp-line-hl"));

		failing.findElement(By.cssSelector(".line-ref[data-line='36']")).click();
		browser.waiting().until(d -> lineHas(36, "pp-line-hl"));
		assertThat(lineHas(16, "pp-line-hl")).isFalse();
		assertThat(browser.js("return window.portpathEditor.getCursor().line")).isEqualTo(35L);
	}

	@Test
	void shareLinkRestoresTheSameTrace() {
		open("/playground");
		String edited = WORKING.replace("replicas: 2", "replicas: 3");
		paste(edited);
		typeTo("http://web.default.svc.cluster.local/");
		waitForOutcome("DELIVERED");
		browser.waiting().until(d -> browser.driver.findElements(By.cssSelector("#result .endpoints li")).size() == 3);
		String hops = browser.driver.findElement(By.cssSelector("#result .hops")).getText();
		String link = browser.driver.findElement(By.id("share-link")).getAttribute("href");
		assertThat(link).contains("/playground?s=");

		open(link.substring(link.indexOf("/playground")));
		waitForOutcome("DELIVERED");
		assertThat(browser.js("return window.portpathEditor.getValue()")).isEqualTo(edited);
		assertThat(browser.driver.findElement(By.id("to")).getAttribute("value"))
			.isEqualTo("http://web.default.svc.cluster.local/");
		assertThat(browser.driver.findElement(By.cssSelector("#result .hops")).getText()).isEqualTo(hops);
	}

	@Test
	void exampleLoadsInOneClick() {
		open("/playground");
		browser.driver.findElement(By.cssSelector("#examples summary")).click();
		browser.driver.findElement(By.cssSelector("#examples a[data-example='working-web']")).click();
		browser.waiting().until(ExpectedConditions.urlContains("example=working-web"));
		ready(EDITOR);
		waitForOutcome("DELIVERED");
		assertThat(browser.js("return window.portpathEditor.getValue()")).isEqualTo(WORKING);
		assertThat(browser.driver.findElement(By.id("to")).getAttribute("value")).isEqualTo("http://web/");
		assertThat(browser.driver.findElement(By.cssSelector(".example-story")).getText()).contains("A working web app");
	}

	@Test
	void yamlThatCannotBeParsedShowsItsLine() {
		open("/playground");
		paste("kind: Service\nmetadata:\n  name: [unclosed\n");
		WebElement problem = browser.waiting()
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result .problem")));
		assertThat(problem.getText()).contains("The YAML cannot be read", "line 4");
		browser.waiting().until(d -> lineHas(4, "pp-mark fail"));
		// a half-typed YAML is no failed request: nothing in the console (checked after each test)
	}

	@Test
	void routeMapButtonLoadsItsRequestIntoTheForm() {
		open("/playground?example=working-web");
		waitForOutcome("DELIVERED");
		WebElement pick = browser.driver.findElement(By.cssSelector("#routes-section button.pick"));
		String to = pick.getAttribute("data-to");
		pick.click();
		browser.waiting().until(d -> browser.driver.findElement(By.cssSelector("#result .request-echo")).getText().contains(to));
		assertThat(browser.driver.findElement(By.id("to")).getAttribute("value")).isEqualTo(to);
		assertThat(outcome()).isEqualTo("DELIVERED");
	}

	@Test
	void themeToggleSwitchesToDarkAndIsRemembered() {
		open("/playground");
		WebElement toggle = browser.driver.findElement(By.id("theme-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		toggle.click();
		assertThat(browser.js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
		open("/");
		assertThat(browser.js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("dark");
		// the one palette (light-dark() in app.css) follows the toggle, whatever the system prefers
		assertThat(browser.js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(15, 19, 24)");
		browser.driver.findElement(By.id("theme-toggle")).click();
		assertThat(browser.js("return document.documentElement.getAttribute('data-theme')")).isEqualTo("light");
		assertThat(browser.js("return getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(246, 247, 249)");
		browser.js("window.localStorage.removeItem('portpath-theme')");
	}

	@Test
	void screenshotsNarrowAndWideLightAndDarkDeliveredAndFailing() throws IOException {
		for (String scheme : List.of("light", "dark")) {
			for (int width : new int[] { 390, 1400 }) {
				browser.viewport(width, width < 600 ? 844 : 1000, width < 600, scheme);
				open("/playground?example=working-web");
				waitForOutcome("DELIVERED");
				assertThat(browser.screenshot("playground-" + width + "-" + scheme + "-delivered")).exists();
				open("/playground?example=second-port-misses");
				waitForOutcome("NO_ENDPOINTS");
				browser.waiting().until(d -> lineHas(16, "pp-mark fail"));
				assertThat(browser.screenshot("playground-" + width + "-" + scheme + "-failing")).exists();
			}
		}
		browser.viewport(390, 844, true, "light");
		open("/");
		browser.screenshot("home-390-light");
		browser.viewport(1400, 1000, false, "dark");
		open("/");
		browser.screenshot("home-1400-dark");
		browser.viewport(1400, 1000, false, "light");
		open("/api");
		browser.screenshot("api-1400-light");
	}
}
