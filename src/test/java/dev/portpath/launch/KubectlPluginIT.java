package dev.portpath.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/kubectl-portpath}, the kubectl plugin, against a stand-in kubectl that answers {@code get} with a
 * dump from the golden scenarios (and records what it was asked): the plugin must ask for the kinds PortPath
 * reads in the namespace given, and hand the List to portpath's check and trace.
 */
class KubectlPluginIT {

	static final Path PLUGIN = Path.of("bin", "kubectl-portpath").toAbsolutePath();

	static final Path DUMP = Path.of("src/test/resources/scenarios/live/stale-endpointslice/manifests.yaml").toAbsolutePath();

	@TempDir
	static Path dir;

	static Path kubectl;

	static Path asked;

	@BeforeAll
	static void fakeKubectl() throws IOException {
		assumeTrue(Files.isRegularFile(Path.of("target", "portpath.jar")), "no target/portpath.jar: run ./mvnw verify");
		asked = dir.resolve("asked.txt");
		kubectl = dir.resolve("kubectl");
		Files.writeString(kubectl, """
				#!/usr/bin/env bash
				echo "$*" >> '%s'
				case $1 in
				  api-resources) exit 0 ;;
				  get) [[ $2 == nodes,* ]] && echo 'apiVersion: v1
				kind: List
				items: []' || cat '%s' ;;
				  *) exit 1 ;;
				esac
				""".formatted(asked, DUMP));
		Files.setPosixFilePermissions(kubectl, PosixFilePermissions.fromString("rwx------"));
	}

	record Exit(int code, String out, String err) {
	}

	static Exit plugin(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PLUGIN.toString()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("KUBECTL", kubectl.toString());
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process p = builder.start();
		p.getOutputStream().close();
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("kubectl-portpath did not exit within 60 s");
		}
		return new Exit(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
				new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void checkAsksForEveryKindInTheNamespaceAndReportsTheStaleSlice() throws Exception {
		Files.deleteIfExists(asked);
		Exit e = plugin("check", "-n", "shop");
		assertThat(e.out()).contains("endpointslice-stale", "endpointslice-missing-pod");
		assertThat(e.code()).as(e.err()).isZero(); // warnings only
		assertThat(Files.readString(asked)).contains(
				"get services,endpointslices,endpoints,deployments,replicasets,statefulsets,daemonsets,jobs,cronjobs,pods,"
						+ "ingresses,networkpolicies --namespace shop -o yaml",
				"get nodes,namespaces,ingressclasses -o yaml");
	}

	@Test
	void traceFollowsTheDumpAndTakesPortPathsOptions() throws Exception {
		Exit e = plugin("trace", "-A", "--to", "http://web/", "--output", "json");
		assertThat(e.code()).as(e.err()).isZero();
		assertThat(e.out()).contains("\"outcome\" : \"DELIVERED\"");
		assertThat(Files.readString(asked)).contains("--all-namespaces -o yaml");
	}

	@Test
	void dumpPrintsWhatPortPathReads() throws Exception {
		Exit e = plugin("dump");
		assertThat(e.code()).isZero();
		assertThat(e.out()).contains("kind: EndpointSlice", "kind: List");
	}

	@Test
	void anUnknownCommandExitsTwoAndSaysWhich() throws Exception {
		Exit e = plugin("chek");
		assertThat(e.code()).isEqualTo(2);
		assertThat(e.err()).contains("unknown command 'chek' (check, trace or dump)");
	}
}
