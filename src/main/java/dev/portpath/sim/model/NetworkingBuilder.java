package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Kinds;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/** Reads Ingresses, IngressClasses, Gateways, routes, ReferenceGrants and NetworkPolicies. */
final class NetworkingBuilder {

	static final Set<String> KINDS = Kinds.withRoutes("Ingress", "IngressClass", "Gateway", "GatewayClass", "ReferenceGrant",
			"NetworkPolicy");

	private NetworkingBuilder() {
	}

	static Ingress ingress(Doc d) {
		YNode spec = d.root().get("spec");
		Optional<String> cls = spec.get("ingressClassName").text()
			.or(() -> d.root().path("metadata", "annotations", "kubernetes.io/ingress.class").text());
		List<Ingress.Rule> rules = new ArrayList<>();
		int i = 0;
		for (YNode r : spec.get("rules").items()) {
			List<Ingress.PathRule> paths = new ArrayList<>();
			int j = 0;
			for (YNode p : r.path("http", "paths").items()) {
				String path = "spec.rules[" + i + "].http.paths[" + j + "].backend";
				paths.add(new Ingress.PathRule(j, p.get("path").str(""), PathType.of(p.get("pathType").str(""), PathType.IMPLEMENTATION_SPECIFIC),
						backend(p.get("backend"), path), p));
				j++;
			}
			rules.add(new Ingress.Rule(i, r.get("host").str("").toLowerCase(Locale.ROOT), paths, r));
			i++;
		}
		Optional<Ingress.Backend> def = spec.get("defaultBackend").present()
				? Optional.of(backend(spec.get("defaultBackend"), "spec.defaultBackend")) : Optional.empty();
		List<String> tls = new ArrayList<>();
		for (YNode t : spec.get("tls").items()) {
			t.get("hosts").items().forEach(h -> h.text().ifPresent(tls::add));
		}
		return new Ingress(d.namespace(), d.name(), cls, rules, def, tls, d);
	}

	private static Ingress.Backend backend(YNode b, String path) {
		YNode svc = b.get("service");
		return new Ingress.Backend(svc.get("name").str(""), (int) (long) svc.path("port", "number").integer().orElse(0L),
				svc.path("port", "name").str(""), b.get("resource").present() && !svc.present(), b, path);
	}

	static IngressClass ingressClass(Doc d) {
		boolean def = d.root().path("metadata", "annotations", "ingressclass.kubernetes.io/is-default-class")
			.str("")
			.equals("true");
		return new IngressClass(d.name(), d.root().path("spec", "controller").str(""), def, d);
	}

	static Gateway gateway(Doc d) {
		YNode spec = d.root().get("spec");
		List<Gateway.Listener> listeners = new ArrayList<>();
		int i = 0;
		for (YNode l : spec.get("listeners").items()) {
			YNode ns = l.path("allowedRoutes", "namespaces");
			List<String> kinds = l.path("allowedRoutes", "kinds").items().stream().map(k -> k.get("kind").str("")).toList();
			listeners.add(new Gateway.Listener(i++, l.get("name").str(""), (int) (long) l.get("port").integer().orElse(0L),
					Gateway.ListenerProtocol.of(l.get("protocol").str("")), l.get("hostname").text().map(h -> h.toLowerCase(Locale.ROOT)),
					Gateway.AllowedFrom.of(ns.get("from").str("Same")), LabelSelector.of(ns.get("selector")), kinds, l));
		}
		List<String> addresses = new ArrayList<>();
		for (YNode a : spec.get("addresses").items()) {
			a.get("value").text().ifPresent(addresses::add);
		}
		for (YNode a : d.root().path("status", "addresses").items()) {
			a.get("value").text().filter(v -> !addresses.contains(v)).ifPresent(addresses::add);
		}
		return new Gateway(d.namespace(), d.name(), spec.get("gatewayClassName").str(""), listeners, addresses, d);
	}

	static Route route(Doc d) {
		return RouteBuilder.route(d);
	}

	static ReferenceGrant referenceGrant(Doc d) {
		List<ReferenceGrant.From> from = new ArrayList<>();
		for (YNode f : d.root().path("spec", "from").items()) {
			from.add(new ReferenceGrant.From(f.get("group").str(""), f.get("kind").str(""), f.get("namespace").str("")));
		}
		List<ReferenceGrant.To> to = new ArrayList<>();
		for (YNode t : d.root().path("spec", "to").items()) {
			to.add(new ReferenceGrant.To(t.get("group").str(""), t.get("kind").str(""), t.get("name").str("")));
		}
		return new ReferenceGrant(d.namespace(), d.name(), from, to, d);
	}

	static NetworkPolicy policy(Doc d) {
		YNode spec = d.root().get("spec");
		List<String> types = spec.get("policyTypes").items().stream().flatMap(t -> t.text().stream()).toList();
		boolean hasEgress = spec.get("egress").present();
		boolean ingress = types.isEmpty() || types.contains("Ingress");
		boolean egress = types.isEmpty() ? hasEgress : types.contains("Egress");
		return new NetworkPolicy(d.namespace(), d.name(), LabelSelector.of(spec.get("podSelector")), ingress, egress,
				rules(spec.get("ingress"), "from", "spec.ingress"), rules(spec.get("egress"), "to", "spec.egress"), d);
	}

	private static List<NetworkPolicy.PolicyRule> rules(YNode list, String peersKey, String path) {
		List<NetworkPolicy.PolicyRule> out = new ArrayList<>();
		int i = 0;
		for (YNode r : list.items()) {
			List<NetworkPolicy.Peer> peers = new ArrayList<>();
			for (YNode p : r.get(peersKey).items()) {
				Optional<NetworkPolicy.IpBlock> block = p.get("ipBlock").present()
						? Optional.of(new NetworkPolicy.IpBlock(p.path("ipBlock", "cidr").str(""),
								p.path("ipBlock", "except").items().stream().flatMap(e -> e.text().stream()).toList()))
						: Optional.empty();
				peers.add(new NetworkPolicy.Peer(
						p.get("podSelector").present() ? Optional.of(LabelSelector.of(p.get("podSelector"))) : Optional.empty(),
						p.get("namespaceSelector").present() ? Optional.of(LabelSelector.of(p.get("namespaceSelector")))
								: Optional.empty(),
						block, p));
			}
			List<NetworkPolicy.PolicyPort> ports = new ArrayList<>();
			for (YNode p : r.get("ports").items()) {
				YNode port = p.get("port");
				ports.add(new NetworkPolicy.PolicyPort(Protocol.of(p.get("protocol").str("")), port.integer().map(Long::intValue),
						port.integer().isPresent() ? Optional.empty() : port.text(),
						p.get("endPort").integer().map(Long::intValue), p));
			}
			out.add(new NetworkPolicy.PolicyRule(i, peers, ports, r, path + "[" + i + "]"));
			i++;
		}
		return out;
	}
}
