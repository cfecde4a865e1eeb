package dev.portpath.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.Words;
import dev.portpath.sim.parse.ParseProblem;
import dev.portpath.sim.render.JsonRenderer;
import dev.portpath.sim.render.SarifRenderer;
import dev.portpath.sim.render.TextRenderer;
import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Trace;

/**
 * {@code trace} and {@code check} from the command line, without starting Spring. Exit codes follow
 * the trace contract: trace 0 for any computed outcome; check 0 clean, 1 with errors; 2 for bad
 * arguments or unreadable input.
 * <p>
 * The arguments are parsed here rather than with a library: two commands and five options do not need
 * one, and picocli's reflective set-up alone took about 0.4 s of a cold start, which the command line's
 * one-second budget (JVM start included) cannot afford.
 */
public final class Cli {

	static final int BAD_INPUT = 2;

	private static final Set<String> COMMANDS = Set.of("trace", "check", "routes", "diff", "content-check", "help",
			"--help", "-h", "--version", "-V");

	/** The commands a mistyped word is compared with, in the order the error lists them. */
	static final List<String> WORDS = List.of("trace", "check", "routes", "diff", "content-check", "help");

	/** PortPath's own options: on the server's command line they are a mistake, not a Spring property. */
	private static final Set<String> OPTIONS = Set.of("-f", "--file", "--from", "--to", "-o", "--output", "--max-bytes",
			"--max-objects", "--max-pods", "--max-seconds", "--kubernetes-version", "--base", "--head", "--ignore",
			"--fail-on", "--show-suppressed", "--help-uri", "-h", "--help", "-V", "--version", "--method", "-X", "--header",
			"-H", "--sni");

	/** A command has more time than a server request: nobody else waits on it, and inputs may be larger. */
	static final long DEFAULT_SECONDS = 20;

	static final String VERSION = "PortPath 0.1.0 (models Kubernetes " + Engine.KUBERNETES_VERSION + ")";

	static final String USAGE = """
			Usage: portpath trace  PATH... [--from FROM] --to TO [--output text|json]
			                       [--method M] [--header 'Name: value'...] [--sni NAME]
			       portpath check  PATH... [--output text|json|sarif] [--ignore CODE] [--fail-on error|warning]
			       portpath routes PATH... [--from FROM] [--output text|json|csv|markdown]
			       portpath diff   --base PATH --head PATH [--output text|json|markdown]
			       portpath content-check [DIR]   (validates lessons, quizzes and exercises; default content/)
			Trace how a request finds its way through Kubernetes ports (models Kubernetes %s).

			  PATH, -f, --file PATH  a manifest file, a directory (every *.yaml, *.yml and *.json below it,
			                       in name order) or - for standard input; repeat for several
			      --from FROM      shell (default), NS/shell, [NS/]shell:k=v, KIND/NAME, NS/KIND/NAME, node,
			                       node/NAME or external; for routes, trace every route from it
			      --to TO          [SCHEME://]HOST[:PORT][/PATH], or port-forward:[NS/]KIND/NAME:PORT
			  -o, --output FORMAT  text (default), json; check also sarif; routes also csv and markdown;
			                       diff also markdown (for a pull request comment)
			%h
			      --ignore CODE    check: leave out findings with this code (repeat, or CODE,CODE); they are
			                       counted as suppressed, as those a portpath.dev/ignore annotation silences
			      --fail-on LEVEL  check: exit 1 on findings of this severity or worse (default error)
			      --show-suppressed  check: list the suppressed findings too
			      --help-uri URL   check: the published README that sarif rules link to
			      --base PATH, --head PATH  diff: the manifests before and after (file, directory or -)
			      --max-bytes N    refuse input larger than N bytes (default 16 MiB)
			      --max-objects N  refuse more than N objects (default 5000)
			      --max-pods N     simulate at most N pods in all; beyond, a sample (default 2000)
			      --max-seconds N  stop after N seconds of work (default 20)
			      --kubernetes-version 1.35|1.36
			                       judge by the API server of that release (default 1.36)
			  -h, --help           show this help
			  -V, --version        show the version

			Exit codes: trace and routes 0 for any outcome; check 0 without errors (or findings at
			--fail-on), 1 with them; diff 1 when a route that worked breaks; 2 for bad arguments or
			unreadable input.

			With no arguments, or only Spring options such as --server.port=8081, the jar starts the
			web application instead.
			""".replace("%s", Engine.KUBERNETES_VERSION).replace("%h\n", HttpFlags.USAGE); // not formatted(): 8 ms

	private Cli() {
	}

	/**
	 * True unless the arguments ask for the web server: none at all, or only {@code --} options that are
	 * not PortPath's own (Spring's, such as {@code --server.port=8081}). Anything else is the command
	 * line's to run or to refuse, so that a mistyped {@code chek --file x.yaml} is an error naming the
	 * nearest command rather than a web server that starts and waits.
	 */
	public static boolean handles(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("--") || OPTIONS.contains(optionName(arg))) {
				return true;
			}
		}
		return false;
	}

	/** {@code --name} of {@code --name=value}. */
	private static String optionName(String arg) {
		int eq = arg.indexOf('=');
		return eq > 0 ? arg.substring(0, eq) : arg;
	}

	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		try {
			return execute(args, out, err);
		}
		catch (UsageException ex) {
			err.println("portpath: " + ex.getMessage());
			err.println("Run 'portpath --help' for usage.");
			return BAD_INPUT;
		}
		catch (OutOfMemoryError ex) {
			// the limits keep every input far below this; if it happens anyway, say so in one sentence
			err.println("portpath: the input needs more memory than this JVM has (raise -Xmx, or lower --max-pods"
					+ " and --max-bytes)");
			return BAD_INPUT;
		}
		finally {
			out.flush();
			err.flush();
		}
	}

	private static int execute(String[] args, PrintWriter out, PrintWriter err) {
		String command = args.length == 0 ? "help" : args[0];
		switch (command) {
			case "help", "--help", "-h" -> {
				out.print(USAGE);
				return 0;
			}
			case "--version", "-V" -> {
				out.println(VERSION);
				return 0;
			}
			case "content-check" -> {
				return contentCheck(args, out, err);
			}
			case "trace", "check", "routes", "diff" -> {
				Options o = Options.parse(command, args);
				if (o.help) {
					out.print(USAGE);
					return 0;
				}
				return switch (command) {
					case "trace" -> trace(o, out, err);
					case "check" -> check(o, out, err);
					case "routes" -> Review.routes(o, out, err);
					default -> Review.diff(o, out, err);
				};
			}
			default -> throw notACommand(args);
		}
	}

	/** Why arguments that are neither a command nor only Spring options were refused, with a way forward. */
	private static UsageException notACommand(String[] args) {
		String first = args[0];
		if (!first.startsWith("-")) {
			String nearest = Words.nearest(first, WORDS).orElse(null);
			return new UsageException("unknown command '" + first + "'"
					+ (nearest != null ? "; did you mean '" + nearest + "'?" : ".") + " The commands are "
					+ String.join(", ", WORDS.subList(0, WORDS.size() - 1)) + " and " + WORDS.get(WORDS.size() - 1) + ".");
		}
		for (String arg : args) {
			String name = optionName(arg);
			if (COMMANDS.contains(name)) {
				return new UsageException(name + " goes first and alone: portpath " + name);
			}
			if (OPTIONS.contains(name)) {
				return new UsageException(name + " belongs after a command: portpath trace|check|routes|diff " + name + " ...");
			}
		}
		for (String arg : args) {
			if (!arg.startsWith("--")) {
				// Spring reads only --name=value from the command line and would silently ignore the rest
				return new UsageException("'" + arg + "' is neither a command nor a --name=value option of the web server"
						+ " (JVM options such as -D go before -jar)");
			}
		}
		// only Spring options: handles() sends these to the web server, so only a direct call gets here
		return new UsageException("'" + first + "' is an option of the web server, not a command");
	}

	private static int trace(Options o, PrintWriter out, PrintWriter err) {
		if (o.to == null) {
			throw new UsageException("trace needs --to TO");
		}
		if (!o.output().equals("text") && !o.output().equals("json")) {
			throw new UsageException("trace writes text or json, not " + o.output());
		}
		try {
			Trace t = o.engine().trace(o.sources(err), o.from, o.to, o.http.options());
			out.print(o.output().equals("json") ? new JsonRenderer(o.version).trace(t) : new TextRenderer(o.version).trace(t));
			return 0;
		}
		catch (InputException ex) {
			return unreadable(ex, err);
		}
		catch (BadRequestException ex) {
			err.println("portpath: " + ex.getMessage());
			return BAD_INPUT;
		}
	}

	private static int check(Options o, PrintWriter out, PrintWriter err) {
		if (o.from != null || o.to != null || o.http.any()) {
			throw new UsageException("check takes no --from, --to, --method, --header or --sni; it walks every route");
		}
		if (!Set.of("text", "json", "sarif").contains(o.output())) {
			throw new UsageException("check writes text, json or sarif, not " + o.output());
		}
		CheckReport r;
		try {
			Engine engine = o.engine();
			r = engine.check(engine.prepare(o.sources(err)), o.ignore);
		}
		catch (InputException ex) {
			return unreadable(ex, err);
		}
		SarifRenderer sarif = new SarifRenderer(o.version);
		if (o.helpUri != null) {
			sarif.withHelp(o.helpUri);
		}
		out.print(switch (o.output()) {
			case "json" -> new JsonRenderer(o.version).check(r);
			case "sarif" -> sarif.check(r);
			default -> new TextRenderer(o.version).showingSuppressed(o.showSuppressed).check(r);
		});
		return r.fails(o.failOn) ? 1 : 0;
	}

	/** Loads content/ and prints each problem with its file and line; exit 1 when there is any. */
	private static int contentCheck(String[] args, PrintWriter out, PrintWriter err) {
		if (args.length > 2) {
			throw new UsageException("content-check takes one directory, not " + (args.length - 1) + " arguments");
		}
		java.nio.file.Path dir = java.nio.file.Path.of(args.length == 2 ? args[1] : "content");
		if (!java.nio.file.Files.isDirectory(dir)) {
			throw new UsageException("content-check: " + dir + " is not a directory");
		}
		dev.portpath.content.Content c = new dev.portpath.content.ContentLoader().load(dir);
		c.problems().forEach(p -> err.println(p));
		out.println("content: " + c.lessons().size() + " lessons, " + c.lessons().stream().mapToInt(l -> l.examples().size()).sum()
				+ " examples, " + c.itemCount() + " quiz items, " + c.exercises().size() + " exercises; "
				+ c.problems().size() + " problem" + (c.problems().size() == 1 ? "" : "s"));
		return c.problems().isEmpty() ? 0 : 1;
	}

	static int unreadable(InputException ex, PrintWriter err) {
		ParseProblem pp = ex.problem();
		String where = pp.file() + (pp.line() > 0 ? ":" + pp.line() : "");
		err.println("portpath: " + (where.isEmpty() ? "" : where + ": ") + pp.message());
		return BAD_INPUT;
	}

	/** A command line that cannot be understood: answered with exit code 2 and a pointer to --help. */
	static final class UsageException extends RuntimeException {
		UsageException(String message) {
			super(message);
		}
	}
}
