package dev.portpath.sim.route;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;

/** Whether a Gateway's class is in the manifests: decided here for the trace and for check alike. */
public final class GatewayClasses {

	private GatewayClasses() {
	}

	public static boolean known(Cluster cluster, Gateway g) {
		return cluster.docsOfKind("GatewayClass").stream().anyMatch(doc -> doc.name().equals(g.className()));
	}
}
