package dev.portpath.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code mistake: N} key of the scenario files is read here: every one of the 30 ranked mistakes has a
 * scenario, and the README's mistake table lists exactly the scenarios that declare each one.
 */
class MistakeTableTest {

	private static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

	private static final String HEADER = "| # | mistake | scenarios |";

	private static final Pattern ROW = Pattern.compile("\\| (\\d+) \\| (.+) \\| (.*) \\|");

	private static final Pattern KEY = Pattern.compile("(?m)^mistake:\\s*(.*)$");

	private static final Pattern FOLDER = Pattern.compile("`([^`]+)`");

	/** Mistake number → scenario folders (topic/name) that declare it. */
	private static Map<Integer, TreeSet<String>> declared() throws IOException {
		Map<Integer, TreeSet<String>> out = new TreeMap<>();
		try (Stream<Path> files = Files.walk(SCENARIOS)) {
			for (Path f : files.filter(p -> p.getFileName().toString().equals("scenario.yaml")).toList()) {
				Matcher m = KEY.matcher(Files.readString(f));
				if (m.find()) {
					String folder = SCENARIOS.relativize(f.getParent()).toString().replace('\\', '/');
					assertThat(m.group(1).strip()).as("%s: mistake is a number from 1 to 30", folder).matches("[1-9]|[12]\\d|30");
					out.computeIfAbsent(Integer.parseInt(m.group(1).strip()), k -> new TreeSet<>()).add(folder);
				}
			}
		}
		return out;
	}

	private static Map<Integer, TreeSet<String>> readme() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"));
		int header = lines.indexOf(HEADER);
		assertThat(header).as("README.md has the mistake table, headed " + HEADER).isNotNegative();
		Map<Integer, TreeSet<String>> out = new TreeMap<>();
		for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
			Matcher m = ROW.matcher(lines.get(i));
			assertThat(m.matches()).as("README.md:%d is a row | N | mistake | `scenario`, ... |", i + 1).isTrue();
			TreeSet<String> folders = new TreeSet<>();
			Matcher f = FOLDER.matcher(m.group(3));
			while (f.find()) {
				folders.add(f.group(1));
			}
			out.put(Integer.parseInt(m.group(1)), folders);
		}
		return out;
	}

	/** Mistake 21 (ping) is ICMP, which PortPath does not trace; the README row says so instead of naming scenarios. */
	private static final int NOT_TRACED = 21;

	@Test
	void everyMistakeButPingHasAScenario() throws IOException {
		List<Integer> traced = new ArrayList<>(rangeOneToThirty());
		traced.remove(Integer.valueOf(NOT_TRACED));
		assertThat(declared().keySet()).containsExactlyElementsOf(traced);
	}

	@Test
	void readmeTableListsTheScenariosOfEachMistakeBothWays() throws IOException {
		Map<Integer, TreeSet<String>> declared = declared();
		Map<Integer, TreeSet<String>> readme = readme();
		assertThat(readme.keySet()).as("mistakes in the README table").containsExactlyElementsOf(rangeOneToThirty());
		SoftAssertions soft = new SoftAssertions();
		for (int n = 1; n <= 30; n++) {
			soft.assertThat(readme.get(n)).as("README row %d lists the scenarios with mistake: %d", n, n)
				.isEqualTo(declared.getOrDefault(n, new TreeSet<>()));
		}
		soft.assertAll();
	}

	@Test
	void theRowWithoutScenariosSaysWhy() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("README.md"));
		assertThat(lines).filteredOn(l -> l.startsWith("| " + NOT_TRACED + " | ")).singleElement().asString()
			.contains("not traced: ");
	}

	private static List<Integer> rangeOneToThirty() {
		List<Integer> out = new ArrayList<>();
		for (int n = 1; n <= 30; n++) {
			out.add(n);
		}
		return out;
	}
}
