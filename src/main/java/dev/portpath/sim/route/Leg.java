package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Trace;

/**
 * Where a request goes next: what one stage of the trace hands to the next. Each stage reads one leg,
 * writes its hops, and returns the next leg, or {@link Done} with the finished trace; the {@link Tracer}
 * runs them in a loop, so no stage calls another.
 */
sealed interface Leg {

	/** The trace is finished: delivered, failed, or gone out of the cluster. */
	record Done(Trace trace) implements Leg {
	}

	/** A name to resolve from where the client is: cluster DNS, a node's resolver, or public DNS. */
	record ByName(Client client, Destination d) implements Leg {
	}

	/** An IP address: a ClusterIP, an external or load-balancer address, a node, a pod, a slice address. */
	record ByAddress(Client client, Destination d) implements Leg {
	}

	/** localhost, 127.0.0.1 or ::1: the client's own network namespace. */
	record ToLocalhost(Client client, Destination d) implements Leg {
	}

	/** A node's address, any node or a given one: NodePorts, hostPorts and hostNetwork pods. */
	record ToNode(Client client, Destination d, Optional<Node> node) implements Leg {
	}

	/** A Service reached at an address; its port is still to be found. */
	record ToServicePort(Client client, Destination d, Service service, Entry entry, String address) implements Leg {
	}

	/** A Service port reached through kube-proxy: endpoints, traffic policies, translation. */
	record ToEndpoints(Client client, Destination d, Service service, ServicePort port, Entry entry, String address)
			implements Leg {
	}

	/** A headless Service's name: its DNS answers are the pods themselves. */
	record ToHeadless(Client client, Destination d, Service service, Dns.ServiceAnswer answer) implements Leg {
	}

	/** A pod reached by its own address. */
	record ToPod(Client client, Destination d, Pod pod) implements Leg {
	}

	/** An outside client's request by name: to the Ingress or Gateway that serves the host. */
	record ToFrontDoor(Destination d) implements Leg {
	}

	/** An Ingress whose controller got the request. */
	record ToIngress(Destination d, Ingress ingress) implements Leg {
	}

	/** A Gateway whose listeners are to be matched. */
	record ToGateway(Destination d) implements Leg {
	}

	/** Routes whose rules choose a backend: a Gateway's, or a mesh's on a Service. */
	record ToRules(Destination d, List<Route> routes, Party source, String who) implements Leg {
	}

	/** A proxy (ingress controller, Gateway) that sends straight to a Service port's endpoints. */
	record ToProxy(Party source, Destination d, Service service, ServicePort port, String who, String noEndpoints,
			List<Backend> alsoReached) implements Leg {
	}

	/** The packet is at an endpoint: policy, then the container that answers. */
	record ToDelivery(Optional<Party> source, Protocol protocol, Destination d, Backend chosen, List<Backend> all,
			Optional<Via> via) implements Leg {
	}

	/** kubectl port-forward to a pod, a workload or a Service. */
	record ToPortForward(PortForward portForward) implements Leg {
	}

	/** How the request reached the Service: it decides which traffic policy applies. */
	enum Entry {
		CLUSTER_IP, NODE_PORT, EXTERNAL_IP, LOAD_BALANCER
	}

	/** Why the request reached a port: the Service port it came through, for the fix. */
	record Via(Service service, ServicePort port) {
	}
}
