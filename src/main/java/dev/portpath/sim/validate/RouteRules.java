package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Gateway API route CRDs (HTTPRoute, GRPCRoute, TCPRoute, UDPRoute, TLSRoute) as the API server's CRD
 * validator applies them ({@link CrdSchema}): parentRefs, hostnames, rules, matches and backendRefs, then
 * the CEL rules on path matches, backend ports, match totals and TLSRoute hostnames.
 */
final class RouteRules {

	static final List<String> PATH_MATCH_TYPES = List.of("Exact", "PathPrefix", "RegularExpression");

	static final String PATH_VALID_CHARS = "^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$";

	static final String MISSING_PORT = "Must have port for Service reference";

	static final int MAX_WEIGHT = 1_000_000;

	/** The RFC 1123 subdomain TLSRoute v1's CEL rules test hostnames against. */
	private static final String RFC1123_SUBDOMAIN = "^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)$";

	private static final String PATH_FIX = "write the path as it appears in the URL, starting with '/' (for example /api), without '//', '/./', '/../', an encoded slash or '#'";

	private final CrdSchema s;

	private final At root;

	private final String version;

	RouteRules(CrdSchema s, At root, String version) {
		this.s = s;
		this.root = root;
		this.version = version;
	}

	// ---- HTTPRoute and GRPCRoute ----

	/**
	 * The part HTTPRoute and GRPCRoute share: spec, parentRefs, hostnames, and at most 16 rules. The rules
	 * when they are a list, else empty (any problem is reported).
	 */
	private Optional<List<At>> requestRouteRules(String tooManyRules) {
		At spec = root.child("spec");
		if (!s.requiredObject(spec, "add a spec with parentRefs and rules")) {
			return Optional.empty();
		}
		parentRefs(spec);
		hostnames(spec.child("hostnames"), false);
		At rulesAt = spec.child("rules");
		Optional<List<At>> rules = s.array(rulesAt);
		rules.ifPresent(r -> s.maxItems(rulesAt, r.size(), 16, tooManyRules));
		return rules;
	}

	void httpRoute() {
		Optional<List<At>> rules = requestRouteRules(
				"merge rules, or split the route into several HTTPRoutes (at most 16 rules each)");
		if (rules.isEmpty()) {
			return;
		}
		int totalMatches = 0;
		for (At rule : rules.get()) {
			if (s.object(rule)) {
				totalMatches += httpRule(rule);
			}
		}
		if (totalMatches > 128) {
			s.cel(root.child("spec").child("rules"), "array",
					"While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128",
					"split the route into several HTTPRoutes so each has at most 128 matches in total");
		}
	}

	/** One {@code HTTPRouteRule}; returns how many matches it counts for the route's total. */
	private int httpRule(At rule) {
		At matchesAt = rule.child("matches");
		Optional<List<At>> matches = s.array(matchesAt);
		for (At m : matches.orElse(List.of())) {
			if (s.object(m)) {
				pathMatch(m.child("path"));
			}
		}
		matches.ifPresent(ms -> s.maxItems(matchesAt, ms.size(), 64,
				"split the matches over several rules (at most 64 per rule)"));
		backendRefs(rule.child("backendRefs"), 16, false);
		new FilterRules(s).httpRule(rule);
		for (At f : s.array(rule.child("filters")).orElse(List.of())) {
			if (s.object(f) && s.object(f.child("requestMirror"))) {
				At ref = f.child("requestMirror").child("backendRef");
				if (s.object(ref)) {
					backendRef(ref, false);
				}
			}
		}
		// A rule without matches is defaulted to one PathPrefix "/" match.
		return matchesAt.absent() ? 1 : matches.map(List::size).orElse(0);
	}

	void grpcRoute() {
		Optional<List<At>> rules = requestRouteRules("split the route into several GRPCRoutes (at most 16 rules each)");
		if (rules.isEmpty()) {
			return;
		}
		for (At rule : rules.get()) {
			if (!s.object(rule)) {
				continue;
			}
			At matchesAt = rule.child("matches");
			s.array(matchesAt).ifPresent(ms -> s.maxItems(matchesAt, ms.size(), 8,
					"split the matches over several rules (at most 8 per GRPCRoute rule)"));
			backendRefs(rule.child("backendRefs"), 16, false);
			new FilterRules(s).grpcRule(rule);
		}
	}

	// ---- TCPRoute, UDPRoute, TLSRoute ----

	/** TCPRoute and UDPRoute, and TLSRoute (which also has SNI hostnames): 1-16 rules, each with backends. */
	void streamRoute(boolean tls) {
		At spec = root.child("spec");
		if (!s.requiredObject(spec, "add a spec with parentRefs and rules")) {
			return;
		}
		parentRefs(spec);
		if (tls) {
			hostnames(spec.child("hostnames"), true);
		}
		At rulesAt = spec.child("rules");
		if (rulesAt.absent()) {
			s.required(rulesAt, "add one rule with the backendRefs that receive the connections");
			return;
		}
		s.array(rulesAt).ifPresent(rules -> streamRules(rulesAt, rules));
	}

	private void streamRules(At rulesAt, List<At> rules) {
		if (rules.isEmpty()) {
			s.minItems(rulesAt, 0, 1, "add one rule with the backendRefs that receive the connections");
		}
		s.maxItems(rulesAt, rules.size(), 16, "use at most 16 rules");
		for (At rule : rules) {
			if (s.object(rule)) {
				backendRefs(rule.child("backendRefs"), 16, true);
			}
		}
	}

	// ---- parts every route has ----

	/** {@code spec.parentRefs}: at most 32 {@code ParentReference}s. */
	private void parentRefs(At spec) {
		At at = spec.child("parentRefs");
		s.array(at).ifPresent(refs -> {
			s.maxItems(at, refs.size(), 32, "attach the route to at most 32 parents");
			for (At ref : refs) {
				if (s.object(ref)) {
					parentRef(ref);
				}
			}
		});
	}

	private void parentRef(At ref) {
		GatewayTypes.objectName(s, ref.child("name"), "add the name of the parent Gateway (or Service, for mesh routes)",
				"add the name of the parent Gateway");
		GatewayTypes.namespace(s, ref.child("namespace"),
				"write the Gateway's namespace, or leave namespace out for the route's own");
		At sectionAt = ref.child("sectionName");
		s.string(sectionAt).ifPresent(v -> GatewayTypes.sectionName(s, sectionAt, v,
				"write the name of a listener of the Gateway, or leave sectionName out",
				"write the name of a listener of the Gateway (lowercase), or leave sectionName out"));
		GatewayTypes.portNumber(s, ref.child("port"),
				"use the port of a Gateway listener (1-65535), or leave port out to attach to all matching listeners");
	}

	/** Route hostnames; TLSRoute v1 adds CEL rules (no IPs, RFC 1123, wildcard placement). */
	private void hostnames(At at, boolean tlsRoute) {
		Optional<List<At>> items = s.array(at);
		if (items.isEmpty()) {
			return;
		}
		s.maxItems(at, items.get().size(), 16, "list at most 16 hostnames; split the route to serve more");
		List<String> values = new ArrayList<>();
		for (At h : items.get()) {
			s.string(h).ifPresent(v -> {
				values.add(v);
				GatewayTypes.hostname(s, h, v);
			});
		}
		if (tlsRoute && version.equals("v1")) {
			tlsHostnameRules(at, values);
		}
	}

	/** The CEL rules TLSRoute v1 adds on {@code spec.hostnames}. */
	private void tlsHostnameRules(At at, List<String> values) {
		if (values.stream().anyMatch(IpRules::isStrictIp)) {
			s.cel(at, "array", "Hostnames cannot contain an IP", "use SNI host names; TLS clients do not send an IP address as SNI");
		}
		if (values.stream().anyMatch(h -> !h.contains("*") && !CrdSchema.matches(RFC1123_SUBDOMAIN, h))) {
			s.cel(at, "array", "Hostnames must be valid based on RFC-1123", GatewayTypes.HOSTNAME_FIX);
		}
		if (values.stream().anyMatch(h -> h.contains("*")
				&& !(h.startsWith("*.") && CrdSchema.matches(RFC1123_SUBDOMAIN, h.substring(2))))) {
			s.cel(at, "array", "Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123",
					GatewayTypes.HOSTNAME_FIX);
		}
	}

	// ---- path matches ----

	/** {@code HTTPPathMatch}: the enum, then the CEL rules on the defaulted type and value. */
	private void pathMatch(At at) {
		if (!s.object(at)) {
			return;
		}
		At typeAt = at.child("type");
		At valueAt = at.child("value");
		String type = s.string(typeAt).orElse("PathPrefix");
		String value = s.string(valueAt).orElse("/");
		if (!typeAt.absent()) {
			s.enumOf(typeAt, type, PATH_MATCH_TYPES,
					"use PathPrefix (what Ingress calls Prefix), Exact or RegularExpression");
		}
		if (value.length() > 1024) {
			s.tooLong(valueAt, 1024, "shorten the path to at most 1024 characters");
		}
		if (type.equals("Exact") || type.equals("PathPrefix")) {
			pathValueRules(at, value);
		}
	}

	/** The CEL rules on the value of an Exact or PathPrefix match, in the CRD's order. */
	private void pathValueRules(At at, String value) {
		String when = " when type one of ['Exact', 'PathPrefix']";
		if (!value.startsWith("/")) {
			s.cel(at, "object", "value must be an absolute path and start with '/'" + when, PATH_FIX);
		}
		for (String seq : List.of("//", "/./", "/../", "%2f", "%2F", "#")) {
			if (value.contains(seq)) {
				s.cel(at, "object", "must not contain '" + seq + "'" + when, PATH_FIX);
			}
		}
		for (String suffix : List.of("/..", "/.")) {
			if (value.endsWith(suffix)) {
				s.cel(at, "object", "must not end with '" + suffix + "'" + when, PATH_FIX);
			}
		}
		if (!CrdSchema.matches(PATH_VALID_CHARS, value)) {
			s.cel(at, "object", "must only contain valid characters (matching " + PATH_VALID_CHARS + ") for types ['Exact', 'PathPrefix']",
					"percent-encode characters such as spaces (%20) in the path");
		}
	}

	// ---- backends ----

	private void backendRefs(At at, int max, boolean atLeastOne) {
		Optional<List<At>> refs = s.array(at);
		if (refs.isEmpty()) {
			return;
		}
		if (atLeastOne && refs.get().isEmpty()) {
			s.minItems(at, 0, 1, "add a backendRef (a Service name and port) that receives the connections");
		}
		s.maxItems(at, refs.get().size(), max, "split the traffic over at most " + max + " backendRefs");
		for (At ref : refs.get()) {
			if (s.object(ref)) {
				backendRef(ref, true);
			}
		}
	}

	/** {@code BackendObjectReference} (plus {@code weight} for a {@code BackendRef}), after defaulting group and kind. */
	private void backendRef(At ref, boolean weighted) {
		GatewayTypes.objectName(s, ref.child("name"), "add the name of the backend Service", "add the name of the backend Service");
		String group = s.string(ref.child("group")).orElse("");
		String kind = s.string(ref.child("kind")).orElse("Service");
		GatewayTypes.namespace(s, ref.child("namespace"),
				"write the Service's namespace, or leave namespace out for the route's own");
		At portAt = ref.child("port");
		GatewayTypes.portNumber(s, portAt, "use the Service's port (spec.ports[].port, not targetPort), 1-65535");
		if (weighted) {
			At weightAt = ref.child("weight");
			s.integer(weightAt).ifPresent(w -> s.range(weightAt, w, 0, MAX_WEIGHT,
					"use a weight between 0 (no traffic) and 1000000; weights are relative to each other"));
		}
		if (group.isEmpty() && kind.equals("Service") && portAt.absent()) {
			s.cel(ref, "object", MISSING_PORT,
					"add port with the Service's port (spec.ports[].port, not the targetPort or a port name)");
		}
	}
}
