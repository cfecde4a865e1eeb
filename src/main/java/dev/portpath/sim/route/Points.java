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

	/** A Service port: the Service, its ClusterIP ("" when headless or ExternalName), the port and protocol. */
	static Point service(Service s, ServicePort sp) {
		return Point.of(Point.Kind.SERVICE, s.namespace(), s.name(), s.clusterIP(), sp.port(), sp.protocol());
	}

	static Point pod(Pod pod, int port, Protocol protocol) {
		return Point.of(Point.Kind.POD, pod.namespace(), pod.name(), pod.ip(), port, protocol);
	}

	static Point node(Node node, int port, Protocol protocol) {
		return Point.of(Point.Kind.NODE, "", node.name(), node.ip(), port, protocol);
	}
}
