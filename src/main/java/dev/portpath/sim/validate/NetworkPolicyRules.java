package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Mirrors {@code ValidateNetworkPolicy} on create (pkg/apis/networking/validation): ports, peers, ipBlocks,
 * policyTypes and label selector syntax. CIDRs are parsed the legacy (sloppy) way, and also checked for
 * ambiguity when {@code StrictIPCIDRValidation} is on (v1.36). Selecting nothing is not an error.
 */
final class NetworkPolicyRules {

	/** Printed in this (unsorted) order by {@code ValidateNetworkPolicyPort}. */
	static final List<String> PROTOCOLS = List.of("TCP", "UDP", "SCTP");

	static final List<String> POLICY_TYPES = List.of("Ingress", "Egress");

	record Port(At at, Optional<String> protocol, At protocolAt, Optional<Json.IntOrString> port, At portAt,
			OptionalLong endPort, At endPortAt) {
	}

	record IpBlock(At at, String cidr, At cidrAt, List<String> except, List<At> exceptItems) {
	}

	record Peer(At at, Optional<SelectorRules.Selector> podSelector, Optional<SelectorRules.Selector> namespaceSelector,
			Optional<IpBlock> ipBlock) {
	}

	record Rule(List<Port> ports, List<Peer> peers) {
	}

	private NetworkPolicyRules() {
	}

	static void check(Report r, At root) {
		At spec = root.child("spec");
		Json.object(r, spec, "NetworkPolicy", "v1.NetworkPolicySpec");
		String sp = "NetworkPolicySpec";
		At podSelectorAt = spec.child("podSelector");
		Json.object(r, podSelectorAt, sp, "v1.LabelSelector");
		SelectorRules.Selector podSelector = SelectorRules.read(r, podSelectorAt);
		List<Rule> ingress = rules(r, spec.child("ingress"), "NetworkPolicyIngressRule", "from");
		List<Rule> egress = rules(r, spec.child("egress"), "NetworkPolicyEgressRule", "to");
		At typesAt = spec.child("policyTypes");
		List<At> typeItems = new ArrayList<>();
		List<String> types = Json.strings(r, typesAt, sp, "v1.PolicyType", typeItems);
		if (r.decodeFailed()) {
			return;
		}

		SelectorRules.validate(r, podSelector);
		for (Rule rule : ingress) {
			rule(r, rule);
		}
		for (Rule rule : egress) {
			rule(r, rule);
		}
		if (types.size() > POLICY_TYPES.size()) {
			r.invalid(typesAt, new GoText.Raw(jsonList(types)), "may not specify more than two policyTypes",
					"list each of Ingress and Egress at most once");
			return;
		}
		for (int i = 0; i < types.size(); i++) {
			if (!POLICY_TYPES.contains(types.get(i))) {
				r.notSupported(typeItems.get(i), types.get(i), POLICY_TYPES, "write Ingress or Egress, capitalised");
			}
		}
	}

	private static List<Rule> rules(Report r, At list, String struct, String peersKey) {
		String elem = struct.equals("NetworkPolicyIngressRule") ? "v1.NetworkPolicyIngressRule" : "v1.NetworkPolicyEgressRule";
		List<Rule> out = new ArrayList<>();
		for (At rule : Json.objects(r, list, "NetworkPolicySpec", elem)) {
			List<Port> ports = new ArrayList<>();
			for (At p : Json.objects(r, rule.child("ports"), struct, "v1.NetworkPolicyPort")) {
				At protocolAt = p.child("protocol");
				At portAt = p.child("port");
				At endPortAt = p.child("endPort");
				ports.add(new Port(p, Json.string(r, protocolAt, "NetworkPolicyPort", "v1.Protocol"), protocolAt,
						Json.intOrString(r, portAt), portAt, Json.int32(r, endPortAt, "NetworkPolicyPort"), endPortAt));
			}
			List<Peer> peers = new ArrayList<>();
			for (At p : Json.objects(r, rule.child(peersKey), struct, "v1.NetworkPolicyPeer")) {
				peers.add(peer(r, p));
			}
			out.add(new Rule(ports, peers));
		}
		return out;
	}

	private static Peer peer(Report r, At p) {
		At podAt = p.child("podSelector");
		At nsAt = p.child("namespaceSelector");
		At ipAt = p.child("ipBlock");
		Optional<SelectorRules.Selector> pod = Json.object(r, podAt, "NetworkPolicyPeer", "v1.LabelSelector")
				? Optional.of(SelectorRules.read(r, podAt)) : Optional.empty();
		Optional<SelectorRules.Selector> ns = Json.object(r, nsAt, "NetworkPolicyPeer", "v1.LabelSelector")
				? Optional.of(SelectorRules.read(r, nsAt)) : Optional.empty();
		Optional<IpBlock> ip = Optional.empty();
		if (Json.object(r, ipAt, "NetworkPolicyPeer", "v1.IPBlock")) {
			At cidrAt = ipAt.child("cidr");
			List<At> items = new ArrayList<>();
			String cidr = Json.string(r, cidrAt, "IPBlock", "string").orElse("");
			List<String> except = Json.strings(r, ipAt.child("except"), "IPBlock", "string", items);
			ip = Optional.of(new IpBlock(ipAt, cidr, cidrAt, except, items));
		}
		return new Peer(p, pod, ns, ip);
	}

	private static void rule(Report r, Rule rule) {
		for (Port p : rule.ports()) {
			port(r, p);
		}
		for (Peer p : rule.peers()) {
			peer(r, p);
		}
	}

	/** Mirrors {@code ValidateNetworkPolicyPort}; a left-out protocol is defaulted to TCP. */
	static void port(Report r, Port p) {
		p.protocol().filter(proto -> !PROTOCOLS.contains(proto)).ifPresent(proto -> r.notSupported(p.protocolAt(), proto,
				PROTOCOLS, "write TCP, UDP or SCTP in upper case, or leave protocol out for TCP; NetworkPolicy cannot match ICMP or HTTP"));
		OptionalLong endPort = p.endPort();
		if (p.port().isPresent()) {
			Json.IntOrString port = p.port().get();
			if (port.isInt()) {
				if (!ContainerPortRules.validPort(port.intValue())) {
					r.invalid(p.portAt(), port.intValue(), ContainerPortRules.PORT_RANGE,
							"use the port the destination pod listens on (1-65535), or leave port out to allow every port");
				}
				if (endPort.isPresent()) {
					if (endPort.getAsLong() < port.intValue()) {
						r.invalid(p.endPortAt(), endPort.getAsLong(), "must be greater than or equal to `port`",
								"make endPort the last port of the range, at least " + port.intValue());
					}
					if (!ContainerPortRules.validPort(endPort.getAsLong())) {
						r.invalid(p.endPortAt(), endPort.getAsLong(), ContainerPortRules.PORT_RANGE,
								"use an endPort between 1 and 65535");
					}
				}
			}
			else {
				if (endPort.isPresent()) {
					r.invalid(p.endPortAt(), endPort.getAsLong(), "may not be specified when `port` is non-numeric",
							"a port range needs numbers: write port as a number, or remove endPort");
				}
				String name = port.strValue();
				boolean digits = !name.isEmpty() && name.chars().allMatch(Character::isDigit);
				for (String msg : NameRules.ianaServiceName(name)) {
					r.invalid(p.portAt(), name, msg, digits
							? "write the number without quotes (port: " + name + ")"
							: "use the name of a container port of the destination pods, or the port number");
				}
			}
		}
		else if (endPort.isPresent()) {
			r.invalid(p.endPortAt(), endPort.getAsLong(), "may not be specified when `port` is not specified",
					"add port with the first port of the range, or remove endPort");
		}
	}

	/** Mirrors {@code ValidateNetworkPolicyPeer} and {@code ValidateIPBlock}. */
	static void peer(Report r, Peer p) {
		int peers = 0;
		if (p.podSelector().isPresent()) {
			peers++;
			SelectorRules.validate(r, p.podSelector().get());
		}
		if (p.namespaceSelector().isPresent()) {
			peers++;
			SelectorRules.validate(r, p.namespaceSelector().get());
		}
		if (p.ipBlock().isPresent()) {
			peers++;
			ipBlock(r, p.ipBlock().get());
		}
		if (peers == 0) {
			r.required(p.at(), "must specify a peer",
					"give the peer a podSelector, a namespaceSelector or an ipBlock; to allow everyone, drop this from/to list");
		}
		else if (peers > 1 && p.ipBlock().isPresent()) {
			r.forbidden(p.at(), "may not specify both ipBlock and another peer",
					"put the ipBlock in its own list item (start it with '-'); entries in one item are ANDed, separate items are ORed");
		}
	}

	/** Mirrors {@code ValidateIPBlock}: cidr and each except a CIDR ({@code IsValidCIDRForLegacyField}), excepts inside cidr. */
	private static void ipBlock(Report r, IpBlock b) {
		if (b.cidr().isEmpty()) {
			r.required(b.cidrAt(), "", "add cidr with the address range to allow, for example 10.0.0.0/16 (a single address is 10.0.0.5/32)");
			return;
		}
		boolean strict = r.gates().strictIPCIDRValidation();
		for (String msg : IpRules.legacyCidr(b.cidr(), strict)) {
			r.invalid(b.cidrAt(), b.cidr(), msg, CanonicalIps.fix(b.cidr(), msg,
					"write an address range with a prefix length, such as 10.0.0.0/16 (a single address is 10.0.0.5/32)"));
		}
		Optional<IpRules.Cidr> cidr = IpRules.parseCidr(b.cidr());
		if (cidr.isEmpty()) {
			return;
		}
		for (int i = 0; i < b.except().size(); i++) {
			String e = b.except().get(i);
			At at = b.exceptItems().get(i);
			for (String msg : IpRules.legacyCidr(e, strict)) {
				r.invalid(at, e, msg, CanonicalIps.fix(e, msg, "write the excluded range with a prefix length, such as 10.0.5.0/24"));
			}
			Optional<IpRules.Cidr> ex = IpRules.parseCidr(e);
			if (ex.isPresent() && !cidr.get().hasStrictSubset(ex.get())) {
				r.invalid(at, e, "must be a strict subset of `cidr`",
						"list only ranges inside " + b.cidr() + " with a longer prefix; to exclude nothing, remove the entry");
			}
		}
	}

	/** A {@code []PolicyType} as the API server prints it in a message (JSON). */
	private static String jsonList(List<String> values) {
		return "[" + String.join(",", values.stream().map(GoText::json).toList()) + "]";
	}
}
