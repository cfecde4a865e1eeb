package dev.portpath.sim.routes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import dev.portpath.sim.explain.RouteRow;
import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Trace;

/**
 * Every route the manifests define, from the explainer's route map, each traced from the client that would
 * use it (a shell pod in the Service's namespace; a client outside for nodePorts, Ingresses and routes), or
 * from one client for all when one is given. Rows without a request form (a TCPRoute rule) are left out.
 */
public final class RouteTable {

	private RouteTable() {
	}

	public static List<Route> of(List<RouteRow> rows, Optional<String> from, Function<Request, Trace> tracer) {
		List<Route> out = new ArrayList<>();
		for (RouteRow row : rows) {
			if (row.request().isEmpty()) {
				continue;
			}
			Request request = new Request(from.orElse(row.from()), row.request());
			out.add(route(row, request, tracer.apply(request)));
		}
		return out;
	}

	static Route route(RouteRow row, Request request, Trace t) {
		Optional<Hop> failed = t.hops().stream().filter(h -> h.status() == Status.FAIL).findFirst();
		String file = failed.flatMap(h -> h.refs().stream().findFirst()).map(r -> r.file())
			.orElse(t.errors().isEmpty() ? "" : t.errors().get(0).file());
		int line = failed.flatMap(h -> h.refs().stream().findFirst()).map(r -> r.line())
			.orElse(t.errors().isEmpty() ? 0 : t.errors().get(0).line());
		return new Route(row.kind(), row.entry(), request.from(), request.to(), t.outcome(), reaches(t),
				(int) t.endpoints().stream().map(e -> e.namespace() + "/" + e.pod()).distinct().count(),
				failed.map(h -> h.step().word()).orElse(""), file, line, failed.map(Hop::fix).orElse(""));
	}

	/** Each workload's container and port the trace reaches, with its pod count. */
	static List<String> reaches(Trace t) {
		Map<String, Integer> pods = new TreeMap<>();
		Map<String, java.util.Set<String>> seen = new TreeMap<>();
		for (Endpoint e : t.endpoints()) {
			String owner = e.ownerKind().isEmpty() ? "pod " + e.namespace() + "/" + e.pod()
					: e.ownerKind() + " " + e.namespace() + "/" + e.ownerName();
			String key = owner + " → " + e.container() + ":" + e.port();
			if (seen.computeIfAbsent(key, k -> new java.util.HashSet<>()).add(e.pod())) {
				pods.merge(key, 1, Integer::sum);
			}
		}
		List<String> out = new ArrayList<>();
		pods.forEach((k, n) -> out.add(k + (n > 1 ? " (" + n + " pods)" : "")));
		return out;
	}
}
