package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The playground's new parts with JavaScript turned off: compare is a plain form post that answers the whole
 * page, the HTTP details post with the form, a paste without the old target follows it, the example's caption
 * goes with the example's text.
 */
class PlaygroundNoScriptPasteTest extends BrowserTest {

	PlaygroundNoScriptPasteTest() {
		super(false);
	}

	/** Types into a field the way a user would (no script runs in the page, so the driver sets the text). */
	private void fill(String id, String text) {
		WebElement field = browser.driver.findElement(By.id(id));
		field.clear();
		// sendKeys of a whole manifest is slow; the driver's own script is allowed where the page's is not
		((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", field, text);
	}

	private void submitWith(String buttonId) {
		WebElement old = browser.driver.findElement(By.id("result"));
		browser.driver.findElement(By.id(buttonId)).click();
		browser.waiting().until(Browser.replaced(old));
	}

	@Test
	void compareIsAFormPostThatAnswersTheWholePage() {
		browser.driver.get(url("/playground?example=working-web"));
		browser.driver.findElement(By.cssSelector("#compare summary")).click();
		fill("base", WORKING);
		fill("manifests", WORKING.replace("targetPort: 80", "targetPort: 8080"));
		submitWith("compare-button");
		WebElement diff = browser.driver.findElement(By.id("diff"));
		assertThat(diff.getText()).contains("1 broke", "web:80/TCP", "now UNDECLARED_PORT");
		assertThat(browser.driver.findElement(By.id("compare")).getAttribute("open")).isNotNull();
		assertThat(browser.driver.findElement(By.id("base")).getAttribute("value")).isEqualTo(WORKING);
		// the trace button on a diff row traces that route, still a form post
		WebElement old = browser.driver.findElement(By.id("result"));
		diff.findElement(By.cssSelector("button.pick")).click();
		browser.waiting().until(Browser.replaced(old));
		assertThat(browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText()).isEqualTo("UNDECLARED_PORT");
	}

	@Test
	void aPasteWithoutTheOldTargetFollowsItAndTheCaptionGoes() {
		browser.driver.get(url("/playground"));
		assertThat(browser.driver.findElement(By.id("example-story")).isDisplayed()).isTrue();
		fill("manifests", WORKING + "\n# mine\n");
		submitWith("trace-button");
		assertThat(browser.driver.findElement(By.cssSelector("#result .followed")).getText()).contains("followed your paste");
		assertThat(browser.driver.findElement(By.cssSelector("#result .outcome-name")).getText()).isEqualTo("DELIVERED");
		assertThat(browser.driver.findElement(By.id("example-story")).isDisplayed()).isFalse();
		assertThat(new Select(browser.driver.findElement(By.id("from"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo(browser.driver.findElement(By.cssSelector("#trace-title .request-echo code")).getText());
	}

	@Test
	void theHttpDetailsPostWithTheForm() {
		browser.driver.get(url("/playground?example=working-web"));
		browser.driver.findElement(By.cssSelector("#http-details summary")).click();
		new Select(browser.driver.findElement(By.id("method"))).selectByValue("DELETE");
		fill("headers", "X-Canary: true");
		submitWith("trace-button");
		assertThat(browser.driver.findElement(By.cssSelector("#result dl.http-result")).getText())
			.contains("DELETE web/ · x-canary: true");
		assertThat(browser.driver.findElement(By.id("http-details")).getAttribute("open")).isNotNull();
	}
}
