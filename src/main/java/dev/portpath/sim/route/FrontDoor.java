package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;

/**
 * The way in from outside by name: public DNS is assumed to send the host to the Gateway or Ingress whose
 * hosts match it (a Gateway listener or route that names the host first, then an Ingress rule), and that
 * object's rules decide.
 */
final class FrontDoor {

	private final Cluster cluster;

	FrontDoor(Context c) {
		this.cluster = c.cluster();
	}

	static boolean any(Cluster cluster) {
		return !cluster.networking().ingresses().isEmpty() || !cluster.networking().gateways().isEmpty();
	}

	/** Routes an external request by host: to a matching Gateway listener, else an Ingress. */
	Leg choose(Leg.ToFrontDoor leg) {
		Destination d = leg.d();
		Optional<Ingress> ingress = ingressFor(d.host());
		boolean gatewayHost = GatewayListeners.servesHost(cluster, d.host());
		if (gatewayHost || (ingress.isEmpty() && !cluster.networking().gateways().isEmpty()
				&& (!ingressHostMatch(d.host()) || cluster.networking().ingresses().isEmpty()))) {
			return new Leg.ToGateway(d);
		}
		return new Leg.ToIngress(d, ingress.orElse(cluster.networking().ingresses().get(0)));
	}

	private boolean ingressHostMatch(String host) {
		return cluster.networking().ingresses().stream()
			.flatMap(i -> i.rules().stream())
			.anyMatch(r -> !r.host().isEmpty() && Hosts.ingressMatches(r.host(), host));
	}

	/** The Ingress whose rule names the host most specifically, else one with a host-less rule or default backend. */
	private Optional<Ingress> ingressFor(String host) {
		Ingress best = null;
		int bestScore = -1;
		for (Ingress i : cluster.networking().ingresses()) {
			for (Ingress.Rule r : i.rules()) {
				if (Hosts.ingressMatches(r.host(), host) && Hosts.specificity(r.host()) > bestScore) {
					best = i;
					bestScore = Hosts.specificity(r.host());
				}
			}
			if (best == null && i.defaultBackend().isPresent()) {
				best = i;
			}
		}
		return Optional.ofNullable(best);
	}
}
