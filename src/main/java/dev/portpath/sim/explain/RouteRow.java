package dev.portpath.sim.explain;

import java.util.List;

/**
 * One row of the route map: an entry point (a Service port, a NodePort, an Ingress path, a route rule)
 * and where it leads, with the problems found on it. {@code request} is a TO that traces it.
 */
public record RouteRow(String kind, String entry, String leadsTo, List<String> problems, String file, int line,
		String request, String from) {

	public RouteRow {
		problems = List.copyOf(problems);
	}
}
