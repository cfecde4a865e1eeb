package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;
import dev.portpath.sim.parse.YSeq;

/**
 * The Gateway API CRDs (gateway.networking.k8s.io, standard channel) as the API server's CRD validator applies
 * them: first the OpenAPI schema (types, required fields, bounds, patterns, list sizes) on the defaulted
 * object, then the CEL rules ({@code x-kubernetes-validations}). Schema errors of the "blocking" kinds
 * (required, unsupported, too long, too many, wrong type) stop the CEL rules, and the API server then adds
 * its "some validation rules were not checked" note. Only the rules that matter for ports and routing are
 * modelled; what is semantic (missing backends, ReferenceGrants) is not an admission error and is left out.
 * {@code gatewayClassName} is a plain string of 1-253 characters, so the conformance placeholder
 * {@code {GATEWAY_CLASS_NAME}} is accepted.
 */
final class GatewayRules {

	/** Type {@code Hostname}. */
	static final String HOSTNAME = "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

	/** Type {@code SectionName} (listener names, parentRef sectionName). */
	static final String SECTION_NAME = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

	/** Type {@code Namespace}. */
	static final String NAMESPACE = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

	/** Type {@code ProtocolType}: a core-style token or a domain-prefixed name (the second branch is unanchored). */
	static final String PROTOCOL = "^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$";

	/** Type {@code GatewayController}. */
	static final String CONTROLLER = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";

	static final List<String> PATH_MATCH_TYPES = List.of("Exact", "PathPrefix", "RegularExpression");

	static final List<String> TLS_MODES = List.of("Terminate", "Passthrough");

	static final String PATH_VALID_CHARS = "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$";

	static final String NOT_CHECKED = "some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

	static final String MISSING_PORT = "Must have port for Service reference";

	static final int MAX_WEIGHT = 1_000_000;

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private static final String HOSTNAME_FIX = "write a lowercase DNS name (shop.example.com) or one leading wildcard label (*.example.com); no port, scheme, path or upper case";

	/** One listener after defaulting, for the CEL rules on {@code spec.listeners}. */
	private record Listener(String name, long port, String protocol, Optional<String> hostname, boolean hasTls,
			String tlsMode) {
	}

	private final Report r;

	private final At root;

	private final String version;

	private final List<Runnable> celErrors = new ArrayList<>();

	private boolean blocked;

	private GatewayRules(Report r, At root, String version) {
		this.r = r;
		this.root = root;
		this.version = version;
	}

	/** Checks one object of {@code kind} in version {@code version} (v1, v1beta1, v1alpha2, ...). */
	static void check(Report r, At root, String kind, String version) {
		GatewayRules g = new GatewayRules(r, root, version);
		boolean hasCel = true;
		switch (kind) {
			case "Gateway" -> g.gateway();
			case "GatewayClass" -> g.gatewayClass();
			case "HTTPRoute" -> g.httpRoute();
			case "GRPCRoute" -> g.grpcRoute();
			case "TCPRoute", "UDPRoute" -> g.streamRoute(false);
			case "TLSRoute" -> g.streamRoute(true);
			case "ReferenceGrant" -> {
				g.referenceGrant();
				hasCel = false;
			}
			default -> {
				return;
			}
		}
		g.finish(hasCel);
	}

	private void finish(boolean hasCel) {
		if (blocked) {
			if (hasCel) {
				// The note has no field; kubectl prints it after the schema errors, so it sorts after the last one.
				r.invalid(new At("<nil>", root.node(), r.lastLine()), new GoText.Raw("null"), NOT_CHECKED,
						"fix the errors above; the CRD's CEL rules run only on an object that passes its schema");
			}
			return;
		}
		celErrors.forEach(Runnable::run);
	}

	// ---- Gateway and GatewayClass ----

	private void gateway() {
		At spec = root.child("spec");
		if (!requiredObject(spec, "add a spec with gatewayClassName and listeners")) {
			return;
		}
		At classAt = spec.child("gatewayClassName");
		requiredString(classAt, "set gatewayClassName to the name of a GatewayClass (kubectl get gatewayclass)")
			.ifPresent(c -> length(classAt, c, 1, 253, "set gatewayClassName to the name of a GatewayClass"));
		At listenersAt = spec.child("listeners");
		if (listenersAt.absent()) {
			required(listenersAt, "add at least one listener with name, port and protocol (for example name: http, port: 80, protocol: HTTP)");
			return;
		}
		Optional<List<At>> items = array(listenersAt);
		if (items.isEmpty()) {
			return;
		}
		List<At> ls = items.get();
		if (ls.isEmpty()) {
			minItems(listenersAt, 0, 1, "add at least one listener with name, port and protocol");
		}
		maxItems(listenersAt, ls.size(), 64, "split the listeners over several Gateways (at most 64 each)");
		List<Listener> listeners = new ArrayList<>();
		Set<String> names = new HashSet<>();
		for (At l : ls) {
			if (!object(l)) {
				continue;
			}
			At nameAt = l.child("name");
			Optional<String> name = requiredString(nameAt, "give the listener a name (routes attach to it with parentRefs[].sectionName)");
			name.ifPresent(n -> {
				length(nameAt, n, 1, 253, "use a short lowercase listener name such as http");
				pattern(nameAt, n, SECTION_NAME, "use a lowercase listener name of a-z, 0-9, '-' and '.', such as http or https-shop");
			});
			At hostAt = l.child("hostname");
			Optional<String> hostname = string(hostAt);
			hostname.ifPresent(h -> hostname(hostAt, h));
			At portAt = l.child("port");
			Optional<Long> port = requiredInteger(portAt, "add the port the Gateway listens on (for example port: 80)");
			port.ifPresent(p -> range(portAt, p, 1, 65535, "use a listener port between 1 and 65535"));
			At protocolAt = l.child("protocol");
			Optional<String> protocol = requiredString(protocolAt,
					"add protocol: HTTP, HTTPS, TLS, TCP or UDP (or a domain-prefixed implementation protocol)");
			protocol.ifPresent(p -> {
				length(protocolAt, p, 1, 255, "use HTTP, HTTPS, TLS, TCP or UDP");
				pattern(protocolAt, p, PROTOCOL,
						"use HTTP, HTTPS, TLS, TCP or UDP, or a domain-prefixed protocol such as example.com/proto");
			});
			At tlsAt = l.child("tls");
			boolean hasTls = object(tlsAt);
			String mode = "Terminate";
			if (hasTls) {
				At modeAt = tlsAt.child("mode");
				Optional<String> m = string(modeAt);
				if (m.isPresent()) {
					mode = m.get();
					enumOf(modeAt, mode, TLS_MODES, "use Terminate (the Gateway holds the certificate) or Passthrough");
				}
			}
			if (name.isPresent() && !names.add(name.get())) {
				// listType=map keyed by name: the structural list check, not a blocking error.
				r.duplicate(l, new GoText.Raw("{\"name\":" + GoText.json(name.get()) + "}"),
						"give every listener of the Gateway its own name");
			}
			listeners.add(new Listener(name.orElse(""), port.orElse(0L), protocol.orElse(""), hostname, hasTls, mode));
		}
		listenerRules(listenersAt, listeners);
	}

	/** The CEL rules on {@code spec.listeners}, in the CRD's order. */
	private void listenerRules(At at, List<Listener> ls) {
		if (ls.stream().anyMatch(l -> List.of("HTTP", "TCP", "UDP").contains(l.protocol()) && l.hasTls())) {
			cel(at, "array", "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']",
					"remove tls from HTTP, TCP and UDP listeners; use protocol HTTPS or TLS to terminate TLS");
		}
		if (ls.stream().anyMatch(l -> l.protocol().equals("HTTPS") && l.hasTls()
				&& !(l.tlsMode().isEmpty() || l.tlsMode().equals("Terminate")))) {
			cel(at, "array", "tls mode must be Terminate for protocol HTTPS",
					"use tls.mode: Terminate with HTTPS; for TLS passthrough use protocol: TLS with a TLSRoute");
		}
		if (ls.stream().anyMatch(l -> List.of("TCP", "UDP").contains(l.protocol()) && l.hostname().filter(h -> !h.isEmpty()).isPresent())) {
			cel(at, "array", "hostname must not be specified for protocols ['TCP', 'UDP']",
					"remove hostname from TCP and UDP listeners; they cannot see a host name");
		}
		if (!ls.stream().allMatch(l1 -> ls.stream().filter(l2 -> l1.name().equals(l2.name())).count() == 1)) {
			cel(at, "array", "Listener name must be unique within the Gateway", "give every listener of the Gateway its own name");
		}
		if (!ls.stream().allMatch(l1 -> ls.stream().filter(l2 -> l1.port() == l2.port() && l1.protocol().equals(l2.protocol())
				&& Objects.equals(l1.hostname(), l2.hostname())).count() == 1)) {
			cel(at, "array", "Combination of port, protocol and hostname must be unique for each listener",
					"give listeners that share a port and protocol different hostnames, or merge them into one listener");
		}
	}

	private void gatewayClass() {
		At spec = root.child("spec");
		if (!requiredObject(spec, "add a spec with controllerName")) {
			return;
		}
		At at = spec.child("controllerName");
		String fix = "set controllerName to the controller's domain-prefixed name from its docs, such as gateway.envoyproxy.io/gatewayclass-controller";
		requiredString(at, fix).ifPresent(c -> {
			length(at, c, 1, 253, fix);
			pattern(at, c, CONTROLLER, fix);
		});
	}

	// ---- routes ----

	/**
	 * The part HTTPRoute and GRPCRoute share: spec, parentRefs, hostnames, and at most 16 rules. The rules
	 * when they are a list, else empty (any problem is reported).
	 */
	private Optional<List<At>> requestRouteRules(String tooManyRules) {
		At spec = root.child("spec");
		if (!requiredObject(spec, "add a spec with parentRefs and rules")) {
			return Optional.empty();
		}
		parentRefs(spec);
		hostnames(spec.child("hostnames"), false);
		At rulesAt = spec.child("rules");
		Optional<List<At>> rules = array(rulesAt);
		rules.ifPresent(r -> maxItems(rulesAt, r.size(), 16, tooManyRules));
		return rules;
	}

	private void httpRoute() {
		Optional<List<At>> rules = requestRouteRules(
				"merge rules, or split the route into several HTTPRoutes (at most 16 rules each)");
		if (rules.isEmpty()) {
			return;
		}
		At rulesAt = root.child("spec").child("rules");
		int totalMatches = 0;
		for (At rule : rules.get()) {
			if (!object(rule)) {
				continue;
			}
			At matchesAt = rule.child("matches");
			Optional<List<At>> matches = array(matchesAt);
			// A rule without matches is defaulted to one PathPrefix "/" match.
			totalMatches += matchesAt.absent() ? 1 : matches.map(List::size).orElse(0);
			for (At m : matches.orElse(List.of())) {
				if (object(m)) {
					pathMatch(m.child("path"));
				}
			}
			matches.ifPresent(ms -> maxItems(matchesAt, ms.size(), 64,
					"split the matches over several rules (at most 64 per rule)"));
			backendRefs(rule.child("backendRefs"), 16, false);
			for (At f : array(rule.child("filters")).orElse(List.of())) {
				if (object(f) && object(f.child("requestMirror"))) {
					At ref = f.child("requestMirror").child("backendRef");
					if (object(ref)) {
						backendRef(ref, false);
					}
				}
			}
		}
		if (totalMatches > 128) {
			cel(rulesAt, "array",
					"While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128",
					"split the route into several HTTPRoutes so each has at most 128 matches in total");
		}
	}

	private void grpcRoute() {
		Optional<List<At>> rules = requestRouteRules("split the route into several GRPCRoutes (at most 16 rules each)");
		if (rules.isEmpty()) {
			return;
		}
		for (At rule : rules.get()) {
			if (!object(rule)) {
				continue;
			}
			At matchesAt = rule.child("matches");
			array(matchesAt).ifPresent(ms -> maxItems(matchesAt, ms.size(), 8,
					"split the matches over several rules (at most 8 per GRPCRoute rule)"));
			backendRefs(rule.child("backendRefs"), 16, false);
		}
	}

	/** TCPRoute and UDPRoute, and TLSRoute (which also has SNI hostnames). */
	private void streamRoute(boolean tls) {
		At spec = root.child("spec");
		if (!requiredObject(spec, "add a spec with parentRefs and rules")) {
			return;
		}
		parentRefs(spec);
		if (tls) {
			hostnames(spec.child("hostnames"), true);
		}
		At rulesAt = spec.child("rules");
		if (rulesAt.absent()) {
			required(rulesAt, "add one rule with the backendRefs that receive the connections");
			return;
		}
		Optional<List<At>> rules = array(rulesAt);
		if (rules.isEmpty()) {
			return;
		}
		if (rules.get().isEmpty()) {
			minItems(rulesAt, 0, 1, "add one rule with the backendRefs that receive the connections");
		}
		maxItems(rulesAt, rules.get().size(), 16, "use at most 16 rules");
		for (At rule : rules.get()) {
			if (object(rule)) {
				backendRefs(rule.child("backendRefs"), 16, true);
			}
		}
	}

	private void referenceGrant() {
		At spec = root.child("spec");
		if (!object(spec)) {
			return;
		}
		At fromAt = spec.child("from");
		At toAt = spec.child("to");
		grantList(fromAt, "add from: the kind and namespace of the objects allowed to refer here (for example group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web)");
		grantList(toAt, "add to: the kind of the objects that may be referred to here (for example group: \"\", kind: Service)");
		for (At f : array(fromAt).orElse(List.of())) {
			if (object(f)) {
				requiredString(f.child("group"), "add group (\"\" for the core group, gateway.networking.k8s.io for routes)");
				requiredString(f.child("kind"), "add the kind of the referring objects, such as HTTPRoute");
				At nsAt = f.child("namespace");
				requiredString(nsAt, "add the namespace of the referring objects").ifPresent(ns -> {
					length(nsAt, ns, 1, 63, "write a namespace name");
					pattern(nsAt, ns, NAMESPACE, "write a namespace name: lowercase a-z, 0-9 and '-'");
				});
			}
		}
		for (At t : array(toAt).orElse(List.of())) {
			if (object(t)) {
				requiredString(t.child("group"), "add group (\"\" for the core group of Services and Secrets)");
				requiredString(t.child("kind"), "add the kind of the referred-to objects, such as Service");
			}
		}
	}

	private void grantList(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return;
		}
		array(at).ifPresent(items -> {
			if (items.isEmpty()) {
				minItems(at, 0, 1, fix);
			}
			maxItems(at, items.size(), 16, "use at most 16 entries; add another ReferenceGrant for more");
		});
	}

	private void parentRefs(At spec) {
		At at = spec.child("parentRefs");
		Optional<List<At>> refs = array(at);
		if (refs.isEmpty()) {
			return;
		}
		maxItems(at, refs.get().size(), 32, "attach the route to at most 32 parents");
		for (At ref : refs.get()) {
			if (!object(ref)) {
				continue;
			}
			At nameAt = ref.child("name");
			requiredString(nameAt, "add the name of the parent Gateway (or Service, for mesh routes)")
				.ifPresent(n -> length(nameAt, n, 1, 253, "add the name of the parent Gateway"));
			At nsAt = ref.child("namespace");
			string(nsAt).ifPresent(ns -> {
				length(nsAt, ns, 1, 63, "write the Gateway's namespace, or leave namespace out for the route's own");
				pattern(nsAt, ns, NAMESPACE, "write a namespace name: lowercase a-z, 0-9 and '-'");
			});
			At sectionAt = ref.child("sectionName");
			string(sectionAt).ifPresent(s -> {
				length(sectionAt, s, 1, 253, "write the name of a listener of the Gateway, or leave sectionName out");
				pattern(sectionAt, s, SECTION_NAME, "write the name of a listener of the Gateway (lowercase), or leave sectionName out");
			});
			At portAt = ref.child("port");
			integer(portAt).ifPresent(p -> range(portAt, p, 1, 65535,
					"use the port of a Gateway listener (1-65535), or leave port out to attach to all matching listeners"));
		}
	}

	/** Route hostnames; TLSRoute v1 adds CEL rules (no IPs, RFC 1123, wildcard placement). */
	private void hostnames(At at, boolean tlsRoute) {
		Optional<List<At>> items = array(at);
		if (items.isEmpty()) {
			return;
		}
		maxItems(at, items.get().size(), 16, "list at most 16 hostnames; split the route to serve more");
		List<String> values = new ArrayList<>();
		for (At h : items.get()) {
			string(h).ifPresent(v -> {
				values.add(v);
				hostname(h, v);
			});
		}
		if (tlsRoute && version.equals("v1")) {
			String sub = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$";
			if (values.stream().anyMatch(IpRules::isStrictIp)) {
				cel(at, "array", "Hostnames cannot contain an IP", "use SNI host names; TLS clients do not send an IP address as SNI");
			}
			if (values.stream().anyMatch(h -> !h.contains("*") && !matches(sub, h))) {
				cel(at, "array", "Hostnames must be valid based on RFC-1123", HOSTNAME_FIX);
			}
			if (values.stream().anyMatch(h -> h.contains("*") && !(h.startsWith("*.") && matches(sub, h.substring(2))))) {
				cel(at, "array", "Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123",
						HOSTNAME_FIX);
			}
		}
	}

	/** Type {@code Hostname}: 1-253 characters, lowercase RFC 1123, at most one leading {@code *.} label. */
	private void hostname(At at, String v) {
		if (NameRules.hasPlaceholder(v)) {
			return;
		}
		length(at, v, 1, 253, HOSTNAME_FIX);
		pattern(at, v, HOSTNAME, HOSTNAME_FIX);
	}

	/** {@code HTTPPathMatch}: the enum, then the CEL rules on the defaulted type and value. */
	private void pathMatch(At at) {
		if (!object(at)) {
			return;
		}
		At typeAt = at.child("type");
		At valueAt = at.child("value");
		String type = string(typeAt).orElse("PathPrefix");
		String value = string(valueAt).orElse("/");
		if (!typeAt.absent()) {
			enumOf(typeAt, type, PATH_MATCH_TYPES,
					"use PathPrefix (what Ingress calls Prefix), Exact or RegularExpression");
		}
		if (value.length() > 1024) {
			tooLong(valueAt, 1024, "shorten the path to at most 1024 characters");
		}
		if (!type.equals("Exact") && !type.equals("PathPrefix")) {
			return;
		}
		String fix = "write the path as it appears in the URL, starting with '/' (for example /api), without '//', '/./', '/../', an encoded slash or '#'";
		String when = " when type one of ['Exact', 'PathPrefix']";
		if (!value.startsWith("/")) {
			cel(at, "object", "value must be an absolute path and start with '/'" + when, fix);
		}
		for (String seq : List.of("//", "/./", "/../", "%2f", "%2F", "#")) {
			if (value.contains(seq)) {
				cel(at, "object", "must not contain '" + seq + "'" + when, fix);
			}
		}
		for (String suffix : List.of("/..", "/.")) {
			if (value.endsWith(suffix)) {
				cel(at, "object", "must not end with '" + suffix + "'" + when, fix);
			}
		}
		if (!matches(PATH_VALID_CHARS, value)) {
			cel(at, "object", "must only contain valid characters (matching " + PATH_VALID_CHARS + ") for types ['Exact', 'PathPrefix']",
					"percent-encode characters such as spaces (%20) in the path");
		}
	}

	private void backendRefs(At at, int max, boolean atLeastOne) {
		Optional<List<At>> refs = array(at);
		if (refs.isEmpty()) {
			return;
		}
		if (atLeastOne && refs.get().isEmpty()) {
			minItems(at, 0, 1, "add a backendRef (a Service name and port) that receives the connections");
		}
		maxItems(at, refs.get().size(), max, "split the traffic over at most " + max + " backendRefs");
		for (At ref : refs.get()) {
			if (object(ref)) {
				backendRef(ref, true);
			}
		}
	}

	/** {@code BackendObjectReference} (plus {@code weight} for a {@code BackendRef}), after defaulting group and kind. */
	private void backendRef(At ref, boolean weighted) {
		At nameAt = ref.child("name");
		requiredString(nameAt, "add the name of the backend Service")
			.ifPresent(n -> length(nameAt, n, 1, 253, "add the name of the backend Service"));
		String group = string(ref.child("group")).orElse("");
		String kind = string(ref.child("kind")).orElse("Service");
		At nsAt = ref.child("namespace");
		string(nsAt).ifPresent(ns -> {
			length(nsAt, ns, 1, 63, "write the Service's namespace, or leave namespace out for the route's own");
			pattern(nsAt, ns, NAMESPACE, "write a namespace name: lowercase a-z, 0-9 and '-'");
		});
		At portAt = ref.child("port");
		Optional<Long> port = integer(portAt);
		port.ifPresent(p -> range(portAt, p, 1, 65535, "use the Service's port (spec.ports[].port, not targetPort), 1-65535"));
		if (weighted) {
			At weightAt = ref.child("weight");
			integer(weightAt).ifPresent(w -> range(weightAt, w, 0, MAX_WEIGHT,
					"use a weight between 0 (no traffic) and 1000000; weights are relative to each other"));
		}
		if (group.isEmpty() && kind.equals("Service") && portAt.absent()) {
			cel(ref, "object", MISSING_PORT,
					"add port with the Service's port (spec.ports[].port, not the targetPort or a port name)");
		}
	}

	// ---- schema primitives: each reports as the CRD validator does ----

	private boolean requiredObject(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return false;
		}
		return object(at);
	}

	/** True for a mapping; absent or null is false without error (nulls are pruned); other values are type errors. */
	private boolean object(At at) {
		if (at.absent()) {
			return false;
		}
		if (at.node() instanceof YMap) {
			return true;
		}
		typeError(at, "object");
		return false;
	}

	private Optional<List<At>> array(At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YSeq seq) {
			return Optional.of(Json.items(at, seq));
		}
		typeError(at, "array");
		return Optional.empty();
	}

	private Optional<String> string(At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YScalar s && s.kind() == YScalar.Kind.STR) {
			return Optional.of(s.value());
		}
		typeError(at, "string");
		return Optional.empty();
	}

	private Optional<Long> integer(At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		Optional<Long> n = Json.number(at.node());
		if (n.isEmpty()) {
			typeError(at, "integer");
		}
		return n;
	}

	private Optional<String> requiredString(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return Optional.empty();
		}
		return string(at);
	}

	private Optional<Long> requiredInteger(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return Optional.empty();
		}
		return integer(at);
	}

	/** {@code InvalidTypeCode}: {@code Invalid value: "string": spec.x in body must be of type integer: "string"}. */
	private void typeError(At at, String want) {
		String got = typeName(at.node());
		String fix = switch (want) {
			case "integer" -> "write a whole number without quotes";
			case "string" -> "write this value as text; quote it if it looks like a number or a boolean";
			case "array" -> "write " + lastKey(at) + " as a list, one item per line starting with '-'";
			default -> "write " + lastKey(at) + " as a set of fields (key: value)";
		};
		r.invalid(at, got, at.path() + " in body must be of type " + want + ": " + GoText.quote(got), fix);
		blocked = true;
	}

	private void required(At at, String fix) {
		r.required(at, "", fix);
		blocked = true;
	}

	private void range(At at, long v, long min, long max, String fix) {
		if (v > max) {
			r.invalid(at, v, at.path() + " in body should be less than or equal to " + max, fix);
		}
		if (v < min) {
			r.invalid(at, v, at.path() + " in body should be greater than or equal to " + min, fix);
		}
	}

	private void maxItems(At at, int n, int max, String fix) {
		if (n > max) {
			r.tooMany(at, n, max, fix);
			blocked = true;
		}
	}

	private void minItems(At at, int n, int min, String fix) {
		r.invalid(at, (long) n, at.path() + " in body should have at least " + min + " items", fix);
	}

	private void length(At at, String v, int min, int max, String fix) {
		if (v.codePointCount(0, v.length()) > max) {
			tooLong(at, max, fix);
		}
		if (v.codePointCount(0, v.length()) < min) {
			r.invalid(at, v, at.path() + " in body should be at least " + min + " chars long", fix);
		}
	}

	private void tooLong(At at, int max, String fix) {
		r.tooLong(at, "may not be more than " + max + " bytes", fix);
		blocked = true;
	}

	private void pattern(At at, String v, String pattern, String fix) {
		if (!matches(pattern, v)) {
			r.invalid(at, v, at.path() + " in body should match '" + pattern + "'", fix);
		}
	}

	private void enumOf(At at, String v, List<String> values, String fix) {
		if (!values.contains(v)) {
			r.notSupported(at, v, values, fix);
			blocked = true;
		}
	}

	/** A failed CEL rule, reported only if the schema pass leaves nothing blocking. */
	private void cel(At at, String type, String message, String fix) {
		celErrors.add(() -> r.invalid(at, type, message, fix));
	}

	/** Go's {@code regexp.MatchString}: the pattern may match anywhere unless it is anchored. */
	private static boolean matches(String pattern, String v) {
		return PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(v).find();
	}

	/** The JSON type name go-openapi reports for a value. */
	private static String typeName(YNode n) {
		if (n instanceof YMap) {
			return "object";
		}
		if (n instanceof YSeq) {
			return "array";
		}
		if (n instanceof YScalar s) {
			return switch (s.kind()) {
				case BOOL -> "boolean";
				case INT -> "integer";
				case FLOAT -> Json.number(n).isPresent() ? "integer" : "number";
				case NULL -> "null";
				default -> "string";
			};
		}
		return "null";
	}

	private static String lastKey(At at) {
		String p = at.jsonPath();
		return p.substring(p.lastIndexOf('.') + 1);
	}
}
