package dev.portpath.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The pre-commit hook as pre-commit runs it: the manifest's entry, with {@code portpath} found on the PATH
 * (here bin/portpath), and the staged files its {@code files} pattern selects appended as arguments.
 */
class PreCommitHookIT {

	@TempDir
	static Path dir;

	static Map<String, Object> hook;

	@BeforeAll
	@SuppressWarnings("unchecked")
	static void manifest() throws IOException {
		assumeTrue(Files.isRegularFile(LauncherIT.JAR), "no target/portpath.jar: run ./mvnw verify");
		List<Map<String, Object>> hooks = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(Files.readString(Path.of(".pre-commit-hooks.yaml")));
		hook = hooks.stream().filter(h -> "portpath-check".equals(h.get("id"))).findFirst().orElseThrow();
	}

	/** What pre-commit would run for these staged files: entry, then the files that match and are not excluded. */
	static List<String> command(List<Path> staged) {
		List<String> command = new ArrayList<>(List.of(((String) hook.get("entry")).split(" ")));
		assertThat(command.get(0)).isEqualTo("portpath");
		command.set(0, LauncherIT.SCRIPT.toString());
		Pattern files = Pattern.compile((String) hook.get("files"));
		Pattern exclude = Pattern.compile((String) hook.get("exclude"));
		for (Path p : staged) {
			String name = dir.relativize(p).toString();
			if (files.matcher(name).find() && !exclude.matcher(name).find()) {
				command.add(p.toString());
			}
		}
		return command;
	}

	@Test
	void stagedManifestsAreCheckedAndABrokenOneFailsTheCommit() throws Exception {
		assertThat(hook).containsEntry("language", "system").containsEntry("pass_filenames", true);
		Path good = Files.writeString(dir.resolve("web.yaml"), dev.portpath.cli.ReviewCliTestAccess.APP);
		Path broken = Files.writeString(dir.resolve("api.yaml"), dev.portpath.cli.ReviewCliTestAccess.BROKEN);
		Path values = Files.writeString(dir.resolve("values.yaml"), "replicaCount: 2\n");
		Path readme = Files.writeString(dir.resolve("README.md"), "# docs\n");
		List<String> clean = command(List.of(good, values, readme));
		assertThat(clean).hasSize(3).last().isEqualTo(good.toString());
		LauncherIT.Exit ok = LauncherIT.run(clean);
		assertThat(ok.code()).as(ok.err()).isZero();
		LauncherIT.Exit fails = LauncherIT.run(command(List.of(good, broken)));
		assertThat(fails.code()).isEqualTo(1);
		assertThat(fails.out()).contains("named-target-port-not-found", "api.yaml:");
	}
}
