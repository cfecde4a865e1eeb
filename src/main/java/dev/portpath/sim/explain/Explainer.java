package dev.portpath.sim.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
import dev.portpath.sim.model.TrafficPolicy;
import dev.portpath.sim.route.EndpointResolver;
import dev.portpath.sim.route.FindPort;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;

/**
 * Explains the manifests as a whole: each port field in one sentence ("containerPort 8080, named http:
 * documents that container app listens on 8080; Services can target it as http"), and a route map from
 * every entry point to the pods, with the requests that trace each row.
 */
public final class Explainer {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	public Explainer(Cluster cluster) {
		this.cluster = cluster;
		this.endpoints = new EndpointResolver(cluster);
	}

	public Explanation explain() {
		return new Explanation(fields(), routes());
	}

	private List<PortField> fields() {
		List<PortField> out = new ArrayList<>();
		for (Workload w : cluster.workloads()) {
			cluster.budget().tick();
			Pod pod = cluster.podsOf(w).stream().findFirst().orElse(null);
			List<Container> containers = pod != null ? pod.containers() : List.of();
			boolean hostNetwork = pod != null && pod.hostNetwork();
			for (Container c : containers) {
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
		for (Gateway g : cluster.networking().gateways()) {
			for (Gateway.Listener l : g.listeners()) {
				Ref at = Ref.of(Refs.field(l.node(), "port"), g.id() + "/spec.listeners[" + l.index() + "].port");
				out.add(new PortField(at.file(), at.line(), at.path(), "listener port", "listener " + l.name() + " of "
						+ g.ref() + ": the Gateway accepts " + l.protocol() + " on port " + l.port()
						+ l.hostname().map(h -> " for " + h).orElse(" for any host")));
			}
		}
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
		out.sort(java.util.Comparator.comparing(PortField::file).thenComparingInt(PortField::line));
		return out;
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

	private List<RouteRow> routes() {
		List<RouteRow> out = new ArrayList<>();
		for (Service s : cluster.services()) {
			cluster.budget().tick();
			List<Pod> pods = endpoints.selected(s);
			for (ServicePort sp : s.ports()) {
				String scheme = scheme(sp);
				Ref at = Refs.servicePort(s, sp);
				List<String> problems = new ArrayList<>();
				String leads;
				if (s.isExternalName()) {
					leads = "CNAME " + s.externalName() + " (no proxying)";
				}
				else if (s.selector().isEmpty()) {
					int n = endpoints.resolve(s, sp).backends().size();
					leads = n + " manual endpoint address" + (n == 1 ? "" : "es");
					if (n == 0) {
						problems.add("no endpoints");
					}
				}
				else {
					Map<String, Integer> groups = new LinkedHashMap<>();
					int unresolved = 0;
					for (Pod p : pods) {
						var r = FindPort.find(p, sp);
						if (r.isEmpty()) {
							unresolved++;
							continue;
						}
						groups.merge(r.get().port() + " in " + p.owner().ref(), 1, Integer::sum);
					}
					leads = "targetPort " + sp.targetPort() + " → " + (groups.isEmpty() ? "no pods"
							: groups.entrySet().stream().map(e -> e.getKey().replaceFirst(" in ", " in " + e.getValue()
									+ (e.getValue() == 1 ? " pod of " : " pods of ")))
								.collect(Collectors.joining("; ")));
					if (pods.isEmpty()) {
						problems.add("selector matches no pod");
					}
					else if (unresolved > 0) {
						problems.add("targetPort " + sp.targetPort() + " names no port in " + unresolved + " of " + pods.size()
								+ " pods");
					}
				}
				String entry = s.name() + ":" + sp.port() + "/" + sp.protocol() + (s.headless() ? " (headless)" : "");
				out.add(new RouteRow("service", entry, leads, problems, at.file(), at.line(),
						scheme + s.name() + "." + s.namespace() + ":" + sp.port(), s.namespace() + "/shell"));
				if (sp.nodePort() != 0) {
					out.add(new RouteRow("nodeport", "node:" + sp.nodePort() + "/" + sp.protocol(), s.name() + ":" + sp.port()
							+ (s.externalTrafficPolicy() == TrafficPolicy.LOCAL ? " (externalTrafficPolicy Local)" : ""), problems,
							at.file(), at.line(), scheme + "node:" + sp.nodePort(), "external"));
				}
			}
		}
		for (Ingress ing : cluster.networking().ingresses()) {
			cluster.budget().tick();
			for (Ingress.Rule r : ing.rules()) {
				for (Ingress.PathRule pr : r.paths()) {
					String host = r.host().isEmpty() ? "any host" : r.host();
					String path = pr.path().isEmpty() ? "/" : pr.path();
					String reqHost = r.host().isEmpty() ? "example.com" : r.host().replace("*", "www");
					Ingress.Backend b = pr.backend();
					out.add(new RouteRow("ingress", host + path + " (" + pr.pathType() + ")",
							b.resource() ? "resource backend" : b.serviceName() + " " + b.describePort(), List.of(),
							pr.node().loc().file(), pr.node().loc().line(), "http://" + reqHost + path, "external"));
				}
			}
		}
		for (Route route : cluster.networking().routes()) {
			cluster.budget().tick();
			for (Route.RouteRule rule : route.rules()) {
				String match = rule.matches().isEmpty() ? "/" : rule.matches().get(0).pathValue();
				String backs = rule.backends().stream().map(b -> b.name() + ":" + b.port().map(String::valueOf).orElse("?"))
					.collect(Collectors.joining(", "));
				String host = route.hostnames().isEmpty() ? "example.com" : route.hostnames().get(0).replace("*", "www");
				boolean http = route.kind().equals("HTTPRoute") || route.kind().equals("GRPCRoute");
				out.add(new RouteRow(route.kind().toLowerCase(Locale.ROOT), route.name() + " rule " + rule.index() + " "
						+ match, backs, List.of(), rule.node().loc().file(), rule.node().loc().line(),
						http ? "http://" + host + match : "", "external"));
			}
		}
		return out;
	}

	static String scheme(ServicePort sp) {
		return switch (sp.protocol()) {
			case UDP -> "udp://";
			case SCTP -> "sctp://";
			default -> sp.port() == 80 ? "http://" : "tcp://";
		};
	}

	/** FROM choices (a shell per namespace, each workload, node, external) and TO suggestions. */
	public Suggestions suggestions() {
		List<Suggestions.Choice> from = new ArrayList<>();
		for (String ns : cluster.namespaces().stream().sorted().toList()) {
			from.add(new Suggestions.Choice(ns.equals("default") ? "shell" : ns + "/shell", "a shell pod in " + ns));
		}
		for (Workload w : cluster.workloads()) {
			cluster.budget().tick();
			if (w.replicas() > 0) {
				String kind = w.kind().toLowerCase(Locale.ROOT);
				String value = w.namespace().equals("default") ? kind + "/" + w.name() : w.namespace() + "/" + kind + "/" + w.name();
				from.add(new Suggestions.Choice(value, "a pod of " + w.ref()));
			}
		}
		from.add(new Suggestions.Choice("node", "a node (host network)"));
		from.add(new Suggestions.Choice("external", "a client outside the cluster"));
		Set<String> to = new LinkedHashSet<>();
		List<Suggestions.Choice> tos = new ArrayList<>();
		for (RouteRow r : routes()) {
			if (!r.request().isEmpty() && to.add(r.request())) {
				tos.add(new Suggestions.Choice(r.request(), r.kind() + " " + r.entry()));
			}
		}
		for (Service s : cluster.services()) {
			cluster.budget().tick();
			for (ServicePort sp : s.ports()) {
				String shortName = scheme(sp) + s.name() + ":" + sp.port();
				if (to.add(shortName)) {
					tos.add(new Suggestions.Choice(shortName, "short name, from namespace " + s.namespace()));
				}
				for (String ip : s.loadBalancerIPs()) {
					String v = scheme(sp) + ip + ":" + sp.port();
					if (to.add(v)) {
						tos.add(new Suggestions.Choice(v, "load balancer of " + s.name()));
					}
				}
				if (!s.isExternalName() && s.selector().isPresent() && sp.protocol() != Protocol.UDP) {
					String pf = "port-forward:" + (s.namespace().equals("default") ? "" : s.namespace() + "/") + "svc/"
							+ s.name() + ":" + sp.port();
					if (to.add(pf)) {
						tos.add(new Suggestions.Choice(pf, "kubectl port-forward svc/" + s.name() + " :" + sp.port()));
					}
				}
			}
		}
		return new Suggestions(from, tos);
	}
}
