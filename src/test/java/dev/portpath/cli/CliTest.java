package dev.portpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
	void onlyCommandsAreHandledByTheCli() {
		assertThat(Cli.handles(new String[] { "trace" })).isTrue();
		assertThat(Cli.handles(new String[] {})).isFalse();
		assertThat(Cli.handles(new String[] { "--server.port=8081" })).isFalse();
	}
}
