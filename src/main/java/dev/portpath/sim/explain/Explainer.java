package dev.portpath.sim.explain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.trace.Protocol;

/**
 * Explains the manifests as a whole: each port field in one sentence ({@link PortFields}), a route map from
 * every entry point to the pods ({@link RouteMap}), and the FROM and TO a user can pick.
 */
public final class Explainer {

	/** The most pods a dump's FROM choices name one by one. */
	static final int MAX_POD_CHOICES = 12;

	private final Cluster cluster;

	public Explainer(Cluster cluster) {
		this.cluster = cluster;
	}

	public Explanation explain() {
		return new Explanation(new PortFields(cluster).all(), new RouteMap(cluster).rows());
	}

	/**
	 * FROM choices (a shell per namespace, each workload, a dump's real pods and nodes by name, node, external) and
	 * TO suggestions.
	 */
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
		// a dump's real pods by name (kubectl get pods -o yaml), a few: the workloads above stand for the rest
		int pods = 0;
		for (Pod p : cluster.pods()) {
			if (p.observed() && p.addressed() && pods < MAX_POD_CHOICES) {
				cluster.budget().tick();
				pods++;
				String value = (p.namespace().equals("default") ? "" : p.namespace() + "/") + "pod/" + p.name();
				from.add(new Suggestions.Choice(value, "pod " + p.name() + " (" + p.ip()
						+ (p.nodeName().isEmpty() ? "" : " on " + p.nodeName()) + ")"));
			}
		}
		from.add(new Suggestions.Choice("node", "a node (host network)"));
		// nodes the manifests hold (a dump's Node objects), each by name
		for (Node n : cluster.nodes()) {
			if (n.doc().isPresent()) {
				from.add(new Suggestions.Choice("node/" + n.name(), "node " + n.name() + (n.ip().isEmpty() ? "" : " (" + n.ip() + ")")));
			}
		}
		from.add(new Suggestions.Choice("external", "a client outside the cluster"));
		Set<String> to = new LinkedHashSet<>();
		List<Suggestions.Choice> tos = new ArrayList<>();
		for (RouteRow r : new RouteMap(cluster).rows()) {
			if (!r.request().isEmpty() && to.add(r.request())) {
				tos.add(new Suggestions.Choice(r.request(), r.kind() + " " + r.entry()));
			}
		}
		for (Service s : cluster.services()) {
			cluster.budget().tick();
			for (ServicePort sp : s.ports()) {
				String shortName = RouteMap.scheme(sp) + s.name() + ":" + sp.port();
				if (to.add(shortName)) {
					tos.add(new Suggestions.Choice(shortName, "short name, from namespace " + s.namespace()));
				}
				for (String ip : s.loadBalancerIPs()) {
					String v = RouteMap.scheme(sp) + ip + ":" + sp.port();
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
