package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.TrafficPolicy;
import dev.portpath.sim.route.Leg.Entry;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * A request to a node's address: a nodePort (kube-proxy opens it on every node), a hostPort (only on the
 * node where that pod runs), a hostNetwork pod's port, or nothing; and a request to localhost, which stays
 * in the client's own network namespace.
 */
final class Nodes {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	Nodes(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
	}

	/** A node address: NodePorts, hostPorts and hostNetwork pods. */
	Leg arrive(Path p, Leg.ToNode leg) {
		Client client = leg.client();
		Destination d = leg.d();
		Optional<Node> specific = leg.node();
		// "node" is any node: a node's shell reaches its own, anyone else the first
		Node node = specific.or(client::node).orElse(cluster.nodes().get(0));
		Optional<Leg> nodePort = nodePort(p, client, d, specific, node);
		if (nodePort.isPresent()) {
			return nodePort.get();
		}
		List<HostPort> hostPorts = hostPorts(d.port(), d.protocol());
		List<HostPort> here = hostPorts.stream()
			.filter(h -> specific.isEmpty() || h.pod().nodeName().equals(node.name()))
			.toList();
		if (!here.isEmpty()) {
			return hostPort(p, client, d, node, here);
		}
		if (!hostPorts.isEmpty()) {
			HostPort h = hostPorts.get(0);
			return p.toward(Points.node(node, d.port(), d.protocol())).fail(Step.HOSTPORT, node.ip() + ":" + d.port(), "hostPort " + d.port() + " is open only on "
					+ h.pod().nodeName() + ", where pod " + h.pod().ref() + " runs, not on " + node.name(),
					"send the request to " + h.pod().nodeName() + ", or use a Service of type NodePort, which listens on every node",
					Outcome.NO_LISTENER, "connection refused by " + node.name(),
					Ref.of(Refs.field(h.port().node(), "hostPort"), h.pod().owner().id() + "/" + h.port().path()));
		}
		return nothingListens(p, d, node);
	}

	/** A nodePort of some Service, on this node or (for "node") on one that has a local endpoint if it matters. */
	private Optional<Leg> nodePort(Path p, Client client, Destination d, Optional<Node> specific, Node node) {
		for (Service s : cluster.services()) {
			for (ServicePort sp : s.ports()) {
				if (sp.nodePort() == d.port() && sp.nodePort() != 0 && sp.protocol().equals(d.protocol())) {
					Node at = node;
					if (specific.isEmpty() && s.externalTrafficPolicy() == TrafficPolicy.LOCAL
							&& client.kind() == Client.Kind.EXTERNAL) {
						// "node" means any node: pick one that has a local endpoint, as a working client would
						Selection sel = endpoints.resolve(s, sp);
						Optional<String> withPod = sel.backends().stream().map(Backend::nodeName).sorted().findFirst();
						at = withPod.flatMap(cluster::node).orElse(node);
					}
					p.toward(Points.node(at, d.port(), d.protocol())).ok(Step.NODEPORT, at.ip() + ":" + d.port(), "port "
							+ d.port() + " on every node is nodePort of " + s.ref() + " port " + sp.describe()
							+ " (kube-proxy opens it on all nodes; this request arrives at " + at.name() + ")",
							Refs.servicePortField(s, sp, "nodePort"));
					return Optional.of(new Leg.ToEndpoints(client, d, s, sp, Entry.NODE_PORT, at.ip() + ":" + d.port()));
				}
			}
		}
		return Optional.empty();
	}

	/** A hostPort (or hostNetwork) pod on the node: straight to it. */
	private Leg hostPort(Path p, Client client, Destination d, Node node, List<HostPort> candidates) {
		HostPort h = candidates.get(0);
		Node at = cluster.node(h.pod().nodeName()).orElse(node);
		List<HostPort> here = candidates.stream().filter(x -> x.pod().nodeName().equals(at.name())).toList();
		Backend b = new Backend(Optional.of(h.pod()), h.pod().ip(), h.port().number(), at.name(), true,
				h.pod().owner().doc().loc());
		if (h.pod().hostNetwork()) {
			p.toward(Points.pod(h.pod(), d.port(), d.protocol())).ok(Step.HOST_NETWORK, at.ip() + ":" + d.port(), "pod " + h.pod().ref() + " uses hostNetwork: true, so container "
					+ h.container().name() + " listens on " + at.name() + "'s own address, port " + d.port(),
					Ref.of(Refs.field(h.pod().spec(), "hostNetwork"), h.pod().owner().id() + "/"
							+ h.pod().owner().templatePath() + ".hostNetwork"));
		}
		else {
			p.toward(Points.pod(h.pod(), h.port().number(), d.protocol())).ok(Step.HOSTPORT, h.pod().ip() + ":" + h.port().number(), at.name() + ":" + d.port()
					+ " is hostPort of container " + h.container().name() + " in pod " + h.pod().ref()
					+ "; the CNI portmap plugin forwards it to " + h.pod().ip() + ":" + h.port().number()
					+ " (only on the node where that pod runs)",
					Ref.of(Refs.field(h.port().node(), "hostPort"), h.pod().owner().id() + "/" + h.port().path() + ".hostPort"));
		}
		return new Leg.ToDelivery(Optional.of(client.party()), d.protocol(), d, b, here.stream()
			.map(x -> new Backend(Optional.of(x.pod()), x.pod().ip(), x.port().number(), x.pod().nodeName(), true,
					x.pod().owner().doc().loc()))
			.toList(), Optional.empty());
	}

	/** Nothing opens the port on a node: say which nodePorts exist, or that it is a containerPort behind a hostPort. */
	private Leg.Done nothingListens(Path p, Destination d, Node node) {
		List<Ref> nodePortRefs = new ArrayList<>();
		List<String> allocated = new ArrayList<>();
		for (Service s : cluster.services()) {
			for (ServicePort sp : s.ports()) {
				if (sp.nodePort() != 0) {
					allocated.add(sp.nodePort() + " (" + s.name() + ":" + sp.port() + ")");
					nodePortRefs.add(Refs.servicePortField(s, sp, "nodePort"));
				}
			}
		}
		Optional<Leg.Done> behindHostPort = containerPortBehindHostPort(p, d, node);
		if (behindHostPort.isPresent()) {
			return behindHostPort.get();
		}
		String hint = allocated.isEmpty() ? "no Service of type NodePort or LoadBalancer exists in the manifests"
				: "nodePorts in use: " + String.join(", ", allocated.subList(0, Math.min(6, allocated.size())));
		String range = d.port() < 30000 || d.port() > 32767
				? "; NodePorts are in 30000-32767, so " + d.port() + " is probably a Service port or targetPort, which nodes do not open"
				: "";
		return p.toward(Points.node(node, d.port(), d.protocol())).fail(Step.NODEPORT, node.ip() + ":" + d.port(), "nothing listens on " + node.name() + " port " + d.port()
				+ ": no Service has nodePort " + d.port() + " and no pod has hostPort " + d.port() + range + " ("
				+ hint + ")", allocated.isEmpty() ? "make the Service type: NodePort and use its nodePort"
						: "use one of the allocated nodePorts",
				Outcome.NO_LISTENER, "connection refused by " + node.name(), nodePortRefs.toArray(Ref[]::new));
	}

	private Optional<Leg.Done> containerPortBehindHostPort(Path p, Destination d, Node node) {
		for (Pod pod : cluster.pods()) {
			for (Container c : pod.running()) {
				for (ContainerPort cp : c.ports()) {
					if (cp.number() == d.port() && cp.hostPort() != 0 && cp.hostPort() != d.port()) {
						return Optional.of(p.toward(Points.node(node, d.port(), d.protocol())).fail(Step.HOSTPORT, node.ip() + ":" + d.port(), "container " + c.name()
								+ " of pod " + pod.ref() + " declares containerPort " + d.port() + " with hostPort "
								+ cp.hostPort() + ": the node opens " + cp.hostPort() + ", and containerPort " + d.port()
								+ " exists only on the pod's own IP", "send the request to port " + cp.hostPort()
										+ " on " + pod.nodeName(),
								Outcome.NO_LISTENER, "connection refused by " + node.name(),
								Ref.of(Refs.field(cp.node(), "hostPort"), pod.owner().id() + "/" + cp.path() + ".hostPort")));
					}
				}
			}
		}
		return Optional.empty();
	}

	record HostPort(Pod pod, Container container, ContainerPort port) {
	}

	private List<HostPort> hostPorts(int port, Protocol protocol) {
		List<HostPort> out = new ArrayList<>();
		for (Pod pod : cluster.pods()) {
			for (Container c : pod.running()) {
				for (ContainerPort cp : c.ports()) {
					if (cp.hostPort() == port && cp.protocol().equals(protocol)) {
						out.add(new HostPort(pod, c, cp));
					}
				}
			}
		}
		return out;
	}

	/** localhost: the client's own network namespace (a node's, for a node client); no Service, no policy. */
	Leg localhost(Path p, Leg.ToLocalhost leg) {
		Client client = leg.client();
		Destination d = leg.d();
		if (client.kind() == Client.Kind.EXTERNAL) {
			return p.fail(Step.LOCALHOST, d.hostPort(), "localhost of an external client is its own machine, not the cluster",
					"use port-forward:KIND/NAME:PORT to reach a pod from your machine", Outcome.NO_LISTENER,
					"connection refused on your own machine");
		}
		if (client.kind() == Client.Kind.NODE) {
			return new Leg.ToNode(client, d, client.node());
		}
		Pod pod = client.pod().orElseThrow();
		String containers = pod.running().stream().map(Container::name).collect(Collectors.joining(", "));
		p.ok(Step.LOCALHOST, "localhost:" + d.port(), "localhost is pod " + pod.name() + "'s own network namespace, which "
				+ "all its containers share (" + containers + "); no Service or NetworkPolicy is involved",
				Refs.workload(pod.owner()));
		Backend b = new Backend(Optional.of(pod), "127.0.0.1", d.port(), pod.nodeName(), true, pod.owner().doc().loc());
		return new Leg.ToDelivery(Optional.empty(), d.protocol(), d, b, List.of(b), Optional.empty()); // loopback: no policy
	}
}
