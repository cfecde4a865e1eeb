package dev.portpath.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.ParseProblem;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.render.JsonRenderer;
import dev.portpath.sim.render.SarifRenderer;
import dev.portpath.sim.render.TextRenderer;
import dev.portpath.sim.route.BadRequestException;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Trace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code trace} and {@code check} from the command line, without starting Spring. Exit codes follow
 * the trace contract: trace 0 for any computed outcome; check 0 clean, 1 with errors; 2 for bad
 * arguments or unreadable input.
 */
@Command(name = "portpath", mixinStandardHelpOptions = true, version = "PortPath 0.1.0 (models Kubernetes "
		+ Engine.KUBERNETES_VERSION + ")", description = "Trace how a request finds its way through Kubernetes ports.",
		subcommands = { Cli.TraceCommand.class, Cli.CheckCommand.class })
public final class Cli {

	static final int BAD_INPUT = 2;

	private static final Set<String> COMMANDS = Set.of("trace", "check", "help", "--help", "-h", "--version", "-V");

	/** True when the arguments ask for a command rather than the web server. */
	public static boolean handles(String[] args) {
		return args.length > 0 && COMMANDS.contains(args[0]);
	}

	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine cl = new CommandLine(new Cli());
		cl.setOut(out);
		cl.setErr(err);
		cl.setExitCodeExceptionMapper(ex -> BAD_INPUT);
		cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
			cmd.getErr().println("portpath: " + ex.getMessage());
			return BAD_INPUT;
		});
		int code = cl.execute(args);
		out.flush();
		err.flush();
		return code;
	}

	static class Common {

		@Option(names = { "-f", "--file" }, required = true, paramLabel = "FILE",
				description = "a YAML file of manifests; repeat for several; - reads standard input")
		List<String> files = new ArrayList<>();

		@Option(names = "--max-bytes", paramLabel = "N", description = "refuse input larger than this (default: 1 MiB)")
		int maxBytes = Limits.DEFAULT.maxBytes();

		@CommandLine.Spec
		CommandLine.Model.CommandSpec spec;

		List<Source> sources() {
			List<Source> sources = new ArrayList<>();
			for (String f : files) {
				try {
					if (f.equals("-")) {
						sources.add(new Source("stdin", new String(System.in.readAllBytes(), StandardCharsets.UTF_8)));
					}
					else {
						sources.add(new Source(f, Files.readString(Path.of(f), StandardCharsets.UTF_8)));
					}
				}
				catch (IOException | java.io.UncheckedIOException ex) {
					throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + f + ": " + ex.getMessage());
				}
			}
			return sources;
		}

		Engine engine() {
			return new Engine(Limits.DEFAULT.withMaxBytes(maxBytes));
		}

		int unreadable(InputException ex) {
			ParseProblem pp = ex.problem();
			String where = pp.file() + (pp.line() > 0 ? ":" + pp.line() : "");
			spec.commandLine().getErr().println("portpath: " + (where.isEmpty() ? "" : where + ": ") + pp.message());
			return BAD_INPUT;
		}
	}

	@Command(name = "trace", mixinStandardHelpOptions = true,
			description = "Trace one request through the manifests, hop by hop.")
	static final class TraceCommand extends Common implements Callable<Integer> {

		@Option(names = "--from", paramLabel = "FROM", defaultValue = "shell",
				description = "shell, NS/shell, KIND/NAME, NS/KIND/NAME, node or external (default: ${DEFAULT-VALUE})")
		String from;

		@Option(names = "--to", required = true, paramLabel = "TO",
				description = "[SCHEME://]HOST[:PORT][/PATH], or port-forward:[NS/]KIND/NAME:PORT")
		String to;

		@Option(names = { "-o", "--output" }, defaultValue = "text", paramLabel = "FORMAT",
				description = "text or json (default: ${DEFAULT-VALUE})")
		Format output;

		@Override
		public Integer call() {
			if (output == Format.sarif) {
				throw new CommandLine.ParameterException(spec.commandLine(), "trace writes text or json, not sarif");
			}
			try {
				Trace t = engine().trace(sources(), from, to);
				PrintWriter out = spec.commandLine().getOut();
				out.print(output == Format.json ? new JsonRenderer().trace(t) : new TextRenderer().trace(t));
				return 0;
			}
			catch (InputException ex) {
				return unreadable(ex);
			}
			catch (BadRequestException ex) {
				spec.commandLine().getErr().println("portpath: " + ex.getMessage());
				return BAD_INPUT;
			}
		}
	}

	@Command(name = "check", mixinStandardHelpOptions = true,
			description = "Walk every route the manifests define and report what is broken, and how to fix it.")
	static final class CheckCommand extends Common implements Callable<Integer> {

		@Option(names = { "-o", "--output" }, defaultValue = "text", paramLabel = "FORMAT",
				description = "text, json or sarif (default: ${DEFAULT-VALUE})")
		Format output;

		@Override
		public Integer call() {
			try {
				CheckReport r = engine().check(sources());
				PrintWriter out = spec.commandLine().getOut();
				out.print(switch (output) {
					case json -> new JsonRenderer().check(r);
					case sarif -> new SarifRenderer().check(r);
					case text -> new TextRenderer().check(r);
				});
				return r.hasErrors() ? 1 : 0;
			}
			catch (InputException ex) {
				return unreadable(ex);
			}
		}
	}

	enum Format {
		text, json, sarif
	}
}
