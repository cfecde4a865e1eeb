package dev.portpath.sim.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Meta-tests over the catalogue: every code is documented in the README and shown by a check scenario. */
class CodeCatalogueTest {

	static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	@Test
	void everyCodeIsListedInTheReadme() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		for (Code c : Code.values()) {
			assertThat(readme).as("README lists " + c.word()).contains("`" + c.word() + "`");
		}
	}

	@Test
	void everyCodeHasACheckScenarioThatExpectsIt() throws IOException {
		Set<String> expected = new HashSet<>();
		try (Stream<Path> walk = Files.walk(SCENARIOS)) {
			for (Path p : walk.filter(p -> p.getFileName().toString().equals("scenario.yaml")).toList()) {
				String text = Files.readString(p);
				if (!text.contains("command: check")) {
					continue;
				}
				for (String line : text.split("\n")) {
					String t = line.trim();
					if (t.startsWith("errors:") || t.startsWith("warnings:") || t.startsWith("infos:")) {
						String list = t.substring(t.indexOf('[') + 1, t.indexOf(']'));
						Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(expected::add);
					}
				}
			}
		}
		List<String> missing = Arrays.stream(Code.values()).map(Code::word).filter(w -> !expected.contains(w)).toList();
		assertThat(missing).as("codes without a check scenario").isEmpty();
	}
}
