package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.NetworkPolicy;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.route.FindPort;
import dev.portpath.sim.route.Party;
import dev.portpath.sim.route.Policies;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;

/**
 * NetworkPolicies: policies that select nothing, ingress ports that are Service ports rather than pod
 * ports (policies see the port after kube-proxy's translation), names no pod declares, egress isolation
 * that forgets DNS, and peer lists that OR what was probably meant to be ANDed.
 */
final class PolicyRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		List<Finding> out = new ArrayList<>();
		Policies policies = new Policies(cluster);
		for (NetworkPolicy np : cluster.networking().policies()) {
			cluster.budget().tick();
			List<Pod> selected = cluster.matching(np.namespace(), np.podSelector());
			if (selected.isEmpty()) {
				if (!np.podSelector().isEmpty()) {
					out.add(Findings.warning(Code.NETWORKPOLICY_SELECTS_NO_PODS, Refs.docField(np.doc(), "podSelector", "spec"),
							np.ref() + " selects pods " + np.podSelector() + ", and no pod in namespace " + np.namespace()
									+ " here has those labels, so it isolates nothing (the pods may come from elsewhere)",
							"make spec.podSelector match the pod template labels of the workload it should protect"));
				}
			}
			else {
				for (NetworkPolicy.PolicyRule r : np.ingressRules()) {
					for (NetworkPolicy.PolicyPort pp : r.ports()) {
						port(cluster, np, r, pp, selected).ifPresent(out::add);
					}
				}
			}
			for (NetworkPolicy.PolicyRule r : np.ingressRules()) {
				orInsteadOfAnd(np, r, "from").ifPresent(out::add);
			}
			for (NetworkPolicy.PolicyRule r : np.egressRules()) {
				orInsteadOfAnd(np, r, "to").ifPresent(out::add);
			}
		}
		out.addAll(dns(cluster, policies));
		return out;
	}

	/** An ingress port checked against the pods the policy protects. */
	private static Optional<Finding> port(Cluster cluster, NetworkPolicy np, NetworkPolicy.PolicyRule r,
			NetworkPolicy.PolicyPort pp, List<Pod> selected) {
		Ref at = Ref.of(pp.node().loc(), np.id() + "/" + r.path() + ".ports");
		if (pp.name().isPresent()) {
			String name = pp.name().get();
			boolean declared = selected.stream()
				.anyMatch(p -> p.containers().stream().anyMatch(c -> c.ports().stream()
					.anyMatch(cp -> cp.name().equals(name) && cp.protocol().equals(pp.protocol()))));
			return declared ? Optional.empty() : Optional.of(Findings.warning(Code.NETWORKPOLICY_NAMED_PORT_NOT_FOUND, at,
					np.ref() + " " + r.path() + " allows the port named " + name + "/" + pp.protocol()
							+ ", which no container of the pods it selects declares, so this port allows nothing",
					"name the container port " + name + ", or allow the port number"));
		}
		if (pp.number().isEmpty() || pp.endPort().isPresent()) {
			return Optional.empty();
		}
		int n = pp.number().get();
		if (selected.stream().anyMatch(p -> p.declared(n, pp.protocol()).isPresent())) {
			return Optional.empty();
		}
		// the Services in front of the selected pods, each with the selected pods it sends to, put in input
		// order below; by identity, as the cluster's indexes are, since a record's hash walks its whole document
		Map<Service, List<Pod>> fronting = new IdentityHashMap<>();
		for (Pod p : selected) {
			for (Service s : cluster.servicesSelecting(p)) {
				fronting.computeIfAbsent(s, k -> new ArrayList<>()).add(p);
			}
		}
		List<Map.Entry<Service, List<Pod>>> inOrder = fronting.entrySet().stream()
			.sorted(Comparator.comparingInt(e -> cluster.position(e.getKey()))).toList();
		for (Map.Entry<Service, List<Pod>> e : inOrder) {
			Service s = e.getKey();
			List<Pod> backs = e.getValue().stream().sorted(Comparator.comparing(Pod::name)).toList();
			for (ServicePort sp : s.ports()) {
				if (sp.port() != n || !sp.protocol().equals(pp.protocol())) {
					continue;
				}
				Set<Integer> targets = new LinkedHashSet<>();
				backs.forEach(p -> FindPort.find(p, sp).ifPresent(x -> targets.add(x.port())));
				targets.remove(n);
				if (!targets.isEmpty()) {
					int target = targets.iterator().next();
					return Optional.of(Findings.error(Code.NETWORKPOLICY_PORT_IS_SERVICE_PORT, at, np.ref() + " " + r.path()
							+ " allows port " + n + "/" + pp.protocol() + ", the port of " + s.ref() + ", but kube-proxy"
							+ " translates it to " + target + " before the packet reaches the pod, and policies see the pod"
							+ " port: connections through the Service are dropped",
							"allow port " + target + " (the targetPort) instead of " + n));
				}
			}
		}
		if (selected.stream().allMatch(Pod::declaresNoPorts)) {
			return Optional.empty();
		}
		return Optional.of(Findings.info(Code.NETWORKPOLICY_PORT_NOT_DECLARED, at, np.ref() + " " + r.path()
				+ " allows port " + n + "/" + pp.protocol() + ", which no container of the pods it selects declares"
				+ " (they declare " + selected.get(0).describePorts() + "); fine if the app listens there undeclared",
				"declare containerPort " + n + " where the app listens, or allow the port the pods declare"));
	}

	private static Optional<Finding> orInsteadOfAnd(NetworkPolicy np, NetworkPolicy.PolicyRule r, String key) {
		boolean podsOnly = r.peers().stream().anyMatch(p -> p.podSelector().isPresent() && p.namespaceSelector().isEmpty()
				&& p.ipBlock().isEmpty());
		boolean nsOnly = r.peers().stream().anyMatch(p -> p.namespaceSelector().isPresent() && p.podSelector().isEmpty()
				&& p.ipBlock().isEmpty());
		if (!podsOnly || !nsOnly) {
			return Optional.empty();
		}
		return Optional.of(Findings.info(Code.NETWORKPOLICY_OR_INSTEAD_OF_AND, Ref.of(r.node().loc(), np.id() + "/" + r.path()),
				np.ref() + " " + r.path() + "." + key + " lists a podSelector and a namespaceSelector as separate items,"
						+ " which allows either (OR): all pods of the selected namespaces, plus the selected pods of its own",
				"if you meant pods with those labels in those namespaces (AND), put both selectors in one item"));
	}

	/** Pods isolated for egress whose policies let no DNS query out: every name lookup times out. */
	private static List<Finding> dns(Cluster cluster, Policies policies) {
		List<Finding> out = new ArrayList<>();
		Set<NetworkPolicy> reported = new LinkedHashSet<>();
		Pod server = policies.dnsServer();
		for (Pod pod : cluster.pods()) {
			cluster.budget().tick();
			List<NetworkPolicy> egress = policies.selecting(pod, true);
			if (egress.isEmpty() || pod.hostNetwork()) {
				continue;
			}
			Optional<Policies.Verdict> udp = policies.check(Party.of(pod, ""), server, 53, Protocol.UDP, Optional.empty());
			if (udp.map(Policies.Verdict::allowed).orElse(true)) {
				continue;
			}
			String depends = udp.get().assumed().map(a -> " (" + a + ")").orElse("");
			NetworkPolicy first = egress.get(0);
			if (reported.add(first)) {
				out.add(Findings.warning(Code.EGRESS_BLOCKS_DNS, Refs.docField(first.doc(), "policyTypes", "spec"),
						first.ref() + " isolates pods such as " + pod.ref() + " for egress, and no egress rule lets them"
								+ " reach the cluster DNS on port 53, so every name lookup times out (IP addresses still work)"
								+ depends,
						"add an egress rule to namespace kube-system (pods k8s-app=kube-dns) on port 53 for UDP and TCP"));
			}
		}
		return out;
	}
}
