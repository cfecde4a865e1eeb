package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.route.Leg.Entry;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * A Service reached at an address (its ClusterIP, a nodePort, a load balancer or external address): the
 * Service port with that number and protocol, then kube-proxy, or a mesh's routes when a Gateway API
 * route has the Service as its parent.
 */
final class ServicePorts {

	private final Cluster cluster;

	ServicePorts(Context c) {
		this.cluster = c.cluster();
	}

	/** The Service has been reached at {@code address}; find the Service port, then the endpoints. */
	Leg find(Path p, Leg.ToServicePort leg) {
		Client client = leg.client();
		Destination d = leg.d();
		Service svc = leg.service();
		Entry entry = leg.entry();
		String address = leg.address();
		arrivedBy(p, client, d, svc, entry, address);
		Optional<ServicePort> match = svc.ports()
			.stream()
			.filter(sp -> (entry == Entry.NODE_PORT ? sp.nodePort() : sp.port()) == d.port()
					&& sp.protocol().equals(d.protocol()))
			.findFirst();
		if (match.isEmpty()) {
			return noSuchPort(p, d, svc, entry, address);
		}
		ServicePort sp = match.get();
		String how = switch (entry) {
			case CLUSTER_IP -> address + "/" + sp.protocol() + " is port " + sp.describe() + " of " + svc.ref();
			case NODE_PORT -> "nodePort " + sp.nodePort() + " is port " + sp.describe() + " of " + svc.ref()
					+ " (type " + svc.type() + ")";
			case EXTERNAL_IP, LOAD_BALANCER -> "port " + sp.describe() + " of " + svc.ref()
					+ " answers there: external addresses expose the Service port, not the nodePort";
		};
		p.toward(Points.service(svc, sp)).ok(Step.SERVICE, address, how,
				Refs.servicePortField(svc, sp, entry == Entry.NODE_PORT ? "nodePort" : "port"));
		if (entry == Entry.CLUSTER_IP && client.kind() == Client.Kind.POD) {
			List<Route> mesh = Rules.meshRoutes(cluster, svc, sp.port());
			if (!mesh.isEmpty()) {
				p.note(mesh.get(0).ref() + " has " + svc.ref() + " as its parent: a service mesh (Gateway API GAMMA)"
						+ " applies its rules in the client's proxy; without a mesh they do nothing and kube-proxy routes as usual.");
				return new Leg.ToRules(d, mesh, client.party(), "the mesh proxy");
			}
		}
		return new Leg.ToEndpoints(client, d, svc, sp, entry, address);
	}

	/** The hop of a load balancer or external address the request came in by, if it came in by one. */
	private static void arrivedBy(Path p, Client client, Destination d, Service svc, Entry entry, String address) {
		if (entry == Entry.LOAD_BALANCER) {
			String ip = address.substring(0, address.lastIndexOf(':'));
			p.toward(Points.address(ip, d.port(), d.protocol())).ok(Step.LOADBALANCER, address, ip + " is the load balancer address of " + svc.ref() + " (status.loadBalancer"
					+ (client.inCluster() ? "); from inside the cluster kube-proxy short-circuits it straight to the Service"
							: "); the load balancer hands the connection to a node, where kube-proxy captures it (ipMode VIP)"),
					Refs.docField(svc.doc(), "loadBalancer", "status"));
		}
		else if (entry == Entry.EXTERNAL_IP) {
			String ip = address.substring(0, address.lastIndexOf(':'));
			p.toward(Points.address(ip, d.port(), d.protocol())).ok(Step.EXTERNAL_IP, address, ip + " is in spec.externalIPs of " + svc.ref() + ": getting packets for it to a"
					+ " node is the cluster admin's job, and kube-proxy there treats it like the Service (externalIPs are"
					+ " deprecated since 1.36)", Refs.docField(svc.doc(), "externalIPs", "spec"));
		}
	}

	/** No Service port has that number and protocol: no rule handles the address. */
	private static Leg.Done noSuchPort(Path p, Destination d, Service svc, Entry entry, String address) {
		String field = entry == Entry.NODE_PORT ? "nodePort" : "port";
		Optional<ServicePort> otherProtocol = svc.ports()
			.stream()
			.filter(sp -> (entry == Entry.NODE_PORT ? sp.nodePort() : sp.port()) == d.port())
			.findFirst();
		String has = svc.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
		String msg = otherProtocol.isPresent()
				? svc.ref() + " has " + field + " " + d.port() + " only for " + otherProtocol.get().protocol()
						+ ", not " + d.protocol()
				: svc.ref() + " has no " + field + " " + d.port() + "/" + d.protocol() + (has.isEmpty()
						? "; it declares no ports" : "; it exposes " + has);
		String suggestion = svc.ports().isEmpty() ? "add a port to spec.ports"
				: "use port " + svc.ports().get(0).port() + ", or add " + d.port() + " to spec.ports";
		Ref ref = svc.ports().isEmpty() ? Refs.docField(svc.doc(), "ports", "spec")
				: otherProtocol.map(sp -> Refs.servicePortField(svc, sp, "protocol"))
					.orElse(Refs.docField(svc.doc(), "ports", "spec"));
		// nftables rejects traffic to unknown ports of ClusterIPs only; elsewhere no rule matches, and it times out
		String symptom = entry == Entry.CLUSTER_IP
				? "connection times out (iptables mode) or is refused (nftables mode): no rule handles " + address
				: "connection times out: no kube-proxy rule handles " + address + " (nftables rejects unknown ports on"
						+ " ClusterIPs only)";
		return p.fail(Step.SERVICE, address, msg, suggestion, Outcome.NO_SUCH_SERVICE_PORT, symptom, ref);
	}
}
