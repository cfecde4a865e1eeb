package dev.portpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.ParseProblem;
import dev.portpath.sim.parse.Source;
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

	private static final Set<String> COMMANDS = Set.of("trace", "check", "content-check", "help", "--help", "-h",
			"--version", "-V");

	/** The commands a mistyped word is compared with, in the order the error lists them. */
	static final List<String> WORDS = List.of("trace", "check", "content-check", "help");

	/** PortPath's own options: on the server's command line they are a mistake, not a Spring property. */
	private static final Set<String> OPTIONS = Set.of("-f", "--file", "--from", "--to", "-o", "--output", "--max-bytes",
			"--max-objects", "--max-pods", "--max-seconds", "--kubernetes-version", "-h", "--help", "-V", "--version",
			"--method", "-X", "--header", "-H", "--sni");

	/** A command has more time than a server request: nobody else waits on it, and inputs may be larger. */
	static final long DEFAULT_SECONDS = 20;

	static final String VERSION = "PortPath 0.1.0 (models Kubernetes " + Engine.KUBERNETES_VERSION + ")";

	static final String USAGE = """
			Usage: portpath trace --file FILE [--file FILE...] [--from FROM] --to TO [--output text|json]
			                      [--method M] [--header 'Name: value'...] [--sni NAME]
			       portpath check --file FILE [--file FILE...] [--output text|json|sarif]
			       portpath content-check [DIR]   (validates lessons, quizzes and exercises; default content/)
			Trace how a request finds its way through Kubernetes ports (models Kubernetes %s).

			  -f, --file FILE      a YAML file of manifests; repeat for several; - reads standard input
			      --from FROM      shell (default), NS/shell, KIND/NAME, NS/KIND/NAME, node or external
			      --to TO          [SCHEME://]HOST[:PORT][/PATH], or port-forward:[NS/]KIND/NAME:PORT
			  -o, --output FORMAT  text (default), json; check also sarif
			%h
			      --max-bytes N    refuse input larger than N bytes (default 1 MiB)
			      --max-objects N  refuse more than N objects (default 5000)
			      --max-pods N     simulate at most N pods in all; beyond, a sample (default 2000)
			      --max-seconds N  stop after N seconds of work (default 20)
			      --kubernetes-version 1.35|1.36
			                       judge by the API server of that release (default 1.36)
			  -h, --help           show this help
			  -V, --version        show the version

			Exit codes: trace 0 for any outcome; check 0 without errors, 1 with errors; 2 for bad
			arguments or unreadable input.

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
			case "trace", "check" -> {
				Options o = Options.parse(command, args);
				if (o.help) {
					out.print(USAGE);
					return 0;
				}
				return command.equals("trace") ? trace(o, out, err) : check(o, out, err);
			}
			default -> throw notACommand(args);
		}
	}

	/** Why arguments that are neither a command nor only Spring options were refused, with a way forward. */
	private static UsageException notACommand(String[] args) {
		String first = args[0];
		if (!first.startsWith("-")) {
			String nearest = nearest(first);
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
				return new UsageException(name + " belongs after a command: portpath trace|check " + name + " ...");
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

	/**
	 * The command a mistyped word most likely meant: the one fewest edits away, if that is close enough
	 * to be a typo (at most two edits, or a third of the word), or the one the word begins (content).
	 */
	static String nearest(String word) {
		String typed = word.toLowerCase(Locale.ROOT);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (String command : WORDS) {
			int d = distance(typed, command);
			if (d < bestDistance) {
				best = command;
				bestDistance = d;
			}
		}
		if (bestDistance <= Math.max(2, typed.length() / 3)) {
			return best;
		}
		if (typed.length() >= 3) {
			for (String command : WORDS) {
				if (command.startsWith(typed)) {
					return command;
				}
			}
		}
		return null;
	}

	/**
	 * Edits from a to b: insert, delete or replace one character, or swap two neighbours, since a swap
	 * (chcek) is as common a typo as a missed key (optimal string alignment distance).
	 */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

	private static int trace(Options o, PrintWriter out, PrintWriter err) {
		if (o.to == null) {
			throw new UsageException("trace needs --to TO");
		}
		if (!o.output.equals("text") && !o.output.equals("json")) {
			throw new UsageException("trace writes text or json, not " + o.output);
		}
		try {
			Trace t = o.engine().trace(o.sources(), o.from, o.to, o.http.options());
			out.print(o.output.equals("json") ? new JsonRenderer(o.version).trace(t) : new TextRenderer(o.version).trace(t));
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
		String rendered;
		CheckReport r;
		try {
			r = o.engine().check(o.sources());
		}
		catch (InputException ex) {
			return unreadable(ex, err);
		}
		rendered = switch (o.output) {
			case "text" -> new TextRenderer(o.version).check(r);
			case "json" -> new JsonRenderer(o.version).check(r);
			case "sarif" -> new SarifRenderer(o.version).check(r);
			default -> throw new UsageException("check writes text, json or sarif, not " + o.output);
		};
		out.print(rendered);
		return r.hasErrors() ? 1 : 0;
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

	private static int unreadable(InputException ex, PrintWriter err) {
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

	/** The options of trace and check, read in order; {@code --name value} and {@code --name=value} both work. */
	static final class Options {

		final List<String> files = new ArrayList<>();

		String from;

		String to;

		String output = "text";

		int maxBytes = Limits.DEFAULT.maxBytes();

		int maxObjects = Limits.DEFAULT.maxDocuments();

		int maxPods = Limits.DEFAULT.maxPods();

		long maxSeconds = DEFAULT_SECONDS;

		KubernetesVersion version = KubernetesVersion.DEFAULT;

		final HttpFlags http = new HttpFlags();

		boolean help;

		static Options parse(String command, String[] args) {
			Options o = new Options();
			for (int i = 1; i < args.length; i++) {
				String arg = args[i];
				String name = arg;
				String value = null;
				int eq = arg.indexOf('=');
				if (arg.startsWith("--") && eq > 0) {
					name = arg.substring(0, eq);
					value = arg.substring(eq + 1);
				}
				switch (name) {
					case "-h", "--help" -> o.help = true;
					case "-f", "--file" -> o.files.add(value != null ? value : next(args, ++i, name));
					case "--from" -> o.from = value != null ? value : next(args, ++i, name);
					case "--to" -> o.to = value != null ? value : next(args, ++i, name);
					case "-o", "--output" -> o.output = value != null ? value : next(args, ++i, name);
					case "--max-bytes" -> o.maxBytes = number(name, value != null ? value : next(args, ++i, name));
					case "--max-objects" -> o.maxObjects = number(name, value != null ? value : next(args, ++i, name));
					case "--max-pods" -> o.maxPods = number(name, value != null ? value : next(args, ++i, name));
					case "--max-seconds" -> o.maxSeconds = number(name, value != null ? value : next(args, ++i, name));
					case "--kubernetes-version" -> o.version = version(value != null ? value : next(args, ++i, name));
					case "--method", "-X", "--header", "-H", "--sni" -> o.http.add(name, value != null ? value : next(args, ++i, name));
					default -> throw new UsageException(command + ": unknown option or argument '" + arg + "'");
				}
			}
			if (!o.help && o.files.isEmpty()) {
				throw new UsageException(command + " needs --file FILE (or --file - for standard input)");
			}
			return o;
		}

		private static String next(String[] args, int i, String name) {
			if (i >= args.length) {
				throw new UsageException(name + " needs a value");
			}
			return args[i];
		}

		private static int number(String option, String s) {
			try {
				int n = Integer.parseInt(s);
				if (n > 0) {
					return n;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			throw new UsageException(option + " needs a positive number, not '" + s + "'");
		}

		private static KubernetesVersion version(String s) {
			return KubernetesVersion.parse(s).orElseThrow(() -> new UsageException(
					"--kubernetes-version is " + KubernetesVersion.choices() + ", not '" + s + "'"));
		}

		Engine engine() {
			return new Engine(Limits.DEFAULT.withMaxBytes(maxBytes).withMaxDocuments(maxObjects).withMaxPods(maxPods)
				.withMaxMillis(maxSeconds * 1000), version);
		}

		List<Source> sources() {
			List<Source> sources = new ArrayList<>();
			for (String f : files) {
				try {
					sources.add(f.equals("-")
							? new Source("stdin", new String(System.in.readAllBytes(), StandardCharsets.UTF_8))
							: new Source(f, Files.readString(Path.of(f), StandardCharsets.UTF_8)));
				}
				catch (IOException | UncheckedIOException | java.nio.file.InvalidPathException ex) {
					throw new UsageException("cannot read " + f + ": " + describe(ex));
				}
			}
			return sources;
		}

		private static String describe(Exception ex) {
			if (ex instanceof java.nio.file.NoSuchFileException) {
				return "no such file";
			}
			if (ex instanceof java.nio.charset.MalformedInputException
					|| ex.getCause() instanceof java.nio.charset.MalformedInputException) {
				return "not UTF-8 text";
			}
			return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		}
	}
}
