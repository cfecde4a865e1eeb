package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Gateway API CRDs (gateway.networking.k8s.io, standard channel) as the API server's CRD validator applies
 * them ({@link CrdSchema}): the front door for every kind, and the rules of Gateway, GatewayClass and
 * ReferenceGrant; the routes are {@link RouteRules}. Only the rules that matter for ports and routing are
 * modelled; what is semantic (missing backends, ReferenceGrants) is not an admission error and is left out.
 * {@code gatewayClassName} is a plain string of 1-253 characters, so the conformance placeholder
 * {@code {GATEWAY_CLASS_NAME}} is accepted.
 */
final class GatewayRules {

	static final List<String> TLS_MODES = List.of("Terminate", "Passthrough");

	/** One listener after defaulting, for the CEL rules on {@code spec.listeners}. */
	private record Listener(String name, long port, String protocol, Optional<String> hostname, boolean hasTls,
			String tlsMode) {
	}

	private final CrdSchema s;

	private final At root;

	private GatewayRules(CrdSchema s, At root) {
		this.s = s;
		this.root = root;
	}

	/** Checks one object of {@code kind} in version {@code version} (v1, v1beta1, v1alpha2, ...). */
	static void check(Report r, At root, String kind, String version) {
		CrdSchema s = new CrdSchema(r, root);
		GatewayRules g = new GatewayRules(s, root);
		RouteRules routes = new RouteRules(s, root, version);
		Runnable rules = switch (kind) {
			case "Gateway" -> g::gateway;
			case "GatewayClass" -> g::gatewayClass;
			case "HTTPRoute" -> routes::httpRoute;
			case "GRPCRoute" -> routes::grpcRoute;
			case "TCPRoute", "UDPRoute" -> () -> routes.streamRoute(false);
			case "TLSRoute" -> () -> routes.streamRoute(true);
			case "ReferenceGrant" -> g::referenceGrant;
			default -> null;
		};
		if (rules == null) {
			return;
		}
		s.objectMeta();
		rules.run();
		// ReferenceGrant's CRD has no CEL rules, so nothing is left unchecked to say so.
		s.finish(!kind.equals("ReferenceGrant"));
	}

	// ---- Gateway ----

	private void gateway() {
		At spec = root.child("spec");
		if (!s.requiredObject(spec, "add a spec with gatewayClassName and listeners")) {
			return;
		}
		GatewayTypes.objectName(s, spec.child("gatewayClassName"),
				"set gatewayClassName to the name of a GatewayClass (kubectl get gatewayclass)",
				"set gatewayClassName to the name of a GatewayClass");
		At listenersAt = spec.child("listeners");
		if (listenersAt.absent()) {
			s.required(listenersAt, "add at least one listener with name, port and protocol (for example name: http, port: 80, protocol: HTTP)");
			return;
		}
		s.array(listenersAt).ifPresent(items -> listeners(listenersAt, items));
	}

	/** The schema of {@code spec.listeners} (1-64 items, each checked), then its CEL rules. */
	private void listeners(At at, List<At> items) {
		if (items.isEmpty()) {
			s.minItems(at, 0, 1, "add at least one listener with name, port and protocol");
		}
		s.maxItems(at, items.size(), 64, "split the listeners over several Gateways (at most 64 each)");
		List<Listener> listeners = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (At l : items) {
			if (s.object(l)) {
				listeners.add(listener(l, names));
			}
		}
		listenerRules(at, listeners);
	}

	/** One listener's fields; {@code names} collects the names seen so far for the list-map key check. */
	private Listener listener(At l, Set<String> names) {
		At nameAt = l.child("name");
		Optional<String> name = s.requiredString(nameAt, "give the listener a name (routes attach to it with parentRefs[].sectionName)");
		name.ifPresent(n -> GatewayTypes.sectionName(s, nameAt, n, "use a short lowercase listener name such as http",
				"use a lowercase listener name of a-z, 0-9, '-' and '.', such as http or https-shop"));
		At hostAt = l.child("hostname");
		Optional<String> hostname = s.string(hostAt);
		hostname.ifPresent(h -> GatewayTypes.hostname(s, hostAt, h));
		At portAt = l.child("port");
		Optional<Long> port = s.requiredInteger(portAt, "add the port the Gateway listens on (for example port: 80)");
		port.ifPresent(p -> s.range(portAt, p, 1, 65535, "use a listener port between 1 and 65535"));
		Optional<String> protocol = listenerProtocol(l.child("protocol"));
		At tlsAt = l.child("tls");
		boolean hasTls = s.object(tlsAt);
		String mode = hasTls ? tlsMode(tlsAt.child("mode")) : "Terminate";
		if (name.isPresent() && !names.add(name.get())) {
			// listType=map keyed by name: the structural list check, not a blocking error.
			s.report().duplicate(l, new GoText.Raw("{\"name\":" + GoText.json(name.get()) + "}"),
					"give every listener of the Gateway its own name");
		}
		return new Listener(name.orElse(""), port.orElse(0L), protocol.orElse(""), hostname, hasTls, mode);
	}

	/** Type {@code ProtocolType}, required. */
	private Optional<String> listenerProtocol(At at) {
		Optional<String> protocol = s.requiredString(at,
				"add protocol: HTTP, HTTPS, TLS, TCP or UDP (or a domain-prefixed implementation protocol)");
		protocol.ifPresent(p -> {
			s.length(at, p, 1, 255, "use HTTP, HTTPS, TLS, TCP or UDP");
			s.pattern(at, p, GatewayTypes.PROTOCOL,
					"use HTTP, HTTPS, TLS, TCP or UDP, or a domain-prefixed protocol such as example.com/proto");
		});
		return protocol;
	}

	/** {@code tls.mode}, defaulted to Terminate. */
	private String tlsMode(At at) {
		Optional<String> mode = s.string(at);
		mode.ifPresent(m -> s.enumOf(at, m, TLS_MODES, "use Terminate (the Gateway holds the certificate) or Passthrough"));
		return mode.orElse("Terminate");
	}

	/** The CEL rules on {@code spec.listeners}, in the CRD's order. */
	private void listenerRules(At at, List<Listener> ls) {
		if (ls.stream().anyMatch(l -> List.of("HTTP", "TCP", "UDP").contains(l.protocol()) && l.hasTls())) {
			s.cel(at, "array", "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
					"remove tls from HTTP, TCP and UDP listeners; use protocol HTTPS or TLS to terminate TLS");
		}
		if (ls.stream().anyMatch(l -> l.protocol().equals("HTTPS") && l.hasTls()
				&& !(l.tlsMode().isEmpty() || l.tlsMode().equals("Terminate")))) {
			s.cel(at, "array", "tls mode must be Terminate for protocol HTTPS",
					"use tls.mode: Terminate with HTTPS; for TLS passthrough use protocol: TLS with a TLSRoute");
		}
		if (ls.stream().anyMatch(l -> List.of("TCP", "UDP").contains(l.protocol()) && l.hostname().filter(h -> !h.isEmpty()).isPresent())) {
			s.cel(at, "array", "hostname must not be specified for protocols ['TCP', 'UDP']",
					"remove hostname from TCP and UDP listeners; they cannot see a host name");
		}
		if (!ls.stream().allMatch(l1 -> ls.stream().filter(l2 -> l1.name().equals(l2.name())).count() == 1)) {
			s.cel(at, "array", "Listener name must be unique within the Gateway", "give every listener of the Gateway its own name");
		}
		if (!ls.stream().allMatch(l1 -> ls.stream().filter(l2 -> l1.port() == l2.port() && l1.protocol().equals(l2.protocol())
				&& Objects.equals(l1.hostname(), l2.hostname())).count() == 1)) {
			s.cel(at, "array", "Combination of port, protocol and hostname must be unique for each listener",
					"give listeners that share a port and protocol different hostnames, or merge them into one listener");
		}
	}

	// ---- GatewayClass ----

	private void gatewayClass() {
		At spec = root.child("spec");
		if (!s.requiredObject(spec, "add a spec with controllerName")) {
			return;
		}
		At at = spec.child("controllerName");
		String fix = "set controllerName to the controller's domain-prefixed name from its docs, such as gateway.envoyproxy.io/gatewayclass-controller";
		s.requiredString(at, fix).ifPresent(c -> {
			s.length(at, c, 1, 253, fix);
			s.pattern(at, c, GatewayTypes.CONTROLLER, fix);
		});
	}

	// ---- ReferenceGrant (no CEL rules) ----

	private void referenceGrant() {
		At spec = root.child("spec");
		if (!s.object(spec)) {
			return;
		}
		At fromAt = spec.child("from");
		At toAt = spec.child("to");
		grantList(fromAt, "add from: the kind and namespace of the objects allowed to refer here (for example group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web)");
		grantList(toAt, "add to: the kind of the objects that may be referred to here (for example group: \"\", kind: Service)");
		for (At f : s.array(fromAt).orElse(List.of())) {
			if (s.object(f)) {
				grantFrom(f);
			}
		}
		for (At t : s.array(toAt).orElse(List.of())) {
			if (s.object(t)) {
				s.requiredString(t.child("group"), "add group (\"\" for the core group of Services and Secrets)");
				s.requiredString(t.child("kind"), "add the kind of the referred-to objects, such as Service");
			}
		}
	}

	/** {@code ReferenceGrantFrom}: group, kind and namespace, all required. */
	private void grantFrom(At f) {
		s.requiredString(f.child("group"), "add group (\"\" for the core group, gateway.networking.k8s.io for routes)");
		s.requiredString(f.child("kind"), "add the kind of the referring objects, such as HTTPRoute");
		At nsAt = f.child("namespace");
		s.requiredString(nsAt, "add the namespace of the referring objects")
			.ifPresent(ns -> GatewayTypes.namespaceValue(s, nsAt, ns, "write a namespace name"));
	}

	/** {@code from} and {@code to}: required lists of 1-16 entries. */
	private void grantList(At at, String fix) {
		if (at.absent()) {
			s.required(at, fix);
			return;
		}
		s.array(at).ifPresent(items -> {
			if (items.isEmpty()) {
				s.minItems(at, 0, 1, fix);
			}
			s.maxItems(at, items.size(), 16, "use at most 16 entries; add another ReferenceGrant for more");
		});
	}
}
