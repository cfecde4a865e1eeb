package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;

/**
 * The cluster's nodes: those the manifests give, the default ones PortPath assumes when none are given,
 * and one for every node name a pod or an EndpointSlice mentions.
 */
final class NodeList {

	/** The addresses of the default nodes (kind's network, 172.18.0.0/16). */
	static final List<String> DEFAULT_IPS = List.of("172.18.0.2", "172.18.0.3", "172.18.0.4");

	private NodeList() {
	}

	/** A Node object as given, with its InternalIP (empty when its status has none). */
	static Node given(Doc d) {
		return new Node(d.name(), nodeIp(d).orElse(""), Optional.of(d), nodeIp(d).isEmpty());
	}

	/**
	 * The cluster's nodes: the Node objects given (an address made up where their status has none), else
	 * three default nodes; plus a node for every name a pod's {@code spec.nodeName} or an EndpointSlice
	 * endpoint's {@code nodeName} mentions that is not among them, so a pod lives on the node it names.
	 */
	static List<Node> withNamedNodes(List<Node> given, List<Doc> docs) {
		List<Node> nodes = new ArrayList<>();
		if (given.isEmpty()) {
			for (int i = 0; i < DEFAULT_IPS.size(); i++) {
				nodes.add(new Node("node-" + (i + 1), DEFAULT_IPS.get(i), Optional.empty(), true));
			}
		}
		else {
			int n = 0;
			for (Node node : given) {
				nodes.add(node.ip().isEmpty() ? new Node(node.name(), "172.18.1." + (2 + n), node.doc(), true) : node);
				n++;
			}
		}
		Set<String> known = new HashSet<>();
		nodes.forEach(x -> known.add(x.name()));
		Set<String> written = new HashSet<>(nodes.stream().map(Node::ip).toList());
		int invented = 0;
		Map<String, String> hostIps = hostIps(docs);
		for (String name : nodeNamesWritten(docs)) {
			if (known.add(name)) {
				String hostIp = hostIps.getOrDefault(name, "");
				if (!hostIp.isEmpty() && written.add(hostIp)) {
					nodes.add(new Node(name, hostIp, Optional.empty(), false)); // a pod's status.hostIP names it
					continue;
				}
				String ip;
				do {
					ip = "172.18.2." + (2 + invented++);
				}
				while (!written.add(ip));
				nodes.add(new Node(name, ip, Optional.empty(), true));
			}
		}
		return nodes;
	}

	/** The node addresses Pods' status gives (status.hostIP beside spec.nodeName), by node name. */
	private static Map<String, String> hostIps(List<Doc> docs) {
		Map<String, String> out = new HashMap<>();
		for (Doc d : docs) {
			if (d.kind().equals("Pod")) {
				String node = d.root().path("spec", "nodeName").str("");
				String ip = d.root().path("status", "hostIP").str("");
				if (!node.isEmpty() && !ip.isEmpty()) {
					out.putIfAbsent(node, ip);
				}
			}
		}
		return out;
	}

	/** Node names in pod specs and EndpointSlice endpoints, in the order written. */
	private static Set<String> nodeNamesWritten(List<Doc> docs) {
		Set<String> names = new LinkedHashSet<>();
		for (Doc d : docs) {
			String templatePath = ModelBuilder.templatePath(d.kind());
			if (templatePath != null) {
				ModelBuilder.template(d.root(), templatePath).get("nodeName").text().filter(x -> !x.isBlank()).ifPresent(names::add);
			}
			else if (d.kind().equals("EndpointSlice")) {
				for (YNode e : d.root().get("endpoints").items()) {
					e.get("nodeName").text().filter(x -> !x.isBlank()).ifPresent(names::add);
				}
			}
		}
		return names;
	}

	private static Optional<String> nodeIp(Doc d) {
		for (YNode a : d.root().path("status", "addresses").items()) {
			if (a.get("type").str("").equals("InternalIP")) {
				return a.get("address").text();
			}
		}
		return Optional.empty();
	}
}
