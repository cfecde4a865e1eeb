package dev.portpath.sim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;

/**
 * PortPath's SARIF is valid against the OASIS SARIF 2.1.0 schema (vendored with its licence under
 * src/test/resources/sarif), for every check scenario, with rule metadata and a fingerprint on every result.
 */
class SarifSchemaTest {

	private static JsonSchema schema;

	private static final ObjectMapper JSON = new ObjectMapper();

	@BeforeAll
	static void schema() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json"))) {
			schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
		}
	}

	static Stream<Path> checkScenarios() throws IOException {
		try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/scenarios"))) {
			List<Path> dirs = walk.filter(p -> p.getFileName().toString().equals("check.json")).map(Path::getParent)
				.sorted().toList();
			return dirs.stream();
		}
	}

	@org.junit.jupiter.api.Test
	void withoutAHelpUrlRulesCarryTheirHelpAsText() throws IOException {
		JsonNode sarif = JSON.readTree(new SarifRenderer().check(new Engine().check(List.of(new Source("m.yaml", """
				apiVersion: v1
				kind: Service
				metadata: {name: api}
				spec:
				  selector: {app: api}
				  ports: [{port: 80}]
				""")))));
		assertThat(schema.validate(sarif)).isEmpty();
		JsonNode rule = sarif.get("runs").get(0).get("tool").get("driver").get("rules").get(0);
		assertThat(rule.has("helpUri")).isFalse();
		assertThat(rule.path("help").path("text").asText()).contains("Finding codes (check)");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("checkScenarios")
	void everyCheckScenarioIsValidSarif(Path dir) throws IOException {
		List<Source> sources;
		try (Stream<Path> files = Files.list(dir)) {
			sources = files.filter(f -> f.toString().endsWith(".yaml") && !f.endsWith("scenario.yaml")).sorted()
				.map(SarifSchemaTest::source).toList();
		}
		CheckReport report = new Engine().check(sources);
		JsonNode sarif = JSON.readTree(new SarifRenderer().withHelp("https://example.org/portpath/README.md").check(report));
		Set<ValidationMessage> errors = schema.validate(sarif);
		assertThat(errors).as("SARIF schema violations").isEmpty();
		JsonNode run = sarif.get("runs").get(0);
		assertThat(run.get("results")).allSatisfy(r -> {
			assertThat(r.path("partialFingerprints").path(SarifRenderer.FINGERPRINT).asText()).hasSize(32);
		});
		assertThat(run.get("tool").get("driver").get("rules")).allSatisfy(rule -> {
			assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
			assertThat(rule.path("helpUri").asText()).isEqualTo("https://example.org/portpath/README.md#finding-codes-check");
		});
	}

	private static Source source(Path f) {
		try {
			return new Source(f.getFileName().toString(), Files.readString(f));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}
}
