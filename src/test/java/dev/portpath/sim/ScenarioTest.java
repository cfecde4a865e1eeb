package dev.portpath.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import dev.portpath.sim.parse.Source;
import dev.portpath.sim.render.JsonRenderer;
import dev.portpath.sim.render.TextRenderer;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/**
 * Golden scenarios: one folder per journey under src/test/resources/scenarios/TOPIC/NAME with the
 * manifests, a scenario.yaml (the request and what real Kubernetes does, written by hand), and the
 * expected trace or check output. The hand-written expectations are asserted first; then the whole
 * output must equal the golden files. Run with -Dgolden.update=true to rewrite the golden files after
 * a deliberate change; on a mismatch the actual output is written under target/golden-actual.
 */
class ScenarioTest {

	static final Path ROOT = Path.of("src/test/resources/scenarios");

	static final boolean UPDATE = Boolean.getBoolean("golden.update");

	/** Every key a scenario file may have; {@code mistake} is read by MistakeTableTest, {@code source} by readers. */
	static final Set<String> KEYS = Set.of("description", "source", "mistake", "command", "from", "to", "expect",
			"kubernetesVersion", "method", "headers", "sni");

	static final Set<String> EXPECT_KEYS = Set.of("outcome", "container", "port", "endpoints", "failStep", "warnStep",
			"errorLine", "errors", "warnings", "infos", "notSimulated", "symptom", "redirect", "receivedPath",
			"receivedHeaders", "absentHeaders", "mirrors", "responseHeaders", "pod");

	@TestFactory
	Stream<DynamicTest> scenarios() throws IOException {
		List<Path> dirs;
		try (Stream<Path> walk = Files.walk(ROOT)) {
			dirs = walk.filter(p -> Files.exists(p.resolve("scenario.yaml"))).sorted().toList();
		}
		assertThat(dirs).as("scenario folders").hasSizeGreaterThanOrEqualTo(60);
		return dirs.stream().map(d -> DynamicTest.dynamicTest(ROOT.relativize(d).toString(), () -> {
			try {
				run(d);
			}
			catch (AssertionError ex) {
				throw new AssertionError(ROOT.relativize(d) + ": " + ex.getMessage(), ex);
			}
		}));
	}

	@SuppressWarnings("unchecked")
	private void run(Path dir) throws IOException {
		Map<String, Object> scenario = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Files.readString(dir.resolve("scenario.yaml")));
		Map<String, Object> expect = (Map<String, Object>) scenario.getOrDefault("expect", Map.of());
		assertThat(scenario.keySet()).as("keys of scenario.yaml (each one is read by a test)").isSubsetOf(KEYS);
		assertThat(expect.keySet()).as("keys of expect in scenario.yaml").isSubsetOf(EXPECT_KEYS);
		List<Source> sources = sources(dir);
		// A scenario may be judged by another release than the default (kubernetesVersion: "1.35").
		KubernetesVersion version = KubernetesVersion
			.parse(Objects.toString(scenario.get("kubernetesVersion"), KubernetesVersion.DEFAULT.label()))
			.orElseThrow(() -> new AssertionError("kubernetesVersion is " + KubernetesVersion.choices()));
		Engine engine = new Engine().withKubernetesVersion(version);
		String command = String.valueOf(scenario.getOrDefault("command", "trace"));
		if (command.equals("check")) {
			CheckReport report = engine.check(sources);
			checkExpectations(report, expect);
			notSimulatedExpectation(report.notSimulatedKinds(), expect);
			golden(dir.resolve("check.json"), new JsonRenderer(version).check(report));
			golden(dir.resolve("check.txt"), new TextRenderer(version).check(report));
			return;
		}
		Trace trace = engine.trace(sources, Objects.toString(scenario.get("from"), "shell"),
				String.valueOf(scenario.get("to")), HttpExpectations.options(scenario));
		traceExpectations(trace, expect);
		notSimulatedExpectation(trace.notSimulated(), expect);
		HttpExpectations.check(trace, expect);
		golden(dir.resolve("trace.json"), new JsonRenderer(version).trace(trace));
		golden(dir.resolve("trace.txt"), new TextRenderer(version).trace(trace));
	}

	static List<Source> sources(Path dir) throws IOException {
		List<Source> sources = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path f : files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("scenario.yaml"))
				.sorted()
				.toList()) {
				sources.add(new Source(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
			}
		}
		return sources;
	}

	private static void traceExpectations(Trace t, Map<String, Object> expect) {
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(t.outcome().name()).as("outcome").isEqualTo(expect.get("outcome"));
		if (expect.containsKey("container")) {
			soft.assertThat(t.delivered().map(e -> e.container()).orElse(null)).as("delivered container")
				.isEqualTo(expect.get("container"));
		}
		if (expect.containsKey("port")) {
			Integer port = t.delivered().map(e -> e.port())
				.orElse(t.endpoints().isEmpty() ? null : t.endpoints().get(0).port());
			soft.assertThat(port).as("port").isEqualTo(expect.get("port"));
		}
		if (expect.containsKey("endpoints")) {
			soft.assertThat(t.endpoints()).as("endpoints").hasSize((Integer) expect.get("endpoints"));
		}
		Hop failed = t.hops().stream().filter(h -> h.status() == Status.FAIL).findFirst().orElse(null);
		if (expect.containsKey("failStep")) {
			soft.assertThat(failed == null ? null : failed.step().word()).as("first failing step").isEqualTo(expect.get("failStep"));
		}
		if (expect.containsKey("warnStep")) {
			soft.assertThat(t.hops().stream().filter(h -> h.status() == Status.WARN).map(h -> h.step().word()).toList())
				.as("steps with a warning").contains((String) expect.get("warnStep"));
		}
		if (expect.containsKey("errorLine")) {
			Set<Integer> lines = new TreeSet<>();
			if (failed != null) {
				failed.refs().forEach(r -> lines.add(r.line()));
			}
			t.errors().forEach(e -> lines.add(e.line()));
			soft.assertThat(lines).as("lines the failure points at").contains((Integer) expect.get("errorLine"));
		}
		if (failed != null) {
			soft.assertThat(failed.refs()).as("a failing hop names a line").isNotEmpty();
		}
		soft.assertAll();
	}

	@SuppressWarnings("unchecked")
	private static void checkExpectations(CheckReport r, Map<String, Object> expect) {
		SoftAssertions soft = new SoftAssertions();
		if (expect.containsKey("errors")) {
			Set<String> codes = r.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
				.map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
			if (!r.errors().isEmpty()) {
				codes.add("api-validation");
			}
			soft.assertThat(codes).as("error codes").isEqualTo(new TreeSet<>((List<String>) expect.get("errors")));
		}
		for (Finding.Severity severity : List.of(Finding.Severity.WARNING, Finding.Severity.INFO)) {
			String key = severity == Finding.Severity.WARNING ? "warnings" : "infos";
			if (expect.containsKey(key)) {
				Set<String> codes = r.findings().stream().filter(f -> f.severity() == severity)
					.map(Finding::code).collect(Collectors.toSet());
				soft.assertThat(codes).as(key.replace("s", "") + " codes").containsAll((List<String>) expect.get(key));
			}
		}
		soft.assertAll();
	}

	/** {@code notSimulated}: what the answer must say it did not simulate, most important first (the kinds' names). */
	@SuppressWarnings("unchecked")
	private static void notSimulatedExpectation(List<NotSimulated> report, Map<String, Object> expect) {
		if (expect.containsKey("notSimulated")) {
			assertThat(report.stream().map(NotSimulated::what).toList()).as("kinds reported as not simulated")
				.isEqualTo(expect.get("notSimulated"));
		}
	}

	private static void golden(Path file, String actual) {
		try {
			if (UPDATE) {
				Files.writeString(file, actual, StandardCharsets.UTF_8);
				return;
			}
			if (!Files.exists(file)) {
				writeActual(file, actual);
				fail("no golden file " + file + "; run with -Dgolden.update=true to create it");
			}
			String expected = Files.readString(file, StandardCharsets.UTF_8);
			if (!expected.equals(actual)) {
				writeActual(file, actual);
			}
			assertThat(actual).as("golden " + file + " (actual written under target/golden-actual)").isEqualTo(expected);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void writeActual(Path file, String actual) throws IOException {
		Path out = Path.of("target/golden-actual").resolve(ROOT.relativize(file));
		Files.createDirectories(out.getParent());
		Files.writeString(out, actual, StandardCharsets.UTF_8);
	}
}
