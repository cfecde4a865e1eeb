package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServiceType;
import dev.portpath.sim.route.Leg.Entry;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * A request to an IP address: whatever in the manifests owns it (a ClusterIP, an external or load
 * balancer address, a node, a pod, an EndpointSlice address), or nothing; and a pod reached by its own IP.
 */
final class Addresses {

	private final Cluster cluster;

	private final Policies policies;

	Addresses(Context c) {
		this.cluster = c.cluster();
		this.policies = c.policies();
	}

	Leg resolve(Path p, Leg.ByAddress leg) {
		Client client = leg.client();
		Destination d = leg.d();
		String ip = d.host();
		for (Service s : cluster.services()) {
			if (s.clusterIP().equals(ip)) {
				if (client.kind() == Client.Kind.EXTERNAL) {
					return p.fail(Step.SERVICE, d.hostPort(), ip + " is the ClusterIP of " + s.ref()
							+ ", which only exists inside the cluster", "from outside, use type NodePort or LoadBalancer",
							Outcome.NO_LISTENER, "connection times out: ClusterIPs are not routable from outside",
							Refs.docField(s.doc(), "type", "spec"));
				}
				return new Leg.ToServicePort(client, d, s, Entry.CLUSTER_IP, d.hostPort());
			}
		}
		for (Service s : cluster.services()) {
			if (s.externalIPs().contains(ip)) {
				return new Leg.ToServicePort(client, d, s, Entry.EXTERNAL_IP, d.hostPort());
			}
			if (s.loadBalancerIPs().contains(ip)) {
				return new Leg.ToServicePort(client, d, s, Entry.LOAD_BALANCER, d.hostPort());
			}
		}
		for (Node n : cluster.nodes()) {
			if (n.ip().equals(ip)) {
				return new Leg.ToNode(client, d, Optional.of(n));
			}
		}
		Optional<Pod> pod = cluster.podsWithIp(ip).stream().filter(x -> !x.hostNetwork()).findFirst();
		if (pod.isPresent()) {
			return new Leg.ToPod(client, d, pod.get());
		}
		return sliceAddressOrNothing(p, client, d);
	}

	/** An address only an EndpointSlice lists (through the source's egress policy), or one nothing owns. */
	private Leg.Done sliceAddressOrNothing(Path p, Client client, Destination d) {
		String ip = d.host();
		for (EndpointSlice s : cluster.slices()) {
			for (EndpointSlice.Address a : s.addresses()) {
				if (a.ip().equals(ip)) {
					// the source's egress policy applies to any destination, not only to pods and ClusterIPs
					Optional<Policies.Verdict> egress = client.inCluster()
							? policies.egressToAddress(client.party(), ip, d.port(), d.protocol()) : Optional.empty();
					if (egress.isPresent()) {
						Optional<Leg.Done> denied = Delivery.policyHop(p, d.hostPort(), d.hostPort(), egress.get(), "");
						if (denied.isPresent()) {
							return denied.get();
						}
					}
					return p.toward(Points.external(ip, d.port(), d.protocol())).fail(Step.EXTERNAL, d.hostPort(), ip + " is an address in EndpointSlice " + s.name()
							+ " but belongs to no pod in the manifests, so the request leaves the simulated cluster", "",
							Outcome.EXTERNAL, "answered (or not) by whatever runs at " + d.hostPort(),
							Ref.of(a.node().loc(), s.doc().id()));
				}
			}
		}
		List<Service> pending = cluster.services()
			.stream()
			.filter(s -> s.type() == ServiceType.LOAD_BALANCER && s.loadBalancerIPs().isEmpty()
					&& s.loadBalancerHostnames().isEmpty())
			.toList();
		if (!pending.isEmpty()) {
			Service lb = pending.get(0);
			return p.toward(Points.address(ip, d.port(), d.protocol())).fail(Step.ADDRESS, d.hostPort(), "no Service, node or pod in the manifests has the IP " + ip + "; "
					+ lb.ref() + " is type LoadBalancer, but no load balancer address is published in its status "
					+ "(EXTERNAL-IP <pending> until a cloud or an implementation such as MetalLB provides one)",
					"use a node IP and the nodePort" + lb.ports().stream().filter(x -> x.nodePort() != 0).findFirst()
						.map(x -> " (" + x.nodePort() + ")").orElse("") + ", or install a load-balancer implementation",
					Outcome.NO_LISTENER, "connection times out: nothing answers at " + ip,
					Refs.docField(lb.doc(), "type", "spec"));
		}
		return p.toward(Points.address(ip, d.port(), d.protocol())).fail(Step.ADDRESS, d.hostPort(), "no Service, node or pod in the manifests has the IP " + ip,
				"use a ClusterIP, externalIP, load balancer IP, node IP or pod IP that the manifests define (or write it there)",
				Outcome.NO_LISTENER, "connection times out: nothing routes " + ip);
	}

	/** A pod by its own IP: no Service, no translation; not routable from outside the cluster. */
	Leg toPod(Path p, Leg.ToPod leg) {
		Client client = leg.client();
		Destination d = leg.d();
		Pod pod = leg.pod();
		if (client.kind() == Client.Kind.EXTERNAL) {
			return p.fail(Step.POD, pod.ip() + ":" + d.port(), pod.ip() + " is the IP of pod " + pod.ref()
					+ ", and pod IPs are not routable from outside the cluster",
					"expose the pod through a Service of type NodePort or LoadBalancer, or an Ingress",
					Outcome.NO_LISTENER, "connection times out: the pod network is not reachable from outside",
					Refs.workload(pod.owner()));
		}
		Backend b = new Backend(Optional.of(pod), pod.ip(), d.port(), pod.nodeName(), true, pod.doc().loc());
		p.toward(Points.pod(pod, d.port(), d.protocol())).ok(Step.POD, pod.ip() + ":" + d.port(), pod.ip()
				+ " is the IP of pod " + pod.ref() + " (" + pod.owner().ref() + ", on " + pod.nodeName()
				+ "); the request goes straight to it, no Service involved", Refs.workload(pod.owner()));
		return new Leg.ToDelivery(Optional.of(client.party()), d.protocol(), d, b, List.of(b), Optional.empty());
	}
}
