package dev.portpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Trace;

/**
 * PortPath checks the manifests that run PortPath: deploy/kubernetes.yaml must apply cleanly, have no
 * error finding, and route a browser's request through the Ingress and the Service to port 8080 of
 * every replica.
 */
class DeployManifestTest {

	static final Path FILE = Path.of("deploy/kubernetes.yaml");

	static List<Source> sources;

	@BeforeAll
	static void read() throws IOException {
		sources = List.of(new Source("kubernetes.yaml", Files.readString(FILE)));
	}

	@Test
	void checkFindsNoApiErrorAndNoErrorFinding() {
		CheckReport report = new Engine().check(sources);
		assertThat(report.errors()).as("API errors").isEmpty();
		assertThat(report.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR))
			.as("error findings")
			.isEmpty();
		assertThat(report.hasErrors()).isFalse();
	}

	@Test
	void browserRequestIsDeliveredToContainerPort8080() {
		Trace trace = new Engine().trace(sources, "external", "http://portpath.example.com/");
		assertThat(trace.outcome()).as("outcome (symptom: " + trace.symptom() + ")").isEqualTo(Outcome.DELIVERED);
		assertThat(trace.delivered()).isPresent();
		Endpoint delivered = trace.delivered().get();
		assertThat(delivered.namespace()).isEqualTo("portpath");
		assertThat(delivered.container()).isEqualTo("portpath");
		assertThat(delivered.port()).isEqualTo(8080);
		assertThat(trace.endpoints()).as("one endpoint per replica").hasSize(3)
			.allSatisfy(e -> assertThat(e.port()).isEqualTo(8080));
		assertThat(trace.hops()).extracting(h -> h.step().word()).contains("ingress", "service", "endpoints", "container");
	}

	@Test
	void inClusterRequestThroughTheServicePortIsDelivered() {
		Trace trace = new Engine().trace(sources, "portpath/shell", "http://portpath/");
		assertThat(trace.outcome()).as("outcome (symptom: " + trace.symptom() + ")").isEqualTo(Outcome.DELIVERED);
		assertThat(trace.delivered().map(Endpoint::port)).contains(8080);
	}

	/** The image and the Deployment run the JVM with the same flags: the Deployment's env overrides the image's. */
	@Test
	void deploymentRunsTheJvmWithTheImageFlags() throws IOException {
		Map<String, String> image = new LinkedHashMap<>();
		Matcher env = Pattern.compile("(?m)^ENV (\\w+)=\"?(.*?)\"?$").matcher(Files.readString(Path.of("Dockerfile")));
		while (env.find()) {
			image.put(env.group(1), env.group(2));
		}
		Map<String, String> deployment = new LinkedHashMap<>();
		for (Object doc : new Yaml().loadAll(Files.readString(FILE))) {
			if (doc instanceof Map<?, ?> m && "Deployment".equals(m.get("kind"))) {
				for (Map<?, ?> e : containerEnv(m)) {
					deployment.put(String.valueOf(e.get("name")), String.valueOf(e.get("value")));
				}
			}
		}
		assertThat(image).containsKeys("JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");
		assertThat(image.get("JAVA_TOOL_OPTIONS")).contains("-Xmx", "-XX:MaxMetaspaceSize=", "-XX:+ExitOnOutOfMemoryError");
		assertThat(deployment).containsAllEntriesOf(image);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<?, ?>> containerEnv(Map<?, ?> deployment) {
		Map<?, ?> spec = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) deployment.get("spec")).get("template")).get("spec");
		Map<?, ?> container = ((List<Map<?, ?>>) spec.get("containers")).get(0);
		return (List<Map<?, ?>>) container.get("env");
	}
}
