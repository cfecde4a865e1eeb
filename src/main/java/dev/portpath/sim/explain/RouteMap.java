package dev.portpath.sim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.TrafficPolicy;
import dev.portpath.sim.route.EndpointResolver;
import dev.portpath.sim.route.FindPort;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Ref;

/**
 * The route map: every entry point the manifests define (each Service port and nodePort, each Ingress path,
 * each route rule), where it leads, what is wrong with it, and the request that traces it.
 */
final class RouteMap {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	RouteMap(Cluster cluster) {
		this.cluster = cluster;
		this.endpoints = new EndpointResolver(cluster);
	}

	List<RouteRow> rows() {
		List<RouteRow> out = new ArrayList<>();
		serviceRows(out);
		ingressRows(out);
		routeRows(out);
		return out;
	}

	/** Each Service port, and its nodePort when it has one. */
	private void serviceRows(List<RouteRow> out) {
		for (Service s : cluster.services()) {
			cluster.budget().tick();
			List<Pod> pods = endpoints.selected(s);
			for (ServicePort sp : s.ports()) {
				String scheme = scheme(sp);
				Ref at = Refs.servicePort(s, sp);
				List<String> problems = new ArrayList<>();
				String leads;
				if (s.isExternalName()) {
					leads = "CNAME " + s.externalName() + " (no proxying)";
				}
				else if (s.selector().isEmpty()) {
					int n = endpoints.resolve(s, sp).backends().size();
					leads = n + " manual endpoint address" + (n == 1 ? "" : "es");
					if (n == 0) {
						problems.add("no endpoints");
					}
				}
				else {
					Map<String, Integer> groups = new LinkedHashMap<>();
					int unresolved = 0;
					for (Pod p : pods) {
						var r = FindPort.find(p, sp);
						if (r.isEmpty()) {
							unresolved++;
							continue;
						}
						groups.merge(r.get().port() + " in " + p.owner().ref(), 1, Integer::sum);
					}
					leads = "targetPort " + sp.targetPort() + " → " + (groups.isEmpty() ? "no pods"
							: groups.entrySet().stream().map(e -> e.getKey().replaceFirst(" in ", " in " + e.getValue()
									+ (e.getValue() == 1 ? " pod of " : " pods of ")))
								.collect(Collectors.joining("; ")));
					if (pods.isEmpty()) {
						problems.add("selector matches no pod");
					}
					else if (unresolved > 0) {
						problems.add("targetPort " + sp.targetPort() + " names no port in " + unresolved + " of " + pods.size()
								+ " pods");
					}
				}
				String entry = s.name() + ":" + sp.port() + "/" + sp.protocol() + (s.headless() ? " (headless)" : "");
				out.add(new RouteRow("service", entry, leads, problems, at.file(), at.line(),
						scheme + s.name() + "." + s.namespace() + ":" + sp.port(), s.namespace() + "/shell"));
				if (sp.nodePort() != 0) {
					out.add(new RouteRow("nodeport", "node:" + sp.nodePort() + "/" + sp.protocol(), s.name() + ":" + sp.port()
							+ (s.externalTrafficPolicy() == TrafficPolicy.LOCAL ? " (externalTrafficPolicy Local)" : ""), problems,
							at.file(), at.line(), scheme + "node:" + sp.nodePort(), "external"));
				}
			}
		}
	}

	/** Each Ingress path. */
	private void ingressRows(List<RouteRow> out) {
		for (Ingress ing : cluster.networking().ingresses()) {
			cluster.budget().tick();
			for (Ingress.Rule r : ing.rules()) {
				for (Ingress.PathRule pr : r.paths()) {
					String host = r.host().isEmpty() ? "any host" : r.host();
					String path = pr.path().isEmpty() ? "/" : pr.path();
					String reqHost = r.host().isEmpty() ? "example.com" : r.host().replace("*", "www");
					Ingress.Backend b = pr.backend();
					out.add(new RouteRow("ingress", host + path + " (" + pr.pathType() + ")",
							b.resource() ? "resource backend" : b.serviceName() + " " + b.describePort(), List.of(),
							pr.node().loc().file(), pr.node().loc().line(), "http://" + reqHost + path, "external"));
				}
			}
		}
	}

	/** Each rule of each route. */
	private void routeRows(List<RouteRow> out) {
		for (Route route : cluster.networking().routes()) {
			cluster.budget().tick();
			for (Route.RouteRule rule : route.rules()) {
				String match = rule.matches().isEmpty() ? "/" : rule.matches().get(0).pathValue();
				String backs = rule.backends().stream().map(b -> b.name() + ":" + b.port().map(String::valueOf).orElse("?"))
					.collect(Collectors.joining(", "));
				if (backs.isEmpty() && rule.filters().stream().anyMatch(f -> f instanceof RouteFilter.RequestRedirect)) {
					backs = "a redirect (RequestRedirect), no backend";
				}
				String host = route.hostnames().isEmpty() ? "example.com" : route.hostnames().get(0).replace("*", "www");
				boolean http = route.kind().equals("HTTPRoute") || route.kind().equals("GRPCRoute");
				out.add(new RouteRow(route.kind().toLowerCase(Locale.ROOT), route.name() + " rule " + rule.index() + " "
						+ match, backs, List.of(), rule.node().loc().file(), rule.node().loc().line(),
						http ? "http://" + host + match : "", "external"));
			}
		}
	}

	static String scheme(ServicePort sp) {
		return switch (sp.protocol()) {
			case UDP -> "udp://";
			case SCTP -> "sctp://";
			default -> sp.port() == 80 ? "http://" : "tcp://";
		};
	}
}
