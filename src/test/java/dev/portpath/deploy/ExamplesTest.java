package dev.portpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Trace;

/**
 * The playground's curated examples under content/examples/NAME: each folder holds manifests.yaml and
 * example.yaml (title, story, from, to, order, and the outcome real Kubernetes gives). The engine must
 * trace the default request to that outcome, so an example never tells a learner something the trace
 * contradicts.
 */
class ExamplesTest {

	static final Path ROOT = Path.of("content/examples");

	/**
	 * Examples whose outcome (what real Kubernetes does) the engine does not reproduce yet, with the
	 * reason. While the engine disagrees the example is reported as skipped, not passed; once the engine
	 * agrees, it passes like any other, and its entry here can go.
	 */

	static List<Path> exampleDirs() throws IOException {
		try (Stream<Path> list = Files.list(ROOT)) {
			return list.filter(Files::isDirectory).sorted().toList();
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> meta(Path dir) throws IOException {
		Object loaded = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Files.readString(dir.resolve("example.yaml")));
		assertThat(loaded).as(dir + "/example.yaml is a mapping").isInstanceOf(Map.class);
		return (Map<String, Object>) loaded;
	}

	@Test
	void thereAreAtLeastTwelveExamplesWithDistinctOrders() throws IOException {
		List<Path> dirs = exampleDirs();
		assertThat(dirs).as("example folders").hasSizeGreaterThanOrEqualTo(12);
		Set<Object> orders = new HashSet<>();
		for (Path dir : dirs) {
			assertThat(dir.getFileName().toString()).as("folder name").matches("[a-z0-9]+(-[a-z0-9]+)*");
			Object order = meta(dir).get("order");
			assertThat(order).as(dir + ": order").isInstanceOf(Integer.class);
			assertThat(orders.add(order)).as(dir + ": order " + order + " is unique").isTrue();
		}
	}

	@TestFactory
	Stream<DynamicTest> everyExampleTracesToItsOutcome() throws IOException {
		return exampleDirs().stream()
			.map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
	}

	private static void check(Path dir) throws IOException {
		String name = dir.getFileName().toString();
		assertThat(dir.resolve("manifests.yaml")).as(name + ": manifests.yaml").isRegularFile();
		Map<String, Object> meta = meta(dir);
		for (String field : List.of("title", "story", "from", "to", "outcome")) {
			assertThat(meta.get(field)).as(name + ": " + field).isInstanceOf(String.class);
			assertThat(((String) meta.get(field)).trim()).as(name + ": " + field).isNotEmpty();
		}
		assertThat((String) meta.get("story")).as(name + ": story is one line").doesNotContain("\n");
		assertThat(meta.get("order")).as(name + ": order").isInstanceOf(Integer.class);
		Outcome expected = Outcome.valueOf((String) meta.get("outcome"));

		String text = Files.readString(dir.resolve("manifests.yaml"));
		Trace trace = new Engine().trace(List.of(new Source("manifests.yaml", text)), (String) meta.get("from"),
				(String) meta.get("to"));

		assertThat(trace.outcome()).as(name + ": " + meta.get("from") + " -> " + meta.get("to") + " (symptom: "
				+ trace.symptom() + ")").isEqualTo(expected);
		if (expected == Outcome.INVALID) {
			assertThat(trace.errors()).as(name + ": API errors").isNotEmpty();
		}
		else {
			assertThat(trace.errors()).as(name + ": API errors").isEmpty();
			assertThat(trace.hops()).as(name + ": hops").isNotEmpty();
		}
		assertThat(trace.delivered().isPresent()).as(name + ": delivered").isEqualTo(expected == Outcome.DELIVERED);
		if (expected == Outcome.DELIVERED) {
			// a working example must not be flagged by check: an error finding on working manifests is a bug
			CheckReport report = new Engine().check(List.of(new Source("manifests.yaml", text)));
			assertThat(report.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR))
				.as(name + ": error findings on a working example").isEmpty();
		}
	}
}
