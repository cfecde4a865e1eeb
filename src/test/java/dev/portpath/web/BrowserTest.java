package dev.portpath.web;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A browser test class: one headless Chromium ({@link Browser}) for the whole class, with or without JavaScript,
 * against the {@link RunningApp}. Before each test the browser shows the light desktop viewport (when it runs
 * scripts); after each, the page may have logged no console error. A class's own setup goes in its own
 * {@code @BeforeAll}/{@code @BeforeEach} (JUnit runs these after the ones here), under other names: the ones
 * here are final.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest extends RunningApp {

	private final boolean javaScript;

	protected Browser browser;

	protected BrowserTest(boolean javaScript) {
		this.javaScript = javaScript;
	}

	@BeforeAll
	protected final void startBrowser() throws IOException {
		browser = Browser.start(javaScript);
	}

	@AfterAll
	protected final void stopBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@BeforeEach
	protected final void desktopViewport() {
		if (startsOnDesktop()) {
			browser.viewport(1400, 1000, false, "light");
		}
	}

	@AfterEach
	protected final void noConsoleErrors() {
		if (checksConsoleErrors()) {
			browser.assertNoConsoleErrors();
		}
	}

	/**
	 * Whether each test starts in the light desktop viewport: with JavaScript, unless the class sets a viewport
	 * itself for every page; without it the window's own size stands.
	 */
	protected boolean startsOnDesktop() {
		return javaScript;
	}

	/** Whether each test ends with a check that the browser logged no console error. */
	protected boolean checksConsoleErrors() {
		return true;
	}

	/** Loads a page of the app and waits until it is {@link #ready(String)}, with what {@link #readyAlso} asks. */
	protected void open(String path) {
		browser.driver.get(url(path));
		ready(readyAlso(path));
	}

	/**
	 * Waits for the page's scripts: the document loaded, htmx there, and {@code also} (a JavaScript expression,
	 * such as an editor's being there; nothing if empty) true.
	 */
	protected void ready(String also) {
		browser.waiting().until(d -> Boolean.TRUE.equals(browser.js("return document.readyState === 'complete'"
				+ " && typeof window.htmx !== 'undefined'" + (also.isEmpty() ? "" : " && " + also))));
	}

	/** What else the page at {@code path} must have before {@link #open} returns (see {@link #ready}): nothing. */
	protected String readyAlso(String path) {
		return "";
	}
}
