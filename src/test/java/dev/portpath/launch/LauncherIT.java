package dev.portpath.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/portpath} from the built tree, as a user runs it: the script, target/portpath.jar and the
 * class-data sharing archive that package wrote beside it. So it runs after package, under failsafe, and
 * skips only when there is no jar (a test run without package). It checks exit codes and output, and that
 * the archive is one this JVM maps; how fast the launcher is, bench/cli-time measures.
 */
class LauncherIT {

	static final Path SCRIPT = Path.of("bin", "portpath").toAbsolutePath();

	static final Path JAR = Path.of("target", "portpath.jar").toAbsolutePath();

	static final Path ARCHIVE = Path.of("target", "portpath-cli.jsa").toAbsolutePath();

	/** Two files of a small vendored app: a Deployment and the Service in front of it. */
	static final String[] BACKEND = { "--file", "src/test/resources/corpus/podinfo/backend/deployment.yaml", "--file",
			"src/test/resources/corpus/podinfo/backend/service.yaml" };

	record Exit(int code, String out, String err) {
	}

	@BeforeAll
	static void builtTree() {
		assumeTrue(Files.isRegularFile(JAR), "no target/portpath.jar: run ./mvnw verify (the package phase builds it)");
	}

	/** Runs a command with JAVA_HOME set to this JVM, which is the one the archive was written with. */
	static Exit run(List<String> command) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
		Process p = builder.start();
		p.getOutputStream().close();
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not exit within 60 s");
		}
		return new Exit(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
				new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
	}

	static Exit portpath(Path script, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(script.toString()));
		command.addAll(List.of(args));
		return run(command);
	}

	static String[] with(String[] first, String... more) {
		List<String> all = new ArrayList<>(List.of(first));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

	@Test
	void versionIsOneLine() throws Exception {
		Exit e = portpath(SCRIPT, "--version");
		assertThat(e.code()).isZero();
		assertThat(e.out()).startsWith("PortPath ").endsWith("\n").containsOnlyOnce("\n");
		assertThat(e.err()).isEmpty();
	}

	@Test
	void checkOfAWorkingAppExitsZeroAndPrintsWhatTheJarPrints() throws Exception {
		Exit e = portpath(SCRIPT, with(new String[] { "check" }, BACKEND));
		assertThat(e.code()).isZero();
		assertThat(e.out()).endsWith("0 error(s), 0 warning(s), 0 info (Kubernetes 1.36)\n");
		assertThat(e.err()).isEmpty();
		List<String> jar = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString(), "check"));
		jar.addAll(List.of(BACKEND));
		assertThat(run(jar)).isEqualTo(e);
	}

	@Test
	void checkWithAnErrorExitsOne() throws Exception {
		Exit e = portpath(SCRIPT, "check", "--file", "content/examples/selector-typo/manifests.yaml", "-o", "sarif");
		assertThat(e.code()).isEqualTo(1);
		assertThat(e.out()).startsWith("{").contains("selector-matches-no-pods");
		assertThat(e.err()).isEmpty();
	}

	@Test
	void traceWritesJson() throws Exception {
		Exit e = portpath(SCRIPT, with(new String[] { "trace" }, with(BACKEND, "--to", "http://backend:9898/", "-o", "json")));
		assertThat(e.code()).isZero();
		assertThat(e.out()).startsWith("{").contains("\"outcome\"").contains("DELIVERED");
		assertThat(e.err()).isEmpty();
	}

	@Test
	void badArgumentsExitTwoWithTheReason() throws Exception {
		Exit e = portpath(SCRIPT, "check");
		assertThat(e.code()).isEqualTo(2);
		assertThat(e.out()).isEmpty();
		assertThat(e.err()).contains("check needs --file FILE");
	}

	/** -Xshare:on turns an archive that does not fit into an error, where bin/portpath's -Xshare:auto ignores it. */
	@Test
	void theArchiveFitsThisJvmAndHoldsTheCommandLine() throws Exception {
		assertThat(ARCHIVE).isRegularFile();
		assertThat(Files.getLastModifiedTime(ARCHIVE)).isGreaterThan(Files.getLastModifiedTime(JAR));
		Exit e = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:on",
				"-XX:SharedArchiveFile=" + ARCHIVE, "-Xlog:class+load=info", "-cp", JAR.toString(), Main.class.getName(),
				"--version"));
		assertThat(e.code()).as(e.out() + e.err()).isZero();
		assertThat(e.out()).containsPattern("dev\\.portpath\\.cli\\.Cli source: shared objects file \\(top\\)");
	}

	/** Elsewhere the archive is missing, stale or another JVM's: the command still runs, without a word about it. */
	@Test
	void anArchiveThatDoesNotFitIsIgnoredSilently(@TempDir Path dir) throws Exception {
		Path script = Files.createDirectories(dir.resolve("bin")).resolve("portpath");
		Files.copy(SCRIPT, script, StandardCopyOption.COPY_ATTRIBUTES);
		Path jar = Files.createDirectories(dir.resolve("target")).resolve("portpath.jar");
		Files.copy(JAR, jar);
		Path archive = dir.resolve("target/portpath-cli.jsa");
		String[] check = with(new String[] { "check" }, BACKEND);
		String expected = "0 error(s), 0 warning(s), 0 info (Kubernetes 1.36)\n";

		Exit none = portpath(script, check);
		assertThat(none.code()).isZero();
		assertThat(none.out()).endsWith(expected);
		assertThat(none.err()).isEmpty();

		// written for target/portpath.jar of the checkout, not for this copy: the JVM would warn on stdout
		Files.copy(ARCHIVE, archive);
		Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		Exit otherJar = portpath(script, check);
		assertThat(otherJar).isEqualTo(none);

		Files.delete(archive);
		Files.writeString(archive, "not an archive");
		Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
		Exit garbage = portpath(script, check);
		assertThat(garbage).isEqualTo(none);
	}
}
