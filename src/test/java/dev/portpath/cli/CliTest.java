package dev.portpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's exit codes and outputs, as the trace contract fixes them. */
class CliTest {

	static final String YAML = """
			apiVersion: v1
			kind: Pod
			metadata: {name: web, labels: {app: web}}
			spec:
			  containers:
			  - name: app
			    ports: [{name: http, containerPort: 8080}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: web}
			spec:
			  selector: {app: web}
			  ports: [{port: 80, targetPort: http}]
			""";

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	Path file(String text) throws Exception {
		Path f = dir.resolve("m.yaml");
		Files.writeString(f, text);
		return f;
	}

	@Test
	void traceExitsZeroForAnyOutcome() throws Exception {
		Path f = file(YAML);
		Run ok = run("trace", "--file", f.toString(), "--to", "http://web/", "--output", "json");
		assertThat(ok.code()).isZero();
		assertThat(ok.out()).contains("\"outcome\" : \"DELIVERED\"");
		Run broken = run("trace", "--file", f.toString(), "--to", "web:81");
		assertThat(broken.code()).isZero();
		assertThat(broken.out()).contains("NO_SUCH_SERVICE_PORT").contains("m.yaml:14");
	}

	@Test
	void checkExitsOneOnErrorsAndZeroWhenClean() throws Exception {
		assertThat(run("check", "--file", file(YAML).toString()).code()).isZero();
		Run broken = run("check", "--file", file(YAML.replace("targetPort: http", "targetPort: web")).toString());
		assertThat(broken.code()).isEqualTo(1);
		assertThat(broken.out()).contains("named-target-port-not-found");
	}

	@Test
	void checkWritesSarif() throws Exception {
		Run sarif = run("check", "--file", file(YAML.replace("targetPort: http", "targetPort: web")).toString(), "-o", "sarif");
		assertThat(sarif.out()).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"named-target-port-not-found\"")
			.contains("\"startLine\" : 14");
	}

	@Test
	void badArgumentsExitTwo() throws Exception {
		assertThat(run("trace", "--to", "web:80").code()).isEqualTo(2);
		assertThat(run("trace", "--file", file(YAML).toString()).code()).isEqualTo(2);
		assertThat(run("check", "--file", file(YAML).toString(), "-o", "xml").code()).isEqualTo(2);
		Run unknownFrom = run("trace", "--file", file(YAML).toString(), "--from", "deploy/x", "--to", "web:80");
		assertThat(unknownFrom.code()).isEqualTo(2);
		assertThat(unknownFrom.err()).contains("no Deployment named x");
	}

	@Test
	void unreadableInputExitsTwoWithTheLine() throws Exception {
		Run r = run("check", "--file", file("kind: Service\nspec:\n  ports: [x\n").toString());
		assertThat(r.code()).isEqualTo(2);
		assertThat(r.err()).contains("m.yaml:4").contains("YAML cannot be parsed");
		assertThat(run("check", "--file", dir.resolve("missing.yaml").toString()).code()).isEqualTo(2);
	}

	@Test
	void aHelmTemplateIsAnsweredWithHelmTemplateAdviceFirst() throws Exception {
		Run r = run("check", "--file", file("apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include \"web.fullname\" . }}-x\n"
				+ "spec:\n  ports:\n  - port: {{ .Values.service.port }}\n").toString());

		assertThat(r.code()).isEqualTo(2);
		assertThat(r.err()).startsWith("portpath: " + dir.resolve("m.yaml") + ":4: line 4 holds template markup")
			.contains("run `helm template RELEASE CHART`").contains("YAML cannot be parsed at line 4");
	}

	@Test
	void checkAndTraceSayFirstWhatWasNotSimulated() throws Exception {
		Path f = file(YAML + "---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [m.yaml]\n"
				+ "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n");

		Run check = run("check", "--file", f.toString());
		assertThat(check.code()).isZero();
		assertThat(check.out()).startsWith("i not simulated Kustomization ×1 (kustomize.config.k8s.io)")
			.contains("advice: run `kubectl kustomize DIR`").contains("i not simulated ConfigMap ×1: no effect");
		Run trace = run("trace", "--file", f.toString(), "--to", "web:80", "-o", "json");
		assertThat(trace.out()).contains("\"notSimulatedKinds\" : [ {").contains("\"effect\" : \"build\"");
		assertThat(run("trace", "--file", file(YAML).toString(), "--to", "web:80", "-o", "json").out())
			.doesNotContain("notSimulatedKinds");
	}

	@Test
	void aMillionPodJobIsCheckedWithinTheLimits() throws Exception {
		Run r = run("check", "--file", file(dev.portpath.sim.WorkLimitsTest.MILLION_POD_JOB).toString());
		assertThat(r.code()).isZero();
		assertThat(r.out()).contains("pods-sampled").contains("simulates 2000 of them");
		Run fewer = run("check", "--file", file(dev.portpath.sim.WorkLimitsTest.MILLION_POD_JOB).toString(), "--max-pods", "10");
		assertThat(fewer.out()).contains("simulates 10 of them");
	}

	@Test
	void limitsAreFlagsAndARefusalIsOneSentence() throws Exception {
		Run r = run("check", "--file", file(YAML).toString(), "--max-objects", "1");
		assertThat(r.code()).isEqualTo(2);
		assertThat(r.err()).contains("more than 1 objects").contains("--max-objects").doesNotContain("Exception")
			.doesNotContain("\tat ");
		assertThat(run("check", "--file", file(YAML).toString(), "--max-seconds", "0").code()).isEqualTo(2);
		assertThat(run("check", "--file", file(YAML).toString(), "--max-pods", "x").err())
			.contains("--max-pods needs a positive number");
	}

	/** The arguments of a table row: words split on spaces, none for an empty cell. */
	static String[] args(String line) {
		return line.isEmpty() ? new String[0] : line.split(" ");
	}

	@ParameterizedTest(name = "[{0}] handled by the CLI: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			''                                                 | false
			--server.port=8081                                 | false
			--server.port=8081 --spring.profiles.active=demo   | false
			--debug                                            | false
			trace --file m.yaml --to web:80                    | true
			check --file m.yaml                                | true
			content-check content                              | true
			help                                               | true
			--help                                             | true
			-h                                                 | true
			--version                                          | true
			-V                                                 | true
			chek --file m.yaml                                 | true
			manifests.yaml                                     | true
			--file m.yaml                                      | true
			--file=m.yaml                                      | true
			--server.port 8081                                 | true
			-Dserver.port=8081                                 | true
			--server.port=8081 --version                       | true
			""")
	void onlyNoArgumentsOrOnlySpringOptionsStartTheServer(String line, boolean handled) {
		assertThat(Cli.handles(args(line))).isEqualTo(handled);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', nullValues = "none", textBlock = """
			chek           | check
			chcek          | check
			CHECK          | check
			trce           | trace
			tarce          | trace
			hlep           | help
			content        | content-check
			contentcheck   | content-check
			conten-check   | content-check
			serve          | none
			manifests.yaml | none
			x              | none
			""")
	void unknownWordIsAnErrorNamingTheCommandsAndTheNearest(String word, String nearest) {
		Run r = run(word, "--file", "m.yaml");
		assertThat(r.code()).isEqualTo(2);
		assertThat(r.out()).isEmpty();
		assertThat(r.err()).startsWith("portpath: unknown command '" + word + "'")
			.contains("The commands are trace, check, routes, diff, content-check and help.", "Run 'portpath --help' for usage.");
		if (nearest != null) {
			assertThat(r.err()).contains("did you mean '" + nearest + "'?");
		}
		else {
			assertThat(r.err()).startsWith("portpath: unknown command '" + word + "'. The commands are");
		}
	}

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = ';', quoteCharacter = '"', textBlock = """
			--file m.yaml                ; --file belongs after a command: portpath trace|check|routes|diff --file ...
			--to=web:80                  ; --to belongs after a command
			--server.port 8081           ; '8081' is neither a command nor a --name=value option of the web server
			-Dserver.port=8081           ; '-Dserver.port=8081' is neither a command nor a --name=value option
			--server.port=8081 --version ; --version goes first and alone: portpath --version
			""")
	void optionsThatAreNotOnlySpringsAreExplained(String line, String message) {
		Run r = run(args(line));
		assertThat(r.code()).isEqualTo(2);
		assertThat(r.out()).isEmpty();
		assertThat(r.err()).contains("portpath: " + message);
	}

	@ParameterizedTest(name = "{0} to {1}: {2}")
	@CsvSource(textBlock = """
			check, check, 0
			chek, check, 1
			chcek, check, 1
			chec, check, 1
			checks, check, 1
			trace, check, 4
			'', help, 4
			""")
	void distanceCountsASwapOfNeighboursAsOneEdit(String a, String b, int edits) {
		assertThat(dev.portpath.sim.Words.distance(a, b)).isEqualTo(edits);
		assertThat(dev.portpath.sim.Words.distance(b, a)).isEqualTo(edits);
	}

	@Test
	void versionIsOneLineEndingWithANewline() {
		Run r = run("--version");
		assertThat(r.code()).isZero();
		assertThat(r.out()).isEqualTo(Cli.VERSION + System.lineSeparator()).startsWith("PortPath ");
	}

	@Test
	void kubernetesVersionChangesWhatTheApiServerAccepts() throws Exception {
		Path f = file(YAML.replace("metadata: {name: web}\nspec:\n  selector", "metadata: {name: 1web}\nspec:\n  selector"));
		Run v136 = run("check", "--file", f.toString());
		assertThat(v136.code()).isZero();
		assertThat(v136.out()).endsWith("(Kubernetes 1.36)\n");
		Run v135 = run("check", "--file", f.toString(), "--kubernetes-version", "1.35", "-o", "json");
		assertThat(v135.code()).isEqualTo(1);
		assertThat(v135.out()).contains("a DNS-1035 label must consist of").contains("\"kubernetes\" : \"1.35\"");
		assertThat(run("trace", "--file", f.toString(), "--to", "http://1web/", "--kubernetes-version=1.35").out())
			.contains("INVALID").endsWith("(Kubernetes 1.35, iptables/nftables kube-proxy)\n");
	}

	@Test
	void anUnknownKubernetesVersionIsABadArgument() throws Exception {
		Run r = run("check", "--file", file(YAML).toString(), "--kubernetes-version", "1.34");
		assertThat(r.code()).isEqualTo(2);
		assertThat(r.err()).contains("portpath: --kubernetes-version is 1.35 or 1.36, not '1.34'");
	}
}
