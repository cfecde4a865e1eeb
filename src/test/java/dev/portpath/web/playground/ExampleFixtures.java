package dev.portpath.web.playground;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two examples in a temporary directory, so the web tests do not depend on what content/ holds: one
 * whose second Service port misses and one that works. Both live under src/test/resources, so the tests
 * run on a fresh clone with nothing beside it.
 */
public final class ExampleFixtures {

	public static final String WORKING = read("src/test/resources/scenarios/basics/clusterip-to-deployment/manifests.yaml");

	public static final String BROKEN = read("src/test/resources/playground/second-port-misses.yaml");

	private static Path dir;

	private ExampleFixtures() {
	}

	/** The directory (made once per JVM) to point {@code portpath.examples-dir} at. */
	public static synchronized Path dir() {
		if (dir == null) {
			try {
				dir = Files.createTempDirectory("portpath-examples");
				write(dir.resolve("second-port-misses"), BROKEN, """
						title: The second port misses
						story: "Port 81 targets the name admin, which no container declares."
						from: shell
						to: hello:81
						order: 1
						""");
				write(dir.resolve("working-web"), WORKING, """
						title: A working web app
						story: "Service web sends port 80 to the two nginx pods."
						from: shell
						to: http://web/
						order: 2
						""");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return dir;
	}

	static void write(Path dir, String manifests, String meta) throws IOException {
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("manifests.yaml"), manifests);
		Files.writeString(dir.resolve("example.yaml"), meta);
	}

	private static String read(String path) {
		try {
			return Files.readString(Path.of(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
