package dev.portpath.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.Engine;
import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.check.Code;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Finding;

/**
 * The options of trace, check, routes and diff, read in order; {@code --name value} and {@code --name=value}
 * both work, and an argument that is not an option is a path, as if given with {@code --file}.
 */
final class Options {

	/**
	 * A command may read more than a server request: nobody else waits on it, and a monorepo's manifests run
	 * to megabytes (the 37 corpus apps are 2 MB). The web keeps its own 1 MiB.
	 */
	static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

	final String command;

	final List<String> files = new ArrayList<>();

	final List<String> base = new ArrayList<>();

	final List<String> head = new ArrayList<>();

	String from;

	String to;

	String output;

	int maxBytes = DEFAULT_MAX_BYTES;

	int maxObjects = Limits.DEFAULT.maxDocuments();

	int maxPods = Limits.DEFAULT.maxPods();

	long maxSeconds = Cli.DEFAULT_SECONDS;

	KubernetesVersion version = KubernetesVersion.DEFAULT;

	final Set<String> ignore = new LinkedHashSet<>();

	Finding.Severity failOn = Finding.Severity.ERROR;

	boolean showSuppressed;

	String helpUri;

	/** trace's HTTP options: --method, --header, --sni. */
	final HttpFlags http = new HttpFlags();

	boolean help;

	private Options(String command) {
		this.command = command;
	}

	static Options parse(String command, String[] args) {
		Options o = new Options(command);
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			String name = arg;
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				name = arg.substring(0, eq);
				value = arg.substring(eq + 1);
			}
			if (!name.startsWith("-") || name.equals("-")) {
				o.files.add(arg); // a path: kubectl apply -f style lists work without --file before each
				continue;
			}
			if (value == null && takesValue(name)) {
				value = next(args, ++i, name);
			}
			o.read(name, value == null ? "" : value);
		}
		o.validate();
		return o;
	}

	/** Flags without a value; every other option takes one (an unknown one is refused before its value is read). */
	private static boolean takesValue(String name) {
		return !(name.equals("-h") || name.equals("--help") || name.equals("--show-suppressed")) && KNOWN.contains(name);
	}

	private static final Set<String> KNOWN = Set.of("-f", "--file", "--base", "--head", "--from", "--to", "-o",
			"--output", "--max-bytes", "--max-objects", "--max-pods", "--max-seconds", "--kubernetes-version", "--ignore",
			"--fail-on", "--help-uri", "--method", "-X", "--header", "-H", "--sni");

	private void read(String name, String value) {
		switch (name) {
			case "-h", "--help" -> help = true;
			case "-f", "--file" -> files.add(value);
			case "--base" -> base.add(value);
			case "--head" -> head.add(value);
			case "--from" -> from = value;
			case "--to" -> to = value;
			case "-o", "--output" -> output = value.toLowerCase(Locale.ROOT);
			case "--max-bytes" -> maxBytes = number(name, value);
			case "--max-objects" -> maxObjects = number(name, value);
			case "--max-pods" -> maxPods = number(name, value);
			case "--max-seconds" -> maxSeconds = number(name, value);
			case "--kubernetes-version" -> version = version(value);
			case "--ignore" -> ignore(value);
			case "--fail-on" -> failOn = failOn(value);
			case "--show-suppressed" -> showSuppressed = true;
			case "--help-uri" -> helpUri = value;
			case "--method", "-X", "--header", "-H", "--sni" -> http.add(name, value);
			default -> throw new Cli.UsageException(command + ": unknown option '" + name + "'");
		}
	}

	private void validate() {
		if (help) {
			return;
		}
		boolean diff = command.equals("diff");
		if (diff && (base.isEmpty() || head.isEmpty())) {
			throw new Cli.UsageException("diff needs --base PATH and --head PATH (a file, a directory or -)");
		}
		if (diff && !files.isEmpty()) {
			throw new Cli.UsageException("diff reads --base and --head, not --file: " + files.get(0));
		}
		if (!diff && (!base.isEmpty() || !head.isEmpty())) {
			throw new Cli.UsageException("--base and --head belong to diff, not " + command);
		}
		if (!diff && files.isEmpty()) {
			throw new Cli.UsageException(command + " needs --file FILE or DIR (or --file - for standard input)");
		}
		boolean checkOnly = !ignore.isEmpty() || failOn != Finding.Severity.ERROR || showSuppressed || helpUri != null;
		if (http.any() && !command.equals("trace") && !command.equals("check")) {
			throw new Cli.UsageException("--method, --header and --sni belong to trace");
		}
		if (checkOnly && !command.equals("check")) {
			throw new Cli.UsageException("--ignore, --fail-on, --show-suppressed and --help-uri belong to check");
		}
	}

	private void ignore(String codes) {
		for (String c : codes.split(",")) {
			String code = c.strip().toLowerCase(Locale.ROOT);
			if (code.isEmpty()) {
				continue;
			}
			if (Code.of(code).isEmpty()) {
				throw new Cli.UsageException("--ignore " + code + ": no such finding code" + Code.nearest(code)
					.map(n -> "; did you mean " + n + "?").orElse(" (the README lists them)"));
			}
			ignore.add(code);
		}
	}

	private static Finding.Severity failOn(String s) {
		return switch (s.toLowerCase(Locale.ROOT)) {
			case "error" -> Finding.Severity.ERROR;
			case "warning" -> Finding.Severity.WARNING;
			case "info" -> Finding.Severity.INFO;
			default -> throw new Cli.UsageException("--fail-on is error, warning or info, not '" + s + "'");
		};
	}

	private static String next(String[] args, int i, String name) {
		if (i >= args.length) {
			throw new Cli.UsageException(name + " needs a value");
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
		throw new Cli.UsageException(option + " needs a positive number, not '" + s + "'");
	}

	private static KubernetesVersion version(String s) {
		return KubernetesVersion.parse(s).orElseThrow(() -> new Cli.UsageException(
				"--kubernetes-version is " + KubernetesVersion.choices() + ", not '" + s + "'"));
	}

	/** The output format, or the command's default (text). */
	String output() {
		return output == null ? "text" : output;
	}

	Optional<String> from() {
		return Optional.ofNullable(from);
	}

	Engine engine() {
		return new Engine(Limits.DEFAULT.withMaxBytes(maxBytes).withMaxDocuments(maxObjects).withMaxPods(maxPods)
			.withMaxMillis(maxSeconds * 1000), version);
	}

	List<Source> sources(PrintWriter err) {
		return new Inputs(maxBytes, err).read(files);
	}
}
