package dev.portpath.sim.explain;

import java.util.List;

/** The pasted manifests as a whole: every port field in plain language, and the route map. */
public record Explanation(List<PortField> fields, List<RouteRow> routes) {

	public Explanation {
		fields = List.copyOf(fields);
		routes = List.copyOf(routes);
	}
}
