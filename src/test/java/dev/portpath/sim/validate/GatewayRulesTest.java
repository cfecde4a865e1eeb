package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Gateway API CRDs as the API server's CRD validator reports them: OpenAPI schema errors
 * ({@code ... in body should ...}), then the CEL rules ({@code Invalid value: "object": <message>}), which do
 * not run when a blocking schema error was found.
 */
class GatewayRulesTest {

	private static final String G = "The Gateway \"gw\" is invalid: ";

	private static final String H = "The HTTPRoute \"r\" is invalid: ";

	private static final String NOT_CHECKED = "<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

	private static final String HOSTNAME = "'^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'";

	/** 253 characters: three 63-character labels and one of 61. */
	private static final String LONG_HOST = ("a".repeat(63) + ".").repeat(3) + "a".repeat(61);

	private static final String WHEN = " when type one of ['Exact', 'PathPrefix']";

	/** A Gateway of class eg whose listener list starts on line 7. */
	static String gateway(String listeners) {
		return "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n  gatewayClassName: eg\n  listeners:\n"
				+ Cases.indent(listeners, "  ");
	}

	/** A Gateway whose spec body starts on line 5. */
	static String gatewaySpec(String spec) {
		return "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\nspec:\n" + Cases.indent(spec, "  ");
	}

	/** A route of {@code kind} (group version {@code version}) whose spec body starts on line 5. */
	static String route(String version, String kind, String spec) {
		return "apiVersion: gateway.networking.k8s.io/" + version + "\nkind: " + kind + "\nmetadata: {name: r}\nspec:\n"
				+ Cases.indent(spec, "  ");
	}

	static String http(String spec) {
		return route("v1", "HTTPRoute", spec);
	}

	/** An HTTPRoute attached to gw with one rule; the rule's body starts on line 7. */
	static String httpRule(String rule) {
		return http("parentRefs: [{name: gw}]\nrules:\n" + Cases.indent(rule, ""));
	}

	/** One rule routing to web:80 whose only match has the path written on line 8. */
	static String pathMatch(String path) {
		return httpRule("- matches:\n  - path: " + path + "\n  backendRefs: [{name: web, port: 80}]");
	}

	static String backends(int n) {
		return IntStream.range(0, n).mapToObj(i -> "  - {name: web" + i + ", port: 80}").collect(Collectors.joining("\n"));
	}

	static String matches(int n) {
		return IntStream.range(0, n).mapToObj(i -> "  - path: {type: Exact, value: /p" + i + "}").collect(Collectors.joining("\n"));
	}

	static Stream<Arguments> listenerPorts() {
		String p = "L8 " + G + "spec.listeners[0].port: ";
		return Stream.of(
				bad("listener-port-0", gateway("- name: http\n  port: 0\n  protocol: HTTP"),
						p + "Invalid value: 0: spec.listeners[0].port in body should be greater than or equal to 1"),
				bad("listener-port-65536", gateway("- name: http\n  port: 65536\n  protocol: HTTP"),
						p + "Invalid value: 65536: spec.listeners[0].port in body should be less than or equal to 65535"),
				bad("listener-port-missing", gateway("- name: http\n  protocol: HTTP"),
						"L7 " + G + "spec.listeners[0].port: Required value", "L7 " + G + NOT_CHECKED),
				bad("listener-port-quoted", gateway("- name: http\n  port: \"80\"\n  protocol: HTTP"),
						p + "Invalid value: \"string\": spec.listeners[0].port in body must be of type integer: \"string\"",
						"L8 " + G + NOT_CHECKED),
				ok("listener-port-1", gateway("- {name: http, port: 1, protocol: HTTP}")),
				ok("listener-port-65535", gateway("- {name: http, port: 65535, protocol: HTTP}")));
	}

	static Stream<Arguments> listenerNames() {
		return Stream.of(
				bad("listener-names-twice", gateway("- {name: http, port: 80, protocol: HTTP}\n- {name: http, port: 8080, protocol: HTTP}"),
						"L6 " + G + "spec.listeners: Invalid value: \"array\": Listener name must be unique within the Gateway",
						"L8 " + G + "spec.listeners[1]: Duplicate value: {\"name\":\"http\"}"),
				bad("listener-name-upper-case", gateway("- {name: HTTP, port: 80, protocol: HTTP}"),
						"L7 " + G + "spec.listeners[0].name: Invalid value: \"HTTP\": spec.listeners[0].name in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'"),
				bad("listener-name-missing", gateway("- {port: 80, protocol: HTTP}"),
						"L7 " + G + "spec.listeners[0].name: Required value", "L7 " + G + NOT_CHECKED),
				bad("same-port-protocol-and-hostname-twice", gateway("- {name: a, port: 80, protocol: HTTP, hostname: shop.example.com}\n- {name: b, port: 80, protocol: HTTP, hostname: shop.example.com}"),
						"L6 " + G + "spec.listeners: Invalid value: \"array\": Combination of port, protocol and hostname must be unique for each listener"),
				bad("same-port-and-protocol-without-hostnames", gateway("- {name: a, port: 80, protocol: HTTP}\n- {name: b, port: 80, protocol: HTTP}"),
						"L6 " + G + "spec.listeners: Invalid value: \"array\": Combination of port, protocol and hostname must be unique for each listener"),
				ok("listener-names-distinct", gateway("- {name: http, port: 80, protocol: HTTP}\n- {name: https, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: cert}]}}")),
				ok("same-port-different-hostnames", gateway("- {name: a, port: 80, protocol: HTTP, hostname: a.example.com}\n- {name: b, port: 80, protocol: HTTP, hostname: b.example.com}")),
				ok("same-port-one-hostname-one-catch-all", gateway("- {name: a, port: 80, protocol: HTTP, hostname: a.example.com}\n- {name: b, port: 80, protocol: HTTP}")),
				ok("listener-name-with-dots", gateway("- {name: shop.example.com, port: 80, protocol: HTTP}")));
	}

	static Stream<Arguments> listenerProtocols() {
		String p = "L9 " + G + "spec.listeners[0].protocol: ";
		String pattern = "'^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$'";
		return Stream.of(
				bad("listener-protocol-with-version", gateway("- name: web\n  port: 80\n  protocol: HTTP/2"),
						p + "Invalid value: \"HTTP/2\": spec.listeners[0].protocol in body should match " + pattern),
				bad("listener-protocol-with-space", gateway("- name: web\n  port: 80\n  protocol: plain http"),
						p + "Invalid value: \"plain http\": spec.listeners[0].protocol in body should match " + pattern),
				bad("listener-protocol-missing", gateway("- name: web\n  port: 80"),
						"L7 " + G + "spec.listeners[0].protocol: Required value", "L7 " + G + NOT_CHECKED),
				ok("listener-protocol-udp", gateway("- {name: dns, port: 53, protocol: UDP}")),
				ok("listener-protocol-tls-passthrough", gateway("- {name: tls, port: 443, protocol: TLS, tls: {mode: Passthrough}}")),
				ok("listener-protocol-domain-prefixed", gateway("- {name: custom, port: 9000, protocol: example.com/custom}")),
				// The CRD only checks the syntax; an implementation reports protocols it cannot serve in the status.
				ok("listener-protocol-unknown-token-is-accepted", gateway("- {name: grpc, port: 9000, protocol: GRPC}")));
	}

	static Stream<Arguments> listenerTls() {
		String l = "L6 " + G + "spec.listeners: Invalid value: \"array\": ";
		return Stream.of(
				bad("tls-on-http-listener", gateway("- {name: http, port: 80, protocol: HTTP, tls: {certificateRefs: [{name: cert}]}}"),
						l + "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"),
				bad("https-listener-passthrough", gateway("- {name: https, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}"),
						l + "tls mode must be Terminate for protocol HTTPS"),
				bad("tls-mode-lower-case", gateway("- name: tls\n  port: 443\n  protocol: TLS\n  tls:\n    mode: passthrough"),
						"L11 " + G + "spec.listeners[0].tls.mode: Unsupported value: \"passthrough\": supported values: \"Terminate\", \"Passthrough\"",
						"L11 " + G + NOT_CHECKED),
				bad("hostname-on-tcp-listener", gateway("- {name: db, port: 5432, protocol: TCP, hostname: db.example.com}"),
						l + "hostname must not be specified for protocols ['TCP', 'UDP']"),
				ok("tls-on-https-listener", gateway("- {name: https, port: 443, protocol: HTTPS, tls: {mode: Terminate, certificateRefs: [{name: cert}]}}")),
				ok("hostname-on-http-listener", gateway("- {name: http, port: 80, protocol: HTTP, hostname: shop.example.com}")),
				ok("tcp-listener", gateway("- {name: db, port: 5432, protocol: TCP}")));
	}

	static Stream<Arguments> listenerHostnames() {
		String h = "L7 " + G + "spec.listeners[0].hostname: Invalid value: ";
		return Stream.of(
				bad("listener-hostname-wildcard-in-middle", gateway("- {hostname: \"foo.*.example.com\", name: http, port: 80, protocol: HTTP}"),
						h + "\"foo.*.example.com\": spec.listeners[0].hostname in body should match " + HOSTNAME),
				bad("listener-hostname-with-port", gateway("- {hostname: \"example.com:80\", name: http, port: 80, protocol: HTTP}"),
						h + "\"example.com:80\": spec.listeners[0].hostname in body should match " + HOSTNAME),
				ok("listener-hostname-wildcard", gateway("- {hostname: \"*.example.com\", name: http, port: 80, protocol: HTTP}")));
	}

	static Stream<Arguments> gatewaySpecs() {
		return Stream.of(
				bad("gateway-class-name-missing", gatewaySpec("listeners: [{name: http, port: 80, protocol: HTTP}]"),
						"L4 " + G + "spec.gatewayClassName: Required value", "L4 " + G + NOT_CHECKED),
				bad("gateway-class-name-empty", gatewaySpec("gatewayClassName: \"\"\nlisteners: [{name: http, port: 80, protocol: HTTP}]"),
						"L5 " + G + "spec.gatewayClassName: Invalid value: \"\": spec.gatewayClassName in body should be at least 1 chars long"),
				bad("listeners-missing", gatewaySpec("gatewayClassName: eg"),
						"L4 " + G + "spec.listeners: Required value", "L4 " + G + NOT_CHECKED),
				bad("listeners-empty", gatewaySpec("gatewayClassName: eg\nlisteners: []"),
						"L6 " + G + "spec.listeners: Invalid value: 0: spec.listeners in body should have at least 1 items"),
				bad("spec-missing", "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n",
						"L1 " + G + "spec: Required value", "L1 " + G + NOT_CHECKED),
				// The conformance suite substitutes this placeholder; the CRD only bounds the length.
				ok("gateway-class-name-placeholder", gatewaySpec("gatewayClassName: \"{GATEWAY_CLASS_NAME}\"\nlisteners: [{name: http, port: 80, protocol: HTTP}]")),
				ok("gateway-class-name-not-in-manifests", gatewaySpec("gatewayClassName: no-such-class\nlisteners: [{name: http, port: 80, protocol: HTTP}]")));
	}

	static Stream<Arguments> gatewayClasses() {
		String c = "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: eg}\nspec:\n";
		String gc = "The GatewayClass \"eg\" is invalid: ";
		return Stream.of(
				bad("controller-name-without-path", c + "  controllerName: example.com\n",
						"L5 " + gc + "spec.controllerName: Invalid value: \"example.com\": spec.controllerName in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$'"),
				bad("controller-name-missing", c + "  description: x\n", "L4 " + gc + "spec.controllerName: Required value", "L4 " + gc + NOT_CHECKED),
				ok("controller-name-domain-path", c + "  controllerName: gateway.envoyproxy.io/gatewayclass-controller\n"));
	}

	static Stream<Arguments> serviceBackendPorts() {
		String b = "L8 " + H + "spec.rules[0].backendRefs[0]";
		return Stream.of(
				bad("service-backend-without-port", httpRule("- backendRefs:\n  - name: web"),
						b + ": Invalid value: \"object\": Must have port for Service reference"),
				bad("explicit-service-kind-without-port", httpRule("- backendRefs:\n  - {group: \"\", kind: Service, name: web}"),
						b + ": Invalid value: \"object\": Must have port for Service reference"),
				bad("request-mirror-without-port", httpRule("- backendRefs: [{name: web, port: 80}]\n  filters:\n  - type: RequestMirror\n    requestMirror:\n      backendRef: {name: mirror}"),
						"L11 " + H + "spec.rules[0].filters[0].requestMirror.backendRef: Invalid value: \"object\": Must have port for Service reference"),
				ok("service-backend-with-port", httpRule("- backendRefs:\n  - {name: web, port: 8080}")),
				ok("request-mirror-with-port", httpRule("- backendRefs: [{name: web, port: 80}]\n  filters:\n  - type: RequestMirror\n    requestMirror:\n      backendRef: {name: mirror, port: 8080}")),
				ok("non-service-backend-without-port", httpRule("- backendRefs:\n  - {group: gateway.envoyproxy.io, kind: Backend, name: ext}")),
				// Semantic, not admission: a missing Service or a cross-namespace ref without ReferenceGrant.
				ok("cross-namespace-backend-without-grant", httpRule("- backendRefs:\n  - {name: web, namespace: other, port: 80}")));
	}

	static Stream<Arguments> backendRefFields() {
		String b = "L8 " + H + "spec.rules[0].backendRefs[0]";
		return Stream.of(
				bad("backend-port-0", httpRule("- backendRefs:\n  - {name: web, port: 0}"),
						b + ".port: Invalid value: 0: spec.rules[0].backendRefs[0].port in body should be greater than or equal to 1"),
				bad("backend-port-65536", httpRule("- backendRefs:\n  - {name: web, port: 65536}"),
						b + ".port: Invalid value: 65536: spec.rules[0].backendRefs[0].port in body should be less than or equal to 65535"),
				bad("backend-port-quoted", httpRule("- backendRefs:\n  - {name: web, port: \"80\"}"),
						b + ".port: Invalid value: \"string\": spec.rules[0].backendRefs[0].port in body must be of type integer: \"string\"",
						"L8 " + H + NOT_CHECKED),
				bad("weight-negative", httpRule("- backendRefs:\n  - {name: web, port: 80, weight: -1}"),
						b + ".weight: Invalid value: -1: spec.rules[0].backendRefs[0].weight in body should be greater than or equal to 0"),
				bad("weight-too-big", httpRule("- backendRefs:\n  - {name: web, port: 80, weight: 1000001}"),
						b + ".weight: Invalid value: 1000001: spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000"),
				bad("backend-without-name", httpRule("- backendRefs:\n  - {port: 80}"),
						b + ".name: Required value", "L8 " + H + NOT_CHECKED),
				bad("backend-namespace-upper-case", httpRule("- backendRefs:\n  - {name: web, namespace: Shop, port: 80}"),
						b + ".namespace: Invalid value: \"Shop\": spec.rules[0].backendRefs[0].namespace in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'"),
				bad("backend-refs-17", httpRule("- backendRefs:\n" + backends(17)),
						"L7 " + H + "spec.rules[0].backendRefs: Too many: 17: must have at most 16 items", "L7 " + H + NOT_CHECKED),
				ok("backend-port-1", httpRule("- backendRefs:\n  - {name: web, port: 1}")),
				ok("backend-port-65535", httpRule("- backendRefs:\n  - {name: web, port: 65535}")),
				ok("weight-0", httpRule("- backendRefs:\n  - {name: web, port: 80, weight: 0}")),
				ok("weight-1000000", httpRule("- backendRefs:\n  - {name: web, port: 80, weight: 1000000}")),
				ok("backend-refs-16", httpRule("- backendRefs:\n" + backends(16))));
	}

	static Stream<Arguments> matchLimits() {
		String threeRules = IntStream.range(0, 3).mapToObj(i -> "- matches:\n" + matches(43) + "\n  backendRefs: [{name: web, port: 80}]")
			.collect(Collectors.joining("\n"));
		String twoRules = IntStream.range(0, 2).mapToObj(i -> "- matches:\n" + matches(64) + "\n  backendRefs: [{name: web, port: 80}]")
			.collect(Collectors.joining("\n"));
		return Stream.of(
				bad("matches-65", httpRule("- matches:\n" + matches(65)),
						"L7 " + H + "spec.rules[0].matches: Too many: 65: must have at most 64 items", "L7 " + H + NOT_CHECKED),
				bad("matches-over-128-in-total", httpRule(threeRules),
						"L6 " + H + "spec.rules: Invalid value: \"array\": While 16 rules and 64 matches per rule are allowed, the total number of matches across all rules in a route must be less than 128"),
				bad("rules-17", httpRule(IntStream.range(0, 17).mapToObj(i -> "- backendRefs: [{name: web, port: 80}]").collect(Collectors.joining("\n"))),
						"L6 " + H + "spec.rules: Too many: 17: must have at most 16 items", "L6 " + H + NOT_CHECKED),
				ok("matches-64", httpRule("- matches:\n" + matches(64))),
				ok("matches-128-in-total", httpRule(twoRules)));
	}

	static Stream<Arguments> hostnames() {
		String h = "L5 " + H + "spec.hostnames[0]: Invalid value: ";
		String seventeen = IntStream.range(0, 17).mapToObj(i -> "h" + i + ".example.com").collect(Collectors.joining(", "));
		return Stream.of(
				bad("hostname-double-wildcard", http("hostnames: [\"*.*.example.com\"]"),
						h + "\"*.*.example.com\": spec.hostnames[0] in body should match " + HOSTNAME),
				bad("hostname-with-port", http("hostnames: [\"shop.example.com:8080\"]"),
						h + "\"shop.example.com:8080\": spec.hostnames[0] in body should match " + HOSTNAME),
				bad("hostname-upper-case", http("hostnames: [Shop.example.com]"),
						h + "\"Shop.example.com\": spec.hostnames[0] in body should match " + HOSTNAME),
				bad("hostname-ipv6-address", http("hostnames: [\"::1\"]"), h + "\"::1\": spec.hostnames[0] in body should match " + HOSTNAME),
				bad("hostname-empty", http("hostnames: [\"\"]"),
						h + "\"\": spec.hostnames[0] in body should be at least 1 chars long",
						h + "\"\": spec.hostnames[0] in body should match " + HOSTNAME),
				bad("hostnames-17", http("hostnames: [" + seventeen + "]"),
						"L5 " + H + "spec.hostnames: Too many: 17: must have at most 16 items", "L5 " + H + NOT_CHECKED),
				bad("hostname-254-characters", http("hostnames: [" + LONG_HOST + "a]"),
						"L5 " + H + "spec.hostnames[0]: Too long: may not be more than 253 bytes", "L5 " + H + NOT_CHECKED),
				ok("hostname-253-characters", http("hostnames: [" + LONG_HOST + "]")),
				ok("hostname-wildcard", http("hostnames: [\"*.example.com\"]")),
				ok("hostnames-16", http("hostnames: [" + seventeen.substring(0, seventeen.lastIndexOf(',')) + "]")),
				// The HTTPRoute CRD's Hostname pattern lets a dotted IPv4 address through (only TLSRoute v1 has an isIP rule).
				ok("hostname-ipv4-passes-the-crd-pattern", http("hostnames: [10.0.0.1]")));
	}

	static Stream<Arguments> parentRefs() {
		String p = "L5 " + H + "spec.parentRefs[0]";
		return Stream.of(
				bad("parent-ref-port-0", http("parentRefs: [{name: gw, port: 0}]"),
						p + ".port: Invalid value: 0: spec.parentRefs[0].port in body should be greater than or equal to 1"),
				bad("parent-ref-port-70000", http("parentRefs: [{name: gw, port: 70000}]"),
						p + ".port: Invalid value: 70000: spec.parentRefs[0].port in body should be less than or equal to 65535"),
				bad("parent-ref-without-name", http("parentRefs: [{sectionName: http}]"), p + ".name: Required value", "L5 " + H + NOT_CHECKED),
				bad("parent-ref-section-name-upper-case", http("parentRefs: [{name: gw, sectionName: HTTP}]"),
						p + ".sectionName: Invalid value: \"HTTP\": spec.parentRefs[0].sectionName in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$'"),
				bad("parent-ref-namespace-with-dot", http("parentRefs: [{name: gw, namespace: infra.gw}]"),
						p + ".namespace: Invalid value: \"infra.gw\": spec.parentRefs[0].namespace in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'"),
				ok("parent-ref-port-443", http("parentRefs: [{name: gw, sectionName: https, port: 443}]")),
				ok("parent-ref-other-namespace", http("parentRefs: [{name: gw, namespace: infra}]")),
				ok("parent-ref-to-a-service", http("parentRefs: [{group: \"\", kind: Service, name: echo, port: 80}]")));
	}

	static Stream<Arguments> pathMatches() {
		String p = "L8 " + H + "spec.rules[0].matches[0].path: Invalid value: \"object\": ";
		return Stream.of(
				bad("path-not-absolute", pathMatch("{type: PathPrefix, value: api}"), p + "value must be an absolute path and start with '/'" + WHEN),
				bad("path-type-left-out-not-absolute", pathMatch("{value: api}"), p + "value must be an absolute path and start with '/'" + WHEN),
				bad("exact-path-double-slash", pathMatch("{type: Exact, value: /a//b}"), p + "must not contain '//'" + WHEN),
				bad("path-dot-segment", pathMatch("{type: PathPrefix, value: /a/./b}"), p + "must not contain '/./'" + WHEN),
				bad("path-dot-dot-segment", pathMatch("{type: PathPrefix, value: /a/../b}"), p + "must not contain '/../'" + WHEN),
				bad("path-encoded-slash-lower", pathMatch("{type: PathPrefix, value: /a%2fb}"), p + "must not contain '%2f'" + WHEN),
				bad("path-encoded-slash-upper", pathMatch("{type: PathPrefix, value: /a%2Fb}"), p + "must not contain '%2F'" + WHEN),
				bad("path-with-fragment", pathMatch("{type: Exact, value: \"/a#b\"}"), p + "must not contain '#'" + WHEN,
						p + "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"),
				bad("path-ends-with-dot-dot", pathMatch("{type: PathPrefix, value: /a/..}"), p + "must not end with '/..'" + WHEN),
				bad("path-ends-with-dot", pathMatch("{type: Exact, value: /a/.}"), p + "must not end with '/.'" + WHEN),
				bad("path-with-space", pathMatch("{type: Exact, value: /a b}"),
						p + "must only contain valid characters (matching ^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$) for types ['Exact', 'PathPrefix']"),
				bad("path-type-ingress-style-prefix", pathMatch("{type: Prefix, value: /api}"),
						"L8 " + H + "spec.rules[0].matches[0].path.type: Unsupported value: \"Prefix\": supported values: \"Exact\", \"PathPrefix\", \"RegularExpression\"",
						"L8 " + H + NOT_CHECKED),
				bad("path-longer-than-1024", pathMatch("{type: PathPrefix, value: /" + "a".repeat(1024) + "}"),
						"L8 " + H + "spec.rules[0].matches[0].path.value: Too long: may not be more than 1024 bytes", "L8 " + H + NOT_CHECKED),
				ok("path-1024-characters", pathMatch("{type: PathPrefix, value: /" + "a".repeat(1023) + "}")),
				ok("path-prefix", pathMatch("{type: PathPrefix, value: /api}")),
				ok("path-type-left-out-value-root", pathMatch("{type: Exact}")),
				ok("path-percent-encoded-space", pathMatch("{type: Exact, value: /a%20b}")),
				ok("path-with-dots-in-names", pathMatch("{type: Exact, value: /v1.2/file.txt}")),
				ok("regular-expression-path-not-checked", pathMatch("{type: RegularExpression, value: \"^/api/(v1|v2)//.*\"}")),
				ok("rule-without-matches", httpRule("- backendRefs: [{name: web, port: 80}]")));
	}

	static Stream<Arguments> otherRoutes() {
		String spec = "parentRefs: [{name: gw}]\nrules:\n- backendRefs:\n  - %s";
		return Stream.of(
				bad("grpc-backend-without-port", route("v1", "GRPCRoute", spec.formatted("{name: grpc}")),
						"L8 The GRPCRoute \"r\" is invalid: spec.rules[0].backendRefs[0]: Invalid value: \"object\": Must have port for Service reference"),
				bad("grpc-matches-9", route("v1", "GRPCRoute", "rules:\n- matches:\n" + IntStream.range(0, 9)
					.mapToObj(i -> "  - method: {service: s, method: m" + i + "}").collect(Collectors.joining("\n"))),
						"L6 The GRPCRoute \"r\" is invalid: spec.rules[0].matches: Too many: 9: must have at most 8 items",
						"L6 The GRPCRoute \"r\" is invalid: " + NOT_CHECKED),
				bad("tcp-backend-without-port", route("v1alpha2", "TCPRoute", spec.formatted("{name: db}")),
						"L8 The TCPRoute \"r\" is invalid: spec.rules[0].backendRefs[0]: Invalid value: \"object\": Must have port for Service reference"),
				bad("tcp-rules-missing", route("v1alpha2", "TCPRoute", "parentRefs: [{name: gw}]"),
						"L4 The TCPRoute \"r\" is invalid: spec.rules: Required value", "L4 The TCPRoute \"r\" is invalid: " + NOT_CHECKED),
				bad("tcp-rules-empty", route("v1alpha2", "TCPRoute", "parentRefs: [{name: gw}]\nrules: []"),
						"L6 The TCPRoute \"r\" is invalid: spec.rules: Invalid value: 0: spec.rules in body should have at least 1 items"),
				bad("tcp-backend-refs-empty", route("v1alpha2", "TCPRoute", "rules:\n- backendRefs: []"),
						"L6 The TCPRoute \"r\" is invalid: spec.rules[0].backendRefs: Invalid value: 0: spec.rules[0].backendRefs in body should have at least 1 items"),
				bad("udp-backend-port-0", route("v1alpha2", "UDPRoute", spec.formatted("{name: dns, port: 0}")),
						"L8 The UDPRoute \"r\" is invalid: spec.rules[0].backendRefs[0].port: Invalid value: 0: spec.rules[0].backendRefs[0].port in body should be greater than or equal to 1"),
				bad("tls-route-v1-ip-hostname", route("v1", "TLSRoute", "hostnames: [10.0.0.1]\n" + spec.formatted("{name: tls, port: 443}")),
						"L5 The TLSRoute \"r\" is invalid: spec.hostnames: Invalid value: \"array\": Hostnames cannot contain an IP"),
				bad("tls-route-v1-upper-case-hostname", route("v1", "TLSRoute", "hostnames: [Shop.example.com]\n" + spec.formatted("{name: tls, port: 443}")),
						"L5 The TLSRoute \"r\" is invalid: spec.hostnames[0]: Invalid value: \"Shop.example.com\": spec.hostnames[0] in body should match " + HOSTNAME,
						"L5 The TLSRoute \"r\" is invalid: spec.hostnames: Invalid value: \"array\": Hostnames must be valid based on RFC-1123"),
				bad("tls-route-v1-double-wildcard", route("v1", "TLSRoute", "hostnames: [\"*.*.example.com\"]\n" + spec.formatted("{name: tls, port: 443}")),
						"L5 The TLSRoute \"r\" is invalid: spec.hostnames[0]: Invalid value: \"*.*.example.com\": spec.hostnames[0] in body should match " + HOSTNAME,
						"L5 The TLSRoute \"r\" is invalid: spec.hostnames: Invalid value: \"array\": Wildcards on hostnames must be the first label, and the rest of hostname must be valid based on RFC-1123"),
				bad("v1beta1-route-checked-too", route("v1beta1", "HTTPRoute", spec.formatted("{name: web}")),
						"L8 " + H + "spec.rules[0].backendRefs[0]: Invalid value: \"object\": Must have port for Service reference"),
				ok("grpc-matches-8", route("v1", "GRPCRoute", "rules:\n- matches:\n" + IntStream.range(0, 8)
					.mapToObj(i -> "  - method: {service: s, method: m" + i + "}").collect(Collectors.joining("\n")))),
				ok("tcp-route", route("v1alpha2", "TCPRoute", spec.formatted("{name: db, port: 5432}"))),
				ok("tls-route-v1-hostnames", route("v1", "TLSRoute", "hostnames: [\"*.example.com\", shop.example.com]\n" + spec.formatted("{name: tls, port: 443}"))),
				ok("tls-route-v1alpha2-ip-hostname-not-checked", route("v1alpha2", "TLSRoute", "hostnames: [10.0.0.1]\n" + spec.formatted("{name: tls, port: 443}"))),
				ok("other-group-ignored", "apiVersion: gateway.nginx.org/v1alpha1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n  rules:\n  - backendRefs: [{name: web}]\n"));
	}

	static Stream<Arguments> referenceGrants() {
		String head = "apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nmetadata: {name: g}\nspec:\n";
		String rg = "The ReferenceGrant \"g\" is invalid: ";
		return Stream.of(
				bad("grant-without-to", head + "  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]\n",
						"L4 " + rg + "spec.to: Required value"),
				bad("grant-from-without-namespace", head + "  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute}]\n  to: [{group: \"\", kind: Service}]\n",
						"L5 " + rg + "spec.from[0].namespace: Required value"),
				bad("grant-from-namespace-upper-case", head + "  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: Web}]\n  to: [{group: \"\", kind: Service}]\n",
						"L5 " + rg + "spec.from[0].namespace: Invalid value: \"Web\": spec.from[0].namespace in body should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'"),
				bad("grant-to-empty", head + "  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]\n  to: []\n",
						"L6 " + rg + "spec.to: Invalid value: 0: spec.to in body should have at least 1 items"),
				ok("grant", head + "  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]\n  to: [{group: \"\", kind: Service, name: api}]\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "listenerPorts", "listenerNames", "listenerProtocols", "listenerTls", "listenerHostnames", "gatewaySpecs",
			"gatewayClasses", "serviceBackendPorts", "backendRefFields", "matchLimits", "hostnames", "parentRefs", "pathMatches",
			"otherRoutes", "referenceGrants" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
