package dev.portpath.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
}
