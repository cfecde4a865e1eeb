package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The playground with JavaScript turned off: a plain form that posts and answers the whole page. */
class NoScriptBrowserTest extends BrowserTest {

	NoScriptBrowserTest() {
		super(false);
	}

	private String outcome() {
		return browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText();
	}

	@Test
	void javascriptIsReallyOff() {
		browser.driver.get(url("/playground"));
		assertThat(browser.driver.findElements(By.cssSelector(".CodeMirror"))).isEmpty();
		assertThat(browser.driver.findElement(By.id("manifests")).isDisplayed()).isTrue();
		assertThat(browser.driver.findElement(By.id("theme-toggle")).isDisplayed()).isFalse();
	}

	@Test
	void typedManifestsAreTracedByAFormPost() {
		browser.driver.get(url("/playground"));
		WebElement editor = browser.driver.findElement(By.id("manifests"));
		editor.clear();
		editor.sendKeys(WORKING);
		WebElement to = browser.driver.findElement(By.id("to"));
		to.clear();
		to.sendKeys("http://web/");
		WebElement old = browser.driver.findElement(By.id("result"));
		browser.driver.findElement(By.id("trace-button")).click();
		browser.waiting().until(Browser.replaced(old));
		assertThat(outcome()).isEqualTo("DELIVERED");
		assertThat(browser.driver.findElements(By.cssSelector("#result .hop"))).hasSize(5);
		assertThat(browser.driver.findElement(By.id("manifests")).getAttribute("value")).isEqualTo(WORKING);
		assertThat(browser.driver.findElement(By.cssSelector("#result .diagram")).isDisplayed()).isTrue();
	}

	@Test
	void failingTraceNamesTheLineAndTheFix() {
		browser.driver.get(url("/playground?example=second-port-misses"));
		assertThat(outcome()).isEqualTo("NO_ENDPOINTS");
		WebElement failing = browser.driver.findElement(By.cssSelector("#result .hop.fail"));
		assertThat(failing.getText()).contains("targetPort admin", "fix:", "line 16");
	}

	@Test
	void routeMapButtonPostsItsRequest() {
		browser.driver.get(url("/playground?example=second-port-misses"));
		WebElement pick = browser.driver.findElement(By.cssSelector("#routes-section button.pick[data-to$=':80']"));
		String to = pick.getAttribute("data-to");
		pick.click();
		browser.waiting().until(Browser.replaced(pick));
		assertThat(browser.driver.findElement(By.id("to")).getAttribute("value")).isEqualTo(to);
		assertThat(outcome()).isEqualTo("DELIVERED");
	}

	@Test
	void shareLinkOpensWithoutJavaScript() {
		browser.driver.get(url("/playground?example=working-web"));
		String hops = browser.driver.findElement(By.cssSelector("#result .hops")).getText();
		browser.driver.findElement(By.id("share-link")).click();
		browser.waiting().until(ExpectedConditions.urlContains("?s="));
		assertThat(outcome()).isEqualTo("DELIVERED");
		assertThat(browser.driver.findElement(By.cssSelector("#result .hops")).getText()).isEqualTo(hops);
		assertThat(browser.driver.findElement(By.id("manifests")).getAttribute("value")).isEqualTo(WORKING);
	}

	@Test
	void examplesMenuWorksWithoutJavaScript() {
		browser.driver.get(url("/playground"));
		browser.driver.findElement(By.cssSelector("#examples summary")).click();
		browser.driver.findElement(By.cssSelector("#examples a[data-example='working-web']")).click();
		browser.waiting().until(ExpectedConditions.urlContains("example=working-web"));
		assertThat(outcome()).isEqualTo("DELIVERED");
	}
}
