package dev.portpath.sim;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.parse.Source;
import dev.portpath.sim.BadRequestException;

/**
 * Never crash on bad input: seeded random mutations of the scenario manifests (lines dropped,
 * duplicated or re-indented, values replaced by other types) must give a trace, findings, or a named
 * input error, never any other exception (an {@link EngineFailure} is PortPath failing, so it fails the
 * test too). A failure prints the seed and the mutated text.
 */
class MutationFuzzTest {

	static final String[] VALUES = { "[]", "{}", "\"x\"", "-1", "0", "99999", "null", "~", "true", "abc", "\"8080\"",
			"[1, 2]", "{a: b}", "1.5", "\"\"", "None", "*", "-", "http" };

	static final String[] REQUESTS = { "http://web/", "web:80", "node:30080", "localhost:8080", "10.96.0.10:80",
			"port-forward:deploy/web:80", "port-forward:svc/web:http" };

	@Test
	void mutatedManifestsNeverCrashTheEngine() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(ScenarioTest.ROOT)) {
			for (Path p : walk.filter(p -> p.getFileName().toString().equals("manifests.yaml")).sorted().toList()) {
				texts.add(Files.readString(p));
			}
		}
		Engine engine = new Engine();
		for (int seed = Integer.getInteger("fuzz.from", 0); seed < Integer.getInteger("fuzz.to", 1500); seed++) {
			Random random = new Random(seed);
			String text = mutate(texts.get(random.nextInt(texts.size())), random);
			List<Source> sources = List.of(new Source("m.yaml", text));
			try {
				engine.check(sources);
				for (String from : new String[] { "shell", "external", "node" }) {
					engine.trace(sources, from, REQUESTS[random.nextInt(REQUESTS.length)]);
				}
			}
			catch (EngineFailure ex) {
				fail("seed " + seed + " crashed the engine: " + ex.getMessage() + "\n--- mutated manifests ---\n" + text,
						ex.getCause());
			}
			catch (InputException | BadRequestException expected) {
				// a named input error is a fine answer to broken input
			}
			catch (RuntimeException | StackOverflowError ex) {
				fail("seed " + seed + " crashed with " + ex + "\n--- mutated manifests ---\n" + text, ex);
			}
		}
	}

	static String mutate(String text, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
		int n = 1 + random.nextInt(4);
		for (int i = 0; i < n && !lines.isEmpty(); i++) {
			int at = random.nextInt(lines.size());
			String line = lines.get(at);
			switch (random.nextInt(5)) {
				case 0 -> lines.remove(at);
				case 1 -> lines.add(at, line);
				case 2 -> {
					int colon = line.indexOf(": ");
					if (colon > 0) {
						lines.set(at, line.substring(0, colon + 2) + VALUES[random.nextInt(VALUES.length)]);
					}
				}
				case 3 -> lines.set(at, "  " + line);
				default -> {
					int colon = line.indexOf(':');
					if (colon > 0 && !line.trim().startsWith("-")) {
						lines.set(at, line.substring(0, colon) + ":");
					}
				}
			}
		}
		return String.join("\n", lines);
	}
}
