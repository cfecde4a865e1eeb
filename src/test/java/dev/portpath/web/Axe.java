package dev.portpath.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * axe-core in the browser: the vendored {@code axe.min.js} (src/test/resources/axe, see its SOURCES.md) is
 * injected into the page under test with Selenium's executeScript (the app never serves it), and its
 * violations come back as plain values. Every rule axe runs by default is run (WCAG 2.0-2.2 A and AA, and
 * axe's best practices).
 */
public final class Axe {

	/** Impacts that fail a page: axe's "serious" and "critical". */
	public static final Set<String> BLOCKING = Set.of("serious", "critical");

	private static String source;

	private Axe() {
	}

	/** One violated rule: its id, impact, help text and (up to five of) the elements that violate it. */
	public record Violation(String id, String impact, String help, List<String> targets) {

		public boolean blocking() {
			return BLOCKING.contains(impact);
		}

		@Override
		public String toString() {
			return impact + " " + id + " (" + help + ") at " + targets;
		}
	}

	private static synchronized String source() {
		if (source == null) {
			try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
				if (in == null) {
					throw new IllegalStateException("axe/axe.min.js is not on the test class path");
				}
				source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return source;
	}

	/** Runs axe over the whole document as it is now. */
	public static List<Violation> run(Browser browser) {
		if (!Boolean.TRUE.equals(browser.js("return typeof window.axe !== 'undefined'"))) {
			browser.js(source());
		}
		Object raw = browser.driver.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				window.axe.run(document, { resultTypes: ['violations'] }).then(function (r) {
				  done(r.violations.map(function (v) {
				    return { id: v.id, impact: v.impact || '', help: v.help,
				             targets: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }) };
				  }));
				}, function (e) { done([{ id: 'axe-error', impact: 'critical', help: String(e), targets: [] }]); });
				""");
		return ((List<?>) raw).stream().map(o -> (Map<?, ?>) o).map(m -> new Violation((String) m.get("id"),
				(String) m.get("impact"), (String) m.get("help"),
				((List<?>) m.get("targets")).stream().map(String::valueOf).toList())).toList();
	}
}
