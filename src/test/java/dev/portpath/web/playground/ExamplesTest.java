package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExamplesTest {

	@TempDir
	Path dir;

	@Test
	void readsEachFolderAndSortsByOrderThenName() throws IOException {
		ExampleFixtures.write(dir.resolve("b-second"), "kind: Service\n", "title: B\nstory: one line\nto: web:80\norder: 2\n");
		ExampleFixtures.write(dir.resolve("a-first"), "kind: Pod\n", "title: A\nstory: s\nfrom: node\nto: web:80\norder: 1\n");
		ExampleFixtures.write(dir.resolve("c-unordered"), "kind: Pod\n", "title: C\nto: web:80\n");
		var examples = Examples.fromDirectory(dir);
		assertThat(examples).extracting(Example::name).containsExactly("a-first", "b-second", "c-unordered");
		Example first = examples.get(0);
		assertThat(first.title()).isEqualTo("A");
		assertThat(first.from()).isEqualTo("node");
		assertThat(first.manifests()).isEqualTo("kind: Pod\n");
		assertThat(examples.get(1).from()).as("FROM defaults to shell").isEqualTo("shell");
	}

	@Test
	void brokenExamplesAreLeftOutNotFatal() throws IOException {
		ExampleFixtures.write(dir.resolve("good"), "kind: Pod\n", "title: Good\nto: web:80\n");
		ExampleFixtures.write(dir.resolve("no-to"), "kind: Pod\n", "title: No request\n");
		ExampleFixtures.write(dir.resolve("not-yaml"), "kind: Pod\n", "title: [unclosed\n");
		ExampleFixtures.write(dir.resolve("a-list"), "kind: Pod\n", "- just\n- a list\n");
		Files.createDirectories(dir.resolve("no-files"));
		assertThat(Examples.fromDirectory(dir)).extracting(Example::name).containsExactly("good");
	}

	@Test
	void noDirectoryMeansNoExamples() {
		assertThat(Examples.fromDirectory(dir.resolve("absent"))).isEmpty();
	}

	@Test
	void theRepositoryExamplesAllLoad() throws IOException {
		Path content = Path.of("content", "examples");
		if (Files.isDirectory(content)) {
			try (var folders = Files.list(content)) {
				long count = folders.filter(Files::isDirectory).count();
				assertThat(Examples.fromDirectory(content)).hasSize((int) count);
			}
		}
	}
}
