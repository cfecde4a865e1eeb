package dev.portpath.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/**
 * Every route of every working application in the corpus: each Service port by name from a shell in its
 * namespace, each nodePort from outside, and a port-forward to each workload. None may crash, a failing
 * hop always names a line, and check reports no error on a working app. The corpus is vendored under
 * src/test/resources/corpus (sources and licences in its SOURCES.md), so this runs on every clone.
 */
class CorpusTraceTest {

	static final Path CORPUS = Path.of("src/test/resources/corpus");

	@TestFactory
	Stream<DynamicTest> everyRouteOfEveryApp() throws IOException {
		List<Path> apps;
		try (Stream<Path> list = Files.list(CORPUS)) {
			apps = list.filter(Files::isDirectory).filter(app -> !app.endsWith("LICENSES")).sorted().toList();
		}
		// an empty folder would pass silently, and this test is what keeps the engine honest on real apps
		assertThat(apps).as("applications in " + CORPUS).isNotEmpty();
		return apps.stream().map(app -> DynamicTest.dynamicTest(app.getFileName().toString(), () -> walk(app)));
	}

	private static void walk(Path app) throws IOException {
		List<Source> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(app)) {
			for (Path f : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList()) {
				sources.add(new Source(app.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
			}
		}
		if (sources.isEmpty()) {
			return;
		}
		Engine engine = new Engine();
		Engine.Prepared prepared = engine.prepare(sources);
		SoftAssertions soft = new SoftAssertions();
		soft.assertThat(engine.check(sources).findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR))
			.as(app + ": error findings on a working app").isEmpty();
		List<String[]> requests = new ArrayList<>();
		for (Service s : prepared.cluster().services()) {
			for (ServicePort sp : s.ports()) {
				String scheme = sp.protocol() == dev.portpath.sim.trace.Protocol.UDP ? "udp://" : sp.protocol() == dev.portpath.sim.trace.Protocol.SCTP ? "sctp://" : "tcp://";
				requests.add(new String[] { s.namespace() + "/shell", scheme + s.name() + "." + s.namespace() + ":" + sp.port() });
				if (sp.nodePort() != 0) {
					requests.add(new String[] { "external", scheme + "node:" + sp.nodePort() });
				}
				requests.add(new String[] { "shell", "port-forward:" + s.namespace() + "/svc/" + s.name() + ":" + sp.port() });
			}
		}
		for (Workload w : prepared.cluster().workloads()) {
			requests.add(new String[] { "shell", "port-forward:" + w.namespace() + "/" + w.kind().toLowerCase() + "/" + w.name() + ":80" });
			if (w.replicas() > 0) {
				requests.add(new String[] { w.namespace() + "/" + w.kind().toLowerCase() + "/" + w.name(), "localhost:8080" });
			}
		}
		for (String[] r : requests) {
			Trace t;
			try {
				t = engine.trace(prepared, new dev.portpath.sim.trace.Request(r[0], r[1]));
			}
			catch (BadRequestException ex) {
				soft.fail(app + ": " + r[0] + " -> " + r[1] + " was refused as a bad request: " + ex.getMessage());
				continue;
			}
			soft.assertThat(t.outcome()).as(app + ": " + r[0] + " -> " + r[1]).isNotEqualTo(Outcome.INVALID);
			for (Hop h : t.hops()) {
				if (h.status() == Status.FAIL) {
					soft.assertThat(h.refs()).as(app + ": " + r[0] + " -> " + r[1] + " failing hop " + h.step() + " names a line")
						.isNotEmpty();
				}
			}
		}
		assertThat(requests).isNotEmpty();
		soft.assertAll();
	}
}
