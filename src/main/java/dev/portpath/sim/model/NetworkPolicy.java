package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * A NetworkPolicy after defaulting: {@code ingress}/{@code egress} say whether it isolates the selected
 * pods in that direction (policyTypes, or by default Ingress always and Egress only with egress rules).
 */
public record NetworkPolicy(String namespace, String name, LabelSelector podSelector, boolean ingress, boolean egress,
		List<PolicyRule> ingressRules, List<PolicyRule> egressRules, Doc doc) {

	public NetworkPolicy {
		ingressRules = List.copyOf(ingressRules);
		egressRules = List.copyOf(egressRules);
	}

	/** One ingress or egress rule: peers (empty: anyone) and ports (empty: any port). */
	public record PolicyRule(int index, List<Peer> peers, List<PolicyPort> ports, YNode node, String path) {
	}

	/**
	 * A peer: pod and namespace selectors (both in one element are ANDed), or an ipBlock. An absent
	 * selector is empty: a podSelector alone means the policy's namespace.
	 */
	public record Peer(Optional<LabelSelector> podSelector, Optional<LabelSelector> namespaceSelector,
			Optional<IpBlock> ipBlock, YNode node) {
	}

	public record IpBlock(String cidr, List<String> except) {
	}

	/** A port: number or name (resolved on the destination pod), optional endPort, protocol (TCP default). */
	public record PolicyPort(Protocol protocol, Optional<Integer> number, Optional<String> name, Optional<Integer> endPort,
			YNode node) {

		public String describe() {
			String p = number.map(String::valueOf).orElse(name.orElse("any port"));
			return p + endPort.map(e -> "-" + e).orElse("") + "/" + protocol;
		}
	}

	public String ref() {
		return "NetworkPolicy " + namespace + "/" + name;
	}

	public String id() {
		return "NetworkPolicy/" + namespace + "/" + name;
	}
}
