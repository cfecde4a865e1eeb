package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.route.Attachments;
import dev.portpath.sim.route.Backends;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/** Gateway API routes: does a listener of the parent accept them, and do their backendRefs resolve. */
final class RouteChecks {

	private RouteChecks() {
	}

	static List<Finding> parents(Cluster cluster, Route r) {
		List<Finding> out = new ArrayList<>();
		for (Route.ParentRef pr : r.parents()) {
			Ref at = Ref.of(pr.node().loc(), r.id() + "/spec.parentRefs");
			if (pr.isService()) {
				if (cluster.service(pr.namespace(), pr.name()).isEmpty()) {
					out.add(Findings.warning(Code.ROUTE_PARENT_NOT_FOUND, at, r.ref() + " attaches to Service "
							+ pr.namespace() + "/" + pr.name() + " (mesh), which is not in these manifests",
							"name an existing Service as the parent"));
				}
				continue;
			}
			if (!pr.kind().equals("Gateway")) {
				continue;
			}
			Optional<Gateway> g = cluster.networking().gateways().stream()
				.filter(x -> x.name().equals(pr.name()) && x.namespace().equals(pr.namespace()))
				.findFirst();
			if (g.isEmpty()) {
				out.add(Findings.warning(Code.ROUTE_PARENT_NOT_FOUND, at, r.ref() + " attaches to Gateway " + pr.namespace()
						+ "/" + pr.name() + ", which is not in these manifests", "name an existing Gateway as the parent"));
				continue;
			}
			List<String> reasons = new ArrayList<>();
			boolean accepted = false;
			for (Gateway.Listener l : g.get().listeners()) {
				Optional<Attachments.Rejection> why = Attachments.whyNot(cluster, r, pr, g.get(), l, Optional.empty());
				if (why.isEmpty()) {
					accepted = true;
					break;
				}
				reasons.add(why.get().text());
			}
			if (!accepted) {
				out.add(Findings.error(Code.ROUTE_NOT_ACCEPTED, at, "no listener of " + g.get().ref() + " accepts "
						+ r.ref() + " (Accepted=False): " + String.join("; ", reasons.subList(0, Math.min(3, reasons.size()))),
						"match the parentRef's sectionName/port to a listener, the hostnames to the listener's, and the"
								+ " listener's allowedRoutes to the route's namespace"));
			}
		}
		return out;
	}

	static List<Finding> backends(Cluster cluster, Route r) {
		List<Finding> out = new ArrayList<>();
		for (Route.RouteRule rule : r.rules()) {
			for (Route.BackendRef b : rule.backends()) {
				Backends.Resolved res = Backends.resolve(cluster, r, b);
				if (res.problem().isEmpty()) {
					continue;
				}
				switch (res.reason().orElseThrow()) {
					case BACKEND_NOT_FOUND -> out.add(Findings.warning(Code.BACKEND_SERVICE_NOT_FOUND, res.ref(),
							r.ref() + ": " + res.problem().get() + "; the Gateway answers 500 for its share of the traffic"
									+ " unless the Service is defined elsewhere",
							"create the Service, or name one that exists"));
					case REF_NOT_PERMITTED -> out.add(Findings.warning(Code.BACKEND_NOT_PERMITTED, res.ref(),
							r.ref() + ": " + res.problem().get(), "add a ReferenceGrant in namespace " + b.namespace()
									+ " from " + r.kind() + "s in " + r.namespace() + " to Services"));
					case TARGET_PORT, PORT_NOT_FOUND -> {
						Service s = res.service().orElseThrow();
						out.add(portFinding(cluster, s, res.ref(), r.ref() + " " + b.path(),
								b.port().map(String::valueOf).orElse("(none)"), b.port().orElse(0), "", "500"));
					}
					case INVALID_KIND -> {
						// other kinds of backend are implementation-specific; nothing to judge
					}
				}
			}
		}
		return out;
	}

	/** A backend port that is not a Service port: the classic (it is the targetPort) or simply not there. */
	static Finding portFinding(Cluster cluster, Service s, Ref at, String who, String given, int number, String name,
			String status) {
		Optional<String> classic = Backends.classicMistake(cluster, s, number, name);
		String has = FrontendRules.ports(s);
		if (classic.isPresent()) {
			return Findings.error(Code.BACKEND_PORT_IS_TARGET_PORT, at, who + " names port " + given + " of " + s.ref()
					+ ", but " + classic.get() + "; the Service's ports are " + has + ", so the backend answers " + status,
					"use the Service port (" + has + ")");
		}
		return Findings.error(Code.BACKEND_PORT_NOT_FOUND, at, who + " names port " + given + ", which " + s.ref()
				+ " does not have (it has " + (has.isEmpty() ? "no ports" : has) + "), so the backend answers " + status,
				"use one of the Service's ports");
	}
}
