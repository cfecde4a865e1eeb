package dev.portpath.sim.route;

import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Protocol;

/** The typed sides of hops, made from the model: what a diagram or any reader of a trace draws. */
final class Points {

	private Points() {
	}

	/**
	 * A Service port: the Service, its ClusterIP ("" when headless), the port and protocol; an ExternalName
	 * Service stands outside the cluster, named by its external host.
	 */
	static Point service(Service s, ServicePort sp) {
		if (s.isExternalName()) {
			return Point.of(Point.Kind.EXTERNAL, s.namespace(), s.externalName(), "", sp.port(), sp.protocol());
		}
		return Point.of(Point.Kind.SERVICE, s.namespace(), s.name(), s.clusterIP(), sp.port(), sp.protocol());
	}

	static Point pod(Pod pod, int port, Protocol protocol) {
		return Point.of(Point.Kind.POD, pod.namespace(), pod.name(), pod.ip(), port, protocol);
	}

	/** An address the manifests name but that is no object of its own (a load balancer's, an external IP). */
	static Point address(String ip, int port, Protocol protocol) {
		return Point.of(Point.Kind.ADDRESS, "", "", ip, port, protocol);
	}

	/** Outside the simulated cluster: an ExternalName's host or an address no pod has. */
	static Point external(String host, int port, Protocol protocol) {
		return Point.of(Point.Kind.EXTERNAL, "", host, "", port, protocol);
	}

	static Point node(Node node, int port, Protocol protocol) {
		return Point.of(Point.Kind.NODE, "", node.name(), node.ip(), port, protocol);
	}
}
