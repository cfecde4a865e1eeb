package dev.portpath.cli;

import java.io.PrintWriter;
import java.util.List;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.render.RoutesRenderer;
import dev.portpath.sim.routes.Route;
import dev.portpath.sim.routes.RouteDiff;

/**
 * The commands for CI and code review: {@code routes} (every route the manifests define, traced, as a
 * table) and {@code diff} (what changes between two versions, route by route; exit 1 when one breaks).
 */
final class Review {

	private Review() {
	}

	static int routes(Options o, PrintWriter out, PrintWriter err) {
		RoutesRenderer.Format format = format(o, "routes", "text, json, csv or markdown");
		if (o.to != null) {
			throw new Cli.UsageException("routes takes no --to: it lists every route (--from traces them all from one client)");
		}
		try {
			Engine engine = o.engine();
			List<Route> routes = engine.routes(engine.prepare(o.sources(err)), o.from());
			out.print(new RoutesRenderer().routes(routes, format));
			return 0;
		}
		catch (InputException ex) {
			return Cli.unreadable(ex, err);
		}
		catch (BadRequestException ex) {
			err.println("portpath: " + ex.getMessage());
			return Cli.BAD_INPUT;
		}
	}

	static int diff(Options o, PrintWriter out, PrintWriter err) {
		RoutesRenderer.Format format = format(o, "diff", "text, json or markdown");
		if (format == RoutesRenderer.Format.CSV) {
			throw new Cli.UsageException("diff writes text, json or markdown, not csv");
		}
		if (o.from != null || o.to != null) {
			throw new Cli.UsageException("diff takes no --from or --to: it compares every route");
		}
		if (o.base.contains("-") && o.head.contains("-")) {
			throw new Cli.UsageException("only one of --base and --head can be standard input (-)");
		}
		try {
			Engine engine = o.engine();
			List<Source> base = new Inputs(o.maxBytes, err).read(o.base);
			List<Source> head = new Inputs(o.maxBytes, err).read(o.head);
			RouteDiff.Result d = engine.diff(engine.prepare(base), engine.prepare(head));
			out.print(new RoutesRenderer().diff(d, format));
			return d.broke() ? 1 : 0;
		}
		catch (InputException ex) {
			return Cli.unreadable(ex, err);
		}
	}

	private static RoutesRenderer.Format format(Options o, String command, String formats) {
		try {
			return RoutesRenderer.Format.of(o.output());
		}
		catch (IllegalArgumentException ex) {
			throw new Cli.UsageException(command + " writes " + formats + ", not " + o.output());
		}
	}

}
