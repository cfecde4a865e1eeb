package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loaded;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.trace.ApiError;

/**
 * Every app of the corpus (vendored under src/test/resources/corpus) runs in real clusters, so the
 * validator must accept all of it.
 */
class CorpusValidationTest {

	private static final Path CORPUS = Path.of("src/test/resources/corpus");

	static Stream<String> apps() throws IOException {
		try (Stream<Path> dirs = Files.list(CORPUS)) {
			return dirs.filter(Files::isDirectory)
				.map(p -> p.getFileName().toString())
				.filter(name -> !name.equals("LICENSES"))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("apps")
	void corpusAppHasNoApiErrors(String app) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(CORPUS.resolve(app))) {
			files = walk.filter(Files::isRegularFile)
				.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
				.sorted()
				.toList();
		}
		List<Doc> docs = new ArrayList<>();
		for (Path file : files) {
			// One file at a time, so that a file the loader refuses cannot hide the others.
			Loaded loaded = new YamlLoader().load(List.of(new Source(CORPUS.relativize(file).toString(),
					Files.readString(file, StandardCharsets.UTF_8))));
			docs.addAll(loaded.docs());
		}

		List<ApiError> errors = new Validator().validate(docs);

		assertThat(errors).as("API errors in corpus app %s", app).isEmpty();
	}
}
