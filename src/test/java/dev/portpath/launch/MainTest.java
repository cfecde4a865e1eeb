package dev.portpath.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.portpath.cli.Cli;

/**
 * The jar's Main-Class in a JVM of its own, as {@code java -jar target/portpath.jar ARGS} runs it: the
 * bytes on standard output (flushed before System.exit) and the exit code, which an in-process test of
 * {@link Cli} cannot see.
 */
class MainTest {

	record Exit(int code, String out, String err) {
	}

	static Exit main(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), Main.class.getName()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).start();
		p.getOutputStream().close();
		// a command the CLI does not take would start the web server, which never exits by itself
		if (!p.waitFor(30, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("portpath " + String.join(" ", args) + " did not exit: the web server started");
		}
		return new Exit(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
				new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	@Test
	void versionIsOneLineEndingWithANewline() throws Exception {
		Exit e = main("--version");
		assertThat(e.code()).isZero();
		assertThat(e.out()).startsWith("PortPath ").endsWith("\n").containsOnlyOnce("\n");
		assertThat(e.err()).isEmpty();
	}

	@Test
	void mistypedCommandExitsTwoWithoutStartingTheServer() throws Exception {
		Exit e = main("chek", "--file", "x.yaml");
		assertThat(e.code()).isEqualTo(2);
		assertThat(e.out()).isEmpty();
		assertThat(e.err()).contains("unknown command 'chek'; did you mean 'check'?").doesNotContain("Tomcat");
	}
}
