package dev.portpath.launch;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import dev.portpath.cli.Cli;

/**
 * The jar's Main-Class. A {@code trace} or {@code check} command runs straight from classes stored at
 * the root of the jar (the engine, the command line, SnakeYAML and jackson-core, copied there by the
 * build), so it skips Spring Boot's nested-jar launcher, which costs up to half a second of a cold start.
 * So does any argument the command line refuses (a mistyped command exits 2). No arguments, or only
 * Spring options, are handed to that launcher, which starts the web application.
 */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		if (Cli.handles(args)) {
			System.exit(command(args));
		}
		// Spring Boot's launcher is added to the jar at repackaging, so it is looked up by name
		Class.forName("org.springframework.boot.loader.launch.JarLauncher")
			.getMethod("main", String[].class)
			.invoke(null, (Object) args);
	}

	/** A command-line command over the standard streams, in UTF-8; returns its exit code. */
	static int command(String[] args) {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
		PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8));
		return Cli.run(args, out, err);
	}
}
