package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.portpath.sim.model.LabelSelector;
import dev.portpath.sim.model.NetworkPolicy;

/**
 * What a set of NetworkPolicies would let through in one direction, read from their rules: which sources
 * (ingress) or destinations (egress), by pod labels, namespace labels or ipBlock, and on which ports. One
 * clause per policy, its rules joined by ", and", e.g. "policy api-allow admits pods with role=frontend in
 * namespaces with team=shop on port 8080/TCP"; a policy's identical rules once, at most three rules in all and
 * three peers or ports per rule, then "and N more". Selecting policies are a union, so these clauses are
 * everything the isolated pod accepts (besides its own node and itself, for ingress). Trace (a POLICY_DENIED
 * hop) and check can both ask it, through {@link Policies#wouldAllow}.
 */
public final class PolicyAllowances {

	/** Rules described before "and N more". */
	static final int MAX_RULES = 3;

	/** Peers and ports described per rule before "and N more". */
	static final int MAX_ITEMS = 3;

	private PolicyAllowances() {
	}

	/**
	 * The clauses for these policies in one direction, one per policy, joined with "; ", or empty when none
	 * has a rule of that direction (they deny all of it, which the verdict already says).
	 */
	public static String describe(List<NetworkPolicy> policies, boolean ingress) {
		List<String> clauses = new ArrayList<>();
		int shown = 0;
		int hidden = 0;
		for (NetworkPolicy p : policies) {
			Set<String> rules = new LinkedHashSet<>();
			for (NetworkPolicy.PolicyRule r : ingress ? p.ingressRules() : p.egressRules()) {
				rules.add(rule(p, r, ingress));
			}
			List<String> kept = new ArrayList<>();
			for (String r : rules) {
				if (shown < MAX_RULES) {
					kept.add(r);
					shown++;
				}
				else {
					hidden++;
				}
			}
			if (!kept.isEmpty()) {
				clauses.add("policy " + p.name() + (ingress ? " admits " : " allows egress to ") + String.join(", and ", kept));
			}
		}
		return String.join("; ", clauses) + (hidden == 0 ? "" : "; and " + hidden + " more rule" + (hidden == 1 ? "" : "s"));
	}

	/** One rule: its peers and its ports. */
	static String rule(NetworkPolicy p, NetworkPolicy.PolicyRule r, boolean ingress) {
		List<String> peers = new ArrayList<>();
		for (NetworkPolicy.Peer e : r.peers()) {
			peers.add(peer(p, e));
		}
		String who = peers.isEmpty() ? (ingress ? "any source" : "any destination") : capped(peers, " or ");
		List<String> ports = r.ports().stream().map(NetworkPolicy.PolicyPort::describe).toList();
		boolean many = ports.size() > 1 || r.ports().stream().anyMatch(pp -> pp.endPort().isPresent());
		String where = ports.isEmpty() ? "on any port" : (many ? "on ports " : "on port ") + capped(ports, ", ");
		return who + " " + where;
	}

	/** A peer: pods by label in namespaces by label (the policy's own namespace without a namespaceSelector), or an ipBlock. */
	static String peer(NetworkPolicy p, NetworkPolicy.Peer e) {
		if (e.ipBlock().isPresent()) {
			NetworkPolicy.IpBlock b = e.ipBlock().get();
			return "addresses in " + b.cidr() + (b.except().isEmpty() ? "" : " except " + capped(b.except(), ", "));
		}
		String pods = e.podSelector().filter(s -> !s.isEmpty()).map(s -> "pods with " + s).orElse("every pod");
		String namespaces = e.namespaceSelector().map(PolicyAllowances::namespaces).orElse(" in namespace " + p.namespace());
		return pods + namespaces;
	}

	/** A namespaceSelector; one that names a namespace by its immutable name label reads as that namespace. */
	private static String namespaces(LabelSelector s) {
		if (s.isEmpty()) {
			return " in every namespace";
		}
		String byName = s.expressions().isEmpty() && s.matchLabels().size() == 1
				? s.matchLabels().get("kubernetes.io/metadata.name") : null;
		return byName != null ? " in namespace " + byName : " in namespaces with " + s;
	}

	private static String capped(List<String> items, String sep) {
		String shown = String.join(sep, items.subList(0, Math.min(MAX_ITEMS, items.size())));
		return items.size() > MAX_ITEMS ? shown + " and " + (items.size() - MAX_ITEMS) + " more" : shown;
	}
}
