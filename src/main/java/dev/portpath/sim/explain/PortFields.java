package dev.portpath.sim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.NetworkPolicy;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.route.EndpointResolver;
import dev.portpath.sim.route.FindPort;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Ref;

/**
 * Every port field of the manifests in one sentence each: what containerPort, port, targetPort, nodePort,
 * hostPort, backend ports, listener ports and policy ports mean where they are written.
 */
final class PortFields {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	PortFields(Cluster cluster) {
		this.cluster = cluster;
		this.endpoints = new EndpointResolver(cluster);
	}

	List<PortField> all() {
		List<PortField> out = new ArrayList<>();
		containerPorts(out);
		servicePorts(out);
		ingressBackends(out);
		routeBackends(out);
		listeners(out);
		policyPorts(out);
		out.sort(java.util.Comparator.comparing(PortField::file).thenComparingInt(PortField::line));
		return out;
	}

	/** containerPort and hostPort of every workload's containers. */
	private void containerPorts(List<PortField> out) {
		for (Workload w : cluster.workloads()) {
			cluster.budget().tick();
			List<Pod> pods = cluster.podsOf(w);
			if (pods.isEmpty()) {
				continue;
			}
			Pod pod = pods.get(0);
			boolean hostNetwork = pod.hostNetwork();
			for (Container c : pod.containers()) {
				for (ContainerPort p : c.ports()) {
					Ref r = Refs.containerPort(pod, c, p);
					String named = p.name().isEmpty() ? "" : ", named " + p.name();
					String who = c.kind() == Container.Kind.INIT ? "init container " : c.kind() == Container.Kind.SIDECAR
							? "sidecar " : "container ";
					String text = "containerPort " + p.number() + "/" + p.protocol() + named + ": documents that " + who
							+ c.name() + " of " + w.ref() + " listens on " + p.number()
							+ (p.name().isEmpty() ? "" : "; Services can target it as " + p.name())
							+ (c.kind() == Container.Kind.INIT ? " (a plain init container has exited before the pod serves, and"
									+ " Services never resolve its names)" : "")
							+ " (declaring it is informational: a process listening there answers either way)";
					out.add(new PortField(r.file(), r.line(), r.path(), "containerPort", text));
					if (p.hostPort() != 0) {
						Ref h = dev.portpath.sim.trace.Ref.of(Refs.field(p.node(), hostNetwork ? "containerPort" : "hostPort"),
								w.id() + "/" + p.path() + ".hostPort");
						out.add(new PortField(h.file(), h.line(), h.path(), "hostPort", hostNetwork
								? "hostNetwork: the pod uses its node's network, so " + p.number() + " is opened on the node itself"
								: "hostPort " + p.hostPort() + ": the node where a pod of " + w.ref() + " runs forwards its port "
										+ p.hostPort() + " to the pod's " + p.number() + " (only that node; needs the CNI portmap plugin)"));
					}
				}
			}
		}
	}

	/** port, targetPort and nodePort of every Service port. */
	private void servicePorts(List<PortField> out) {
		for (Service s : cluster.services()) {
			cluster.budget().tick();
			for (ServicePort sp : s.ports()) {
				Ref port = Refs.servicePortField(s, sp, "port");
				String where = s.headless() ? "clients that resolve the headless name " + s.name()
						+ " dial pods directly, so this number is only a label (and the SRV port)"
						: "clients connect to " + s.name() + ":" + sp.port() + " (ClusterIP " + s.clusterIP() + ")";
				out.add(new PortField(port.file(), port.line(), port.path(), "port", "port " + sp.port() + "/" + sp.protocol()
						+ (sp.name().isEmpty() ? "" : ", named " + sp.name()) + " of " + s.ref() + ": " + where));
				Ref tp = Refs.targetPort(s, sp);
				String target = sp.targetPort().defaulted() ? "targetPort is not set, so it is " + sp.port()
						: sp.targetPort().named() ? "targetPort " + sp.targetPort().name() + ": resolved in each pod to the"
								+ " container port of that name and protocol" + resolved(s, sp)
								: "targetPort " + sp.targetPort().number() + ": kube-proxy sends connections for port " + sp.port()
										+ " to this port on the pods";
				if (!sp.targetPort().defaulted()) {
					out.add(new PortField(tp.file(), tp.line(), tp.path(), "targetPort", target
							+ (s.headless() ? " (a headless Service translates nothing: this only feeds EndpointSlices)" : "")));
				}
				if (sp.nodePort() != 0) {
					Ref np = Refs.servicePortField(s, sp, "nodePort");
					out.add(new PortField(np.file(), np.line(), np.path(), "nodePort", "nodePort " + sp.nodePort()
							+ ": every node accepts connections on " + sp.nodePort() + " and sends them on like " + s.name()
							+ ":" + sp.port() + (s.doc().root().path("spec", "ports").items().stream()
								.anyMatch(n -> n == sp.node() && n.get("nodePort").present()) ? "" : " (allocated, not written)")));
				}
			}
		}
	}

	/** The Service port each Ingress backend names. */
	private void ingressBackends(List<PortField> out) {
		for (Ingress ing : cluster.networking().ingresses()) {
			cluster.budget().tick();
			for (Ingress.Rule r : ing.rules()) {
				for (Ingress.PathRule pr : r.paths()) {
					Ingress.Backend b = pr.backend();
					if (b.resource()) {
						continue;
					}
					Ref at = Ref.of(Refs.field(b.node().path("service", "port"), b.portName().isEmpty() ? "number" : "name"),
							ing.id() + "/" + b.path() + ".service.port");
					out.add(new PortField(at.file(), at.line(), at.path(), "backend port", "backend " + b.serviceName() + " "
							+ b.describePort() + " of " + ing.ref() + ": names a port of Service " + b.serviceName()
							+ " (its spec.ports[].port or name, never the targetPort); the controller then sends to the pods"));
				}
			}
		}
	}

	/** The Service port each route backendRef names. */
	private void routeBackends(List<PortField> out) {
		for (Route route : cluster.networking().routes()) {
			cluster.budget().tick();
			for (Route.RouteRule rule : route.rules()) {
				for (Route.BackendRef b : rule.backends()) {
					Ref at = Ref.of(Refs.field(b.node(), "port"), route.id() + "/" + b.path() + ".port");
					out.add(new PortField(at.file(), at.line(), at.path(), "backendRef port", "backendRef " + b.name()
							+ " port " + b.port().map(String::valueOf).orElse("(none)") + " of " + route.ref()
							+ ": the Service port, not the target port (weight " + b.weight() + ")"));
				}
			}
		}
	}

	/** The port each Gateway listener accepts. */
	private void listeners(List<PortField> out) {
		for (Gateway g : cluster.networking().gateways()) {
			for (Gateway.Listener l : g.listeners()) {
				Ref at = Ref.of(Refs.field(l.node(), "port"), g.id() + "/spec.listeners[" + l.index() + "].port");
				out.add(new PortField(at.file(), at.line(), at.path(), "listener port", "listener " + l.name() + " of "
						+ g.ref() + ": the Gateway accepts " + l.protocol() + " on port " + l.port()
						+ l.hostname().map(h -> " for " + h).orElse(" for any host")));
			}
		}
	}

	/** The ports NetworkPolicy rules allow. */
	private void policyPorts(List<PortField> out) {
		for (NetworkPolicy np : cluster.networking().policies()) {
			cluster.budget().tick();
			for (boolean ingress : new boolean[] { true, false }) {
				for (NetworkPolicy.PolicyRule r : ingress ? np.ingressRules() : np.egressRules()) {
					for (NetworkPolicy.PolicyPort pp : r.ports()) {
						Ref at = Ref.of(Refs.field(pp.node(), "port"), np.id() + "/" + r.path() + ".ports");
						out.add(new PortField(at.file(), at.line(), at.path(), "policy port", "NetworkPolicy " + np.name()
								+ " " + r.path() + " allows " + pp.describe() + (ingress ? " into" : " out of")
								+ " the pods it selects: the pod port as the packet arrives (after kube-proxy), not a Service"
								+ " port or nodePort" + (pp.name().isPresent() ? "; the name resolves on the destination pod" : "")));
					}
				}
			}
		}
	}

	private String resolved(Service s, ServicePort sp) {
		Map<Integer, Set<String>> byNumber = new LinkedHashMap<>();
		for (Pod p : endpoints.selected(s)) {
			FindPort.find(p, sp).ifPresent(r -> byNumber.computeIfAbsent(r.port(), k -> new LinkedHashSet<>()).add(p.owner().name()));
		}
		if (byNumber.isEmpty()) {
			return "; no selected pod declares it, so this port has no endpoints";
		}
		return " (" + byNumber.entrySet().stream().map(e -> e.getKey() + " in " + String.join(", ", e.getValue()))
			.collect(Collectors.joining("; ")) + ")";
	}
}
