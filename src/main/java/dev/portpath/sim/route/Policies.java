package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.LabelSelector;
import dev.portpath.sim.model.NetworkPolicy;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;

/**
 * NetworkPolicy as the API defines it (networking/v1 types, "The two sorts of pod isolation"): a pod is
 * isolated for a direction when a policy selecting it has that policy type; then a connection needs a
 * rule whose peers AND ports match. Checked at the source's egress and the destination's ingress, on
 * the destination pod's port after any DNAT. A pod's own node, and the pod itself, are always allowed in.
 */
public final class Policies {

	private final Cluster cluster;

	public Policies(Cluster cluster) {
		this.cluster = cluster;
	}

	/**
	 * The answer for one connection: allowed or not, in one sentence, with the lines behind it.
	 * {@code assumed} is set when an ipBlock decided it against an address PortPath made up: the answer
	 * then holds only if the real address is the same, and says so.
	 */
	public record Verdict(boolean allowed, String message, String fix, List<Ref> refs, Optional<String> assumed) {

		Verdict(boolean allowed, String message, String fix, List<Ref> refs) {
			this(allowed, message, fix, refs, Optional.empty());
		}

		/** True when the answer rests on an address PortPath assumed, so it cannot be stated as certain. */
		public boolean uncertain() {
			return assumed.isPresent();
		}
	}

	/** A rule that allows the connection, and whether it does so only through an assumed address. */
	private record RuleMatch(String rule, boolean assumed) {
	}

	/** Whether a rule's peers match; {@code assumed} when an ipBlock was judged against an assumed address. */
	record PeerMatch(boolean matched, boolean assumed) {
	}

	/** Empty when no policy isolates either end, so NetworkPolicy plays no part. */
	public Optional<Verdict> check(Party src, Pod dst, int port, Protocol protocol, Optional<Integer> servicePort) {
		List<NetworkPolicy> egress = src.pod().filter(p -> !p.hostNetwork()).map(p -> selecting(p, true)).orElse(List.of());
		List<NetworkPolicy> ingress = dst.hostNetwork() ? List.of() : selecting(dst, false);
		if (egress.isEmpty() && ingress.isEmpty()) {
			return Optional.empty();
		}
		List<Ref> refs = new ArrayList<>();
		List<String> allowedBy = new ArrayList<>();
		Optional<String> assumed = Optional.empty();
		if (!egress.isEmpty()) {
			Optional<RuleMatch> rule = firstMatch(egress, false, src, dst, dst.ip(), port, protocol);
			if (rule.isEmpty()) {
				return Optional.of(deny("egress", src.label(), egress, src, dst, dst.ip(), port, protocol, servicePort));
			}
			allowedBy.add("egress of " + src.label() + " by " + rule.get().rule());
			if (rule.get().assumed()) {
				assumed = Optional.of(assumption(Party.of(dst, ""), true));
			}
			egress.forEach(p -> refs.add(Refs.doc(p.doc())));
		}
		if (!ingress.isEmpty()) {
			String reason;
			if (src.isNode() && src.nodeName().equals(dst.nodeName())) {
				reason = "ingress from " + src.label() + ", the pod's own node, which policies always allow";
			}
			else if (src.pod().filter(p -> p == dst).isPresent()) {
				reason = "ingress from the pod itself, which policies always allow";
			}
			else {
				Optional<RuleMatch> rule = firstMatch(ingress, true, src, dst, src.ip(), port, protocol);
				if (rule.isEmpty()) {
					return Optional.of(deny("ingress", "pod " + dst.ref(), ingress, src, dst, src.ip(), port, protocol,
							servicePort));
				}
				reason = "ingress to pod " + dst.name() + " by " + rule.get().rule();
				if (rule.get().assumed()) {
					assumed = Optional.of(assumption(src, true));
				}
			}
			allowedBy.add(reason);
			ingress.forEach(p -> refs.add(Refs.doc(p.doc())));
		}
		return Optional.of(new Verdict(true, "NetworkPolicy allows " + String.join("; and ", allowedBy)
				+ " (port " + port + "/" + protocol + ")" + (src.why().isEmpty() ? "" : "; " + src.why())
				+ assumed.map(a -> "; " + a).orElse(""), "", refs, assumed));
	}

	/** What an ipBlock verdict about an assumed address means for the real one. */
	private static String assumption(Party peer, boolean allowed) {
		return "this rests on " + peer.label() + "'s address " + peer.ip() + ", which PortPath assumed (the manifests"
				+ " do not give it): an ipBlock decides it, so with a real address " + (allowed ? "outside" : "inside")
				+ " the block the answer is the opposite";
	}

	/** The cluster DNS pod from the manifests (k8s-app=kube-dns in kube-system), or the one every cluster runs. */
	public Pod dnsServer() {
		return cluster.matching("kube-system", new LabelSelector(java.util.Map.of("k8s-app", "kube-dns"), List.of()))
			.stream()
			.findFirst()
			.orElseGet(RequestParser::coreDns);
	}

	/**
	 * Egress from a pod to an address that is no pod (a VM behind a selectorless Service, say): only
	 * ipBlock peers can allow it, and named ports cannot match. Empty when the source is not isolated.
	 */
	public Optional<Verdict> egressToAddress(Party src, String ip, int port, Protocol protocol) {
		List<NetworkPolicy> egress = src.pod().filter(p -> !p.hostNetwork()).map(p -> selecting(p, true)).orElse(List.of());
		if (egress.isEmpty()) {
			return Optional.empty();
		}
		for (NetworkPolicy p : egress) {
			for (NetworkPolicy.PolicyRule r : p.egressRules()) {
				boolean peers = r.peers().isEmpty() || r.peers().stream().anyMatch(e -> e.ipBlock()
					.filter(b -> Cidrs.contains(b.cidr(), ip) && b.except().stream().noneMatch(x -> Cidrs.contains(x, ip)))
					.isPresent());
				boolean ports = r.ports().isEmpty() || r.ports().stream().anyMatch(pp -> pp.protocol().equals(protocol)
						&& (pp.number().isEmpty() && pp.name().isEmpty()
								|| pp.number().filter(n -> port >= n && port <= pp.endPort().orElse(n)).isPresent()));
				if (peers && ports) {
					return Optional.of(new Verdict(true, "NetworkPolicy allows egress of " + src.label() + " to " + ip + ":"
							+ port + " by " + p.ref() + " (" + r.path() + ")", "", List.of(Refs.doc(p.doc()))));
				}
			}
		}
		return Optional.of(new Verdict(false, "NetworkPolicy isolates " + src.label() + " for egress ("
				+ egress.stream().map(NetworkPolicy::name).collect(Collectors.joining(", ")) + ") and no rule allows "
				+ ip + ":" + port + "/" + protocol + " (an address outside the pods needs an ipBlock rule)"
				+ allowed(egress, false),
				"add an egress rule with ipBlock cidr " + ip + "/32 and port " + port,
				egress.stream().map(p -> Refs.doc(p.doc())).toList()));
	}

	/**
	 * What the policies isolating {@code pod} for a direction would let through, one clause per policy (see
	 * {@link PolicyAllowances}); empty when the pod is not isolated that way or its policies deny all of it.
	 */
	public String wouldAllow(Pod pod, boolean egress) {
		return PolicyAllowances.describe(selecting(pod, egress), !egress);
	}

	/** The clause a denial ends with: everything the isolating policies allow, or nothing when they allow nothing. */
	private static String allowed(List<NetworkPolicy> policies, boolean ingress) {
		String clauses = PolicyAllowances.describe(policies, ingress);
		return clauses.isEmpty() ? "" : "; all they allow: " + clauses;
	}

	/** Policies in the pod's namespace that select it and isolate it for the direction. */
	public List<NetworkPolicy> selecting(Pod pod, boolean egress) {
		return cluster.policiesFor(pod, egress);
	}

	/** The first rule that allows the connection for certain, else the first that allows it through an assumed address. */
	private Optional<RuleMatch> firstMatch(List<NetworkPolicy> policies, boolean ingress, Party src, Pod dst,
			String peerIp, int port, Protocol protocol) {
		Optional<RuleMatch> assumed = Optional.empty();
		for (NetworkPolicy p : policies) {
			for (NetworkPolicy.PolicyRule r : ingress ? p.ingressRules() : p.egressRules()) {
				PeerMatch peers = peers(p, r, ingress ? src : Party.of(dst, ""), peerIp);
				if (peers.matched() && portsMatch(r, dst, port, protocol)) {
					RuleMatch m = new RuleMatch(p.ref() + " (" + r.path() + ")", peers.assumed());
					if (!m.assumed()) {
						return Optional.of(m);
					}
					assumed = assumed.or(() -> Optional.of(m));
				}
			}
		}
		return assumed;
	}

	boolean peersMatch(NetworkPolicy p, NetworkPolicy.PolicyRule r, Party peer, String peerIp) {
		return peers(p, r, peer, peerIp).matched();
	}

	/**
	 * Empty peer list: anyone. Otherwise any peer element that matches, each element's selectors ANDed. A
	 * selector match does not depend on addresses; an ipBlock judged against an assumed address does.
	 */
	PeerMatch peers(NetworkPolicy p, NetworkPolicy.PolicyRule r, Party peer, String peerIp) {
		if (r.peers().isEmpty()) {
			return new PeerMatch(true, false);
		}
		boolean consultedAssumed = false;
		PeerMatch viaBlock = null;
		for (NetworkPolicy.Peer e : r.peers()) {
			if (e.ipBlock().isPresent()) {
				NetworkPolicy.IpBlock b = e.ipBlock().get();
				consultedAssumed |= peer.ipAssumed();
				if (viaBlock == null && Cidrs.contains(b.cidr(), peerIp)
						&& b.except().stream().noneMatch(x -> Cidrs.contains(x, peerIp))) {
					viaBlock = new PeerMatch(true, peer.ipAssumed());
				}
				continue;
			}
			Optional<Pod> pod = peer.pod().filter(x -> !x.hostNetwork());
			if (pod.isEmpty()) {
				continue; // selectors pick pods; a node or an outside address only matches ipBlocks
			}
			boolean ns = e.namespaceSelector().isPresent()
					? e.namespaceSelector().get().matches(cluster.labelsOf(pod.get().namespace()))
					: pod.get().namespace().equals(p.namespace());
			boolean pods = e.podSelector().map(s -> s.matches(pod.get().labels())).orElse(true);
			if (ns && pods) {
				return new PeerMatch(true, false);
			}
		}
		return viaBlock != null ? viaBlock : new PeerMatch(false, consultedAssumed);
	}

	/** Empty port list: any port. A named port resolves on the destination pod, by name and protocol. */
	static boolean portsMatch(NetworkPolicy.PolicyRule r, Pod dst, int port, Protocol protocol) {
		if (r.ports().isEmpty()) {
			return true;
		}
		for (NetworkPolicy.PolicyPort pp : r.ports()) {
			if (!pp.protocol().equals(protocol)) {
				continue;
			}
			if (pp.number().isEmpty() && pp.name().isEmpty()) {
				return true;
			}
			if (pp.number().isPresent()) {
				int from = pp.number().get();
				int to = pp.endPort().orElse(from);
				if (port >= from && port <= to) {
					return true;
				}
			}
			else if (resolves(dst, pp.name().get(), protocol) == port) {
				return true;
			}
		}
		return false;
	}

	static int resolves(Pod pod, String name, Protocol protocol) {
		for (Container c : pod.containers()) {
			for (ContainerPort cp : c.ports()) {
				if (cp.name().equals(name) && cp.protocol().equals(protocol)) {
					return cp.number();
				}
			}
		}
		return -1;
	}

	private Verdict deny(String direction, String isolated, List<NetworkPolicy> policies, Party src, Pod dst,
			String peerIp, int port, Protocol protocol, Optional<Integer> servicePort) {
		boolean ingress = direction.equals("ingress");
		Party peer = ingress ? src : Party.of(dst, "");
		List<String> misses = new ArrayList<>();
		String fix = ingress ? "add an ingress rule that allows " + src.label() + " on port " + port + "/" + protocol
				: "add an egress rule that allows pod " + dst.ref() + " on port " + port + "/" + protocol;
		Ref first = Refs.doc(policies.get(0).doc());
		boolean assumed = false;
		for (NetworkPolicy p : policies) {
			List<NetworkPolicy.PolicyRule> rules = ingress ? p.ingressRules() : p.egressRules();
			if (rules.isEmpty()) {
				misses.add(p.name() + " has no " + direction + " rules (it denies all " + direction + ")");
				continue;
			}
			for (NetworkPolicy.PolicyRule r : rules) {
				PeerMatch peerMatch = peers(p, r, peer, peerIp);
				boolean peers = peerMatch.matched();
				boolean ports = portsMatch(r, dst, port, protocol);
				assumed |= ports && peerMatch.assumed();
				String allowsPorts = r.ports().stream().map(NetworkPolicy.PolicyPort::describe).collect(Collectors.joining(", "));
				if (peers && !ports) {
					String hint = "";
					if (servicePort.isPresent() && r.ports().stream().anyMatch(pp -> pp.number().equals(servicePort))) {
						hint = " - " + servicePort.get() + " is the Service port; policies see the pod port " + port
								+ " after kube-proxy's translation";
						fix = "allow port " + port + " (the targetPort), not the Service port " + servicePort.get() + ", in "
								+ p.ref() + " " + r.path();
					}
					misses.add(p.name() + " " + r.path() + " allows " + allowsPorts + ", not " + port + "/" + protocol + hint);
					NetworkPolicy.PolicyPort pp = r.ports().get(0);
					first = Ref.of(Refs.field(pp.node(), "port"), p.id() + "/" + r.path() + ".ports[0].port");
				}
				else if (!peers) {
					misses.add(p.name() + " " + r.path() + " allows " + peersText(r, ingress) + ", not " + peer.label()
							+ peerLabels(peer));
					if (misses.size() == 1) {
						first = peerRef(p, r, peerIp);
					}
				}
			}
		}
		String message = "NetworkPolicy isolates " + isolated + " for " + direction + " ("
				+ policies.stream().map(NetworkPolicy::name).collect(Collectors.joining(", ")) + ") and no rule allows "
				+ (ingress ? src.label() : "pod " + dst.ref()) + " on " + port + "/" + protocol + ": "
				+ String.join("; ", misses.subList(0, Math.min(4, misses.size())))
				+ (src.why().isEmpty() ? "" : " (" + src.why() + ")") + allowed(policies, ingress);
		List<Ref> refs = new ArrayList<>();
		refs.add(first);
		policies.forEach(p -> refs.add(Refs.doc(p.doc())));
		Optional<String> assumption = assumed ? Optional.of(assumption(peer, false)) : Optional.empty();
		return new Verdict(false, message + assumption.map(a -> "; " + a).orElse(""), fix, refs, assumption);
	}

	/** The peer entry to change: an ipBlock except that excludes the address, else the rule's first peer. */
	private static Ref peerRef(NetworkPolicy p, NetworkPolicy.PolicyRule r, String peerIp) {
		for (NetworkPolicy.Peer e : r.peers()) {
			if (e.ipBlock().isPresent() && Cidrs.contains(e.ipBlock().get().cidr(), peerIp)) {
				for (dev.portpath.sim.parse.YNode x : e.node().path("ipBlock", "except").items()) {
					if (Cidrs.contains(x.str(""), peerIp)) {
						return Ref.of(x.loc(), p.id() + "/" + r.path() + ".ipBlock.except");
					}
				}
			}
		}
		return Ref.of(r.peers().isEmpty() ? r.node().loc() : r.peers().get(0).node().loc(), p.id() + "/" + r.path());
	}

	private static String peersText(NetworkPolicy.PolicyRule r, boolean ingress) {
		List<String> parts = new ArrayList<>();
		for (NetworkPolicy.Peer e : r.peers()) {
			if (e.ipBlock().isPresent()) {
				NetworkPolicy.IpBlock b = e.ipBlock().get();
				parts.add("ipBlock " + b.cidr() + (b.except().isEmpty() ? "" : " except " + String.join(",", b.except())));
				continue;
			}
			String pods = e.podSelector().map(LabelSelector::toString).map(s -> "pods " + s).orElse("all pods");
			String ns = e.namespaceSelector().map(s -> " in namespaces " + s).orElse(" in its namespace");
			parts.add(pods + ns);
		}
		return (ingress ? "from " : "to ") + String.join(" or ", parts);
	}

	private String peerLabels(Party peer) {
		return peer.pod().filter(p -> !p.hostNetwork())
			.map(p -> " (labels " + (p.labels().isEmpty() ? "none" : new LabelSelector(p.labels(), List.of()).toString())
					+ ", namespace " + p.namespace() + ")")
			.orElse("");
	}
}
