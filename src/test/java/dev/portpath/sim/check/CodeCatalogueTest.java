package dev.portpath.sim.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Meta-tests over the catalogue: the README's table of finding codes is the catalogue, row for row and
 * word for word, and every code is shown by a check scenario.
 */
class CodeCatalogueTest {

	static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	static final String TABLE_HEADER = "| code | severity | what it means |";

	/** {@code | `code` | severity | what it means |}; the last column runs to the closing bar. */
	static final Pattern ROW = Pattern.compile("\\| `([^`]+)` \\| ([^|]+) \\| (.+) \\|");

	record Row(int line, String code, String severity, String description) {
	}

	/** The rows of the README's "Finding codes" table, each with its line for the failure message. */
	static List<Row> readmeTable() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"));
		int header = lines.indexOf(TABLE_HEADER);
		assertThat(header).as("README.md has the finding codes table, headed " + TABLE_HEADER).isNotNegative();
		List<Row> rows = new ArrayList<>();
		// the header, then the |---| separator, then rows until the first line that is not a table row
		for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			Matcher m = ROW.matcher(lines.get(i));
			assertThat(m.matches()).as("README.md:%d is a row | `code` | severity | what it means |: %s", i + 1, lines.get(i))
				.isTrue();
			rows.add(new Row(i + 1, m.group(1), m.group(2).trim(), m.group(3).trim()));
		}
		return rows;
	}

	@Test
	void readmeTableIsTheCatalogueBothWays() throws IOException {
		List<Row> rows = readmeTable();
		SoftAssertions soft = new SoftAssertions();
		for (Row row : rows) {
			Code code = Arrays.stream(Code.values()).filter(c -> c.word().equals(row.code())).findFirst().orElse(null);
			soft.assertThat(code).as("README.md:%d `%s` is a code in Code", row.line(), row.code()).isNotNull();
			if (code != null) {
				soft.assertThat(row.severity()).as("README.md:%d severity of %s", row.line(), row.code())
					.isEqualTo(code.severity());
				soft.assertThat(row.description()).as("README.md:%d description of %s", row.line(), row.code())
					.isEqualTo(code.summary());
			}
		}
		for (Code code : Code.values()) {
			soft.assertThat(rows.stream().filter(r -> r.code().equals(code.word())).map(Row::line).toList())
				.as("README.md lines with a row for %s", code.word())
				.hasSize(1);
		}
		soft.assertAll();
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
