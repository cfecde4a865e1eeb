package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ValidateIngressCreate and ValidateIngressClass (networking.k8s.io/v1), one table per rule family. */
class IngressRulesTest {

	private static final String I = "The Ingress \"web\" is invalid: ";

	private static final String C = "The IngressClass \"nginx\" is invalid: ";

	private static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

	private static final String WILDCARD = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

	/** An Ingress whose spec body starts on line 5. */
	static String ingress(String spec) {
		return "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: web}\nspec:\n" + Cases.indent(spec, "  ");
	}

	/** One rule with one path: {@code path} lines start on line 8 (the path item), the backend follows. */
	static String onePath(String pathItem) {
		return ingress("rules:\n- http:\n    paths:\n" + Cases.indent(pathItem, "    "));
	}

	/** A path item with {@code path} and {@code pathType} (line 8, 9) and a valid backend. */
	static String path(String path, String type) {
		return onePath("- path: " + path + "\n  pathType: " + type + "\n  backend: {service: {name: web, port: {number: 80}}}");
	}

	/** A Prefix path "/" whose backend is written on line 10. */
	static String backend(String backend) {
		return onePath("- path: /\n  pathType: Prefix\n  backend: " + backend);
	}

	static String ingressClass(String spec) {
		return "apiVersion: networking.k8s.io/v1\nkind: IngressClass\nmetadata: {name: nginx}\nspec:\n" + Cases.indent(spec, "  ");
	}

	static Stream<Arguments> rulesOrDefaultBackend() {
		return Stream.of(
				bad("no-rules-no-default-backend", ingress("ingressClassName: nginx"),
						"L4 " + I + "spec: Invalid value: null: either `defaultBackend` or `rules` must be specified"),
				bad("empty-rules-list", ingress("rules: []"),
						"L4 " + I + "spec: Invalid value: []: either `defaultBackend` or `rules` must be specified"),
				ok("default-backend-only", ingress("defaultBackend: {service: {name: web, port: {number: 80}}}")),
				ok("rules-only", path("/", "Prefix")));
	}

	static Stream<Arguments> pathTypes() {
		String p = "spec.rules[0].http.paths[0]";
		return Stream.of(
				bad("path-type-missing", onePath("- path: /\n  backend: {service: {name: web, port: {number: 80}}}"),
						"L8 " + I + p + ".pathType: Required value: pathType must be specified"),
				// The API server returns at the missing pathType, so the broken backend is not reported.
				bad("path-type-missing-hides-backend-errors", onePath("- path: /\n  backend: {}"),
						"L8 " + I + p + ".pathType: Required value: pathType must be specified"),
				bad("path-type-lower-case-prefix", path("/", "prefix"),
						"L9 " + I + p + ".pathType: Unsupported value: \"prefix\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\""),
				bad("path-type-gateway-style-path-prefix", path("/", "PathPrefix"),
						"L9 " + I + p + ".pathType: Unsupported value: \"PathPrefix\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\""),
				ok("path-type-exact", path("/healthz", "Exact")),
				ok("path-type-prefix", path("/api", "Prefix")),
				ok("path-type-implementation-specific", path("/api", "ImplementationSpecific")));
	}

	static Stream<Arguments> paths() {
		String p = "L8 " + I + "spec.rules[0].http.paths[0].path: Invalid value: ";
		return Stream.of(
				bad("exact-path-not-absolute", path("api", "Exact"), p + "\"api\": must be an absolute path"),
				bad("prefix-path-missing", onePath("- pathType: Prefix\n  backend: {service: {name: web, port: {number: 80}}}"),
						"L8 " + I + "spec.rules[0].http.paths[0].path: Invalid value: \"\": must be an absolute path"),
				bad("path-with-double-slash", path("/api//v1", "Prefix"), p + "\"/api//v1\": must not contain '//'"),
				bad("path-with-dot-segment", path("/a/./b", "Prefix"), p + "\"/a/./b\": must not contain '/./'"),
				bad("path-with-dot-dot-segment", path("/a/../b", "Exact"), p + "\"/a/../b\": must not contain '/../'"),
				bad("path-with-encoded-slash-lower", path("/a%2fb", "Prefix"), p + "\"/a%2fb\": must not contain '%2f'"),
				bad("path-with-encoded-slash-upper", path("/a%2Fb", "Prefix"), p + "\"/a%2Fb\": must not contain '%2F'"),
				bad("path-ends-with-dot-dot", path("/a/..", "Prefix"), p + "\"/a/..\": cannot end with '/..'"),
				bad("path-ends-with-dot", path("/a/.", "Exact"), p + "\"/a/.\": cannot end with '/.'"),
				bad("relative-path-with-two-problems", path("a//b", "Prefix"),
						p + "\"a//b\": must be an absolute path", p + "\"a//b\": must not contain '//'"),
				bad("implementation-specific-relative-path", path("api", "ImplementationSpecific"), p + "\"api\": must be an absolute path"),
				ok("path-root", path("/", "Prefix")),
				ok("path-with-dots-in-names", path("/v1.2/file.txt", "Exact")),
				ok("path-with-trailing-slash", path("/api/", "Prefix")),
				ok("implementation-specific-regex-path", path("\"/api(/|$)(.*)\"", "ImplementationSpecific")),
				ok("implementation-specific-double-slash-not-checked", path("//x", "ImplementationSpecific")),
				ok("implementation-specific-without-path",
						onePath("- pathType: ImplementationSpecific\n  backend: {service: {name: web, port: {number: 80}}}")));
	}

	static Stream<Arguments> http() {
		return Stream.of(
				bad("http-without-paths", ingress("rules:\n- host: shop.example.com\n  http: {}"),
						"L7 " + I + "spec.rules[0].http.paths: Required value"),
				bad("http-with-empty-paths", ingress("rules:\n- host: shop.example.com\n  http:\n    paths: []"),
						"L8 " + I + "spec.rules[0].http.paths: Required value"),
				ok("rule-without-http", ingress("rules:\n- host: shop.example.com")));
	}

	static Stream<Arguments> hosts() {
		String h = "L6 " + I + "spec.rules[0].host: Invalid value: ";
		String rule = "rules:\n- host: %s\n  http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}";
		return Stream.of(
				bad("host-is-an-ip", ingress(rule.formatted("10.0.0.1")), h + "\"10.0.0.1\": must be a DNS name, not an IP address"),
				bad("host-is-an-ipv6-address", ingress(rule.formatted("\"2001:db8::1\"")),
						h + "\"2001:db8::1\": must be a DNS name, not an IP address", h + "\"2001:db8::1\": " + SUBDOMAIN),
				bad("host-with-port", ingress(rule.formatted("shop.example.com:8080")), h + "\"shop.example.com:8080\": " + SUBDOMAIN),
				bad("host-upper-case", ingress(rule.formatted("Shop.example.com")), h + "\"Shop.example.com\": " + SUBDOMAIN),
				bad("host-with-scheme", ingress(rule.formatted("https://shop.example.com")), h + "\"https://shop.example.com\": " + SUBDOMAIN),
				bad("wildcard-host-two-wildcards", ingress(rule.formatted("\"*.*.example.com\"")), h + "\"*.*.example.com\": " + WILDCARD),
				bad("wildcard-alone", ingress(rule.formatted("\"*\"")), h + "\"*\": " + WILDCARD),
				bad("wildcard-inside-label", ingress(rule.formatted("\"shop*.example.com\"")), h + "\"shop*.example.com\": " + WILDCARD),
				ok("host-precise", ingress(rule.formatted("shop.example.com"))),
				ok("host-with-digit-labels", ingress(rule.formatted("123.example.com"))),
				ok("wildcard-host", ingress(rule.formatted("\"*.example.com\""))),
				ok("host-left-out-matches-all", ingress("rules:\n- http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: web, port: {number: 80}}}}]}")),
				// A documentation placeholder the reader replaces (ingress-nginx docs example); never applied as is.
				ok("host-placeholder-is-not-judged", ingress(rule.formatted("registry.<your domain>"))));
	}

	static Stream<Arguments> backends() {
		String b = "L10 " + I + "spec.rules[0].http.paths[0].backend";
		return Stream.of(
				bad("backend-service-and-resource", backend("{service: {name: web, port: {number: 80}}, resource: {kind: Bucket, name: b}}"),
						b + ": Invalid value: \"\": cannot set both resource and service backends"),
				bad("backend-empty", backend("{}"), b + ": Invalid value: \"\": resource or service backend is required"),
				bad("backend-left-out", onePath("- path: /\n  pathType: Prefix"),
						"L8 " + I + "spec.rules[0].http.paths[0].backend: Invalid value: \"\": resource or service backend is required"),
				bad("resource-backend-without-kind", backend("{resource: {apiGroup: k8s.example.com, name: static}}"),
						b + ".resource.kind: Required value"),
				bad("resource-backend-name-with-slash", backend("{resource: {kind: Bucket, name: a/b}}"),
						b + ".resource.name: Invalid value: \"a/b\": may not contain '/'"),
				bad("resource-backend-api-group-upper-case", backend("{resource: {apiGroup: K8s.io, kind: Bucket, name: b}}"),
						b + ".resource.apiGroup: Invalid value: \"K8s.io\": " + SUBDOMAIN),
				ok("resource-backend", backend("{resource: {apiGroup: k8s.example.com, kind: StorageBucket, name: static-assets}}")),
				ok("default-backend-resource", ingress("defaultBackend: {resource: {kind: Bucket, name: b}}")));
	}

	static Stream<Arguments> serviceNames() {
		String b = "L10 " + I + "spec.rules[0].http.paths[0].backend.service.name";
		return Stream.of(
				bad("service-name-missing", backend("{service: {port: {number: 80}}}"), b + ": Required value"),
				bad("service-name-with-namespace", backend("{service: {name: web.shop, port: {number: 80}}}"),
						b + ": Invalid value: \"web.shop\": must not contain dots"),
				bad("service-name-upper-case", backend("{service: {name: Web, port: {number: 80}}}"),
						b + ": Invalid value: \"Web\": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"),
				ok("service-name-label", backend("{service: {name: web-frontend, port: {number: 80}}}")),
				// RelaxedServiceNameValidation (beta, on in v1.36): a DNS-1123 label, so a leading digit is fine.
				ok("service-name-starting-with-digit", backend("{service: {name: 1web, port: {number: 80}}}")));
	}

	static Stream<Arguments> servicePorts() {
		String b = "L10 " + I + "spec.rules[0].http.paths[0].backend";
		return Stream.of(
				bad("port-name-and-number", backend("{service: {name: web, port: {name: http, number: 80}}}"),
						b + ": Invalid value: \"\": cannot set both port name & port number"),
				bad("service-backend-without-port", backend("{service: {name: web}}"),
						b + ": Required value: port name or number is required"),
				bad("port-number-0-counts-as-not-set", backend("{service: {name: web, port: {number: 0}}}"),
						b + ": Required value: port name or number is required"),
				bad("port-number-65536", backend("{service: {name: web, port: {number: 65536}}}"),
						b + ".service.port.number: Invalid value: 65536: must be between 1 and 65535, inclusive"),
				bad("port-number-negative", backend("{service: {name: web, port: {number: -1}}}"),
						b + ".service.port.number: Invalid value: -1: must be between 1 and 65535, inclusive"),
				bad("port-name-upper-case", backend("{service: {name: web, port: {name: HTTP}}}"),
						b + ".service.port.name: Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
						b + ".service.port.name: Invalid value: \"HTTP\": must contain at least one letter (a-z)"),
				bad("port-name-quoted-number", backend("{service: {name: web, port: {name: \"8080\"}}}"),
						b + ".service.port.name: Invalid value: \"8080\": must contain at least one letter (a-z)"),
				bad("port-name-16-chars", backend("{service: {name: web, port: {name: http-metrics-por}}}"),
						b + ".service.port.name: Invalid value: \"http-metrics-por\": must be no more than 15 characters"),
				bad("default-backend-without-port", ingress("defaultBackend:\n  service: {name: web}"),
						"L5 " + I + "spec.defaultBackend: Required value: port name or number is required"),
				ok("port-number-1", backend("{service: {name: web, port: {number: 1}}}")),
				ok("port-number-65535", backend("{service: {name: web, port: {number: 65535}}}")),
				ok("port-name", backend("{service: {name: web, port: {name: http}}}")),
				ok("port-name-15-chars", backend("{service: {name: web, port: {name: http-metrics-po}}}")),
				// Semantic, not admission: a Service that does not exist is accepted.
				ok("backend-service-not-in-manifests", backend("{service: {name: nowhere, port: {number: 8080}}}")));
	}

	static Stream<Arguments> ingressClass() {
		String withAnnotation = "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    kubernetes.io/ingress.class: %s\nspec:\n"
				+ "  ingressClassName: %s\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n";
		return Stream.of(
				bad("class-annotation-differs", withAnnotation.formatted("nginx", "traefik"),
						"L6 " + I + "annotations.kubernetes.io/ingress.class: Invalid value: \"nginx\": must match `ingressClassName` when both are specified"),
				bad("ingress-class-name-upper-case", ingress("ingressClassName: Nginx\ndefaultBackend: {service: {name: web, port: {number: 80}}}"),
						"L5 " + I + "spec.ingressClassName: Invalid value: \"Nginx\": " + SUBDOMAIN),
				ok("class-annotation-equal", withAnnotation.formatted("nginx", "nginx")),
				ok("class-annotation-alone", "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    kubernetes.io/ingress.class: nginx\nspec:\n"
						+ "  defaultBackend: {service: {name: web, port: {number: 80}}}\n"),
				ok("ingress-class-name-with-dots", ingress("ingressClassName: webapprouting.kubernetes.azure.com\ndefaultBackend: {service: {name: web, port: {number: 80}}}")));
	}

	static Stream<Arguments> tls() {
		String t = "tls:\n- hosts: [%s]\n  secretName: %s\ndefaultBackend: {service: {name: web, port: {number: 80}}}";
		return Stream.of(
				bad("tls-host-upper-case", ingress(t.formatted("Shop.example.com", "shop-tls")),
						"L6 " + I + "spec.tls[0].hosts[0]: Invalid value: \"Shop.example.com\": " + SUBDOMAIN),
				bad("tls-host-two-wildcards", ingress(t.formatted("\"*.*.example.com\"", "shop-tls")),
						"L6 " + I + "spec.tls[0].hosts[0]: Invalid value: \"*.*.example.com\": " + WILDCARD),
				bad("tls-secret-name-upper-case", ingress(t.formatted("shop.example.com", "Shop-TLS")),
						"L7 " + I + "spec.tls[0].secretName: Invalid value: \"Shop-TLS\": " + SUBDOMAIN),
				ok("tls-wildcard-host", ingress(t.formatted("\"*.example.com\"", "wildcard-tls"))),
				ok("tls-without-secret-name", ingress("tls:\n- hosts: [shop.example.com]\ndefaultBackend: {service: {name: web, port: {number: 80}}}")));
	}

	static Stream<Arguments> decodeErrors() {
		return Stream.of(
				bad("port-number-quoted", backend("{service: {name: web, port: {number: \"80\"}}}"),
						"L10 Ingress in version \"v1\" cannot be handled as a Ingress: json: cannot unmarshal string into Go struct field ServiceBackendPort.spec.rules.http.paths.backend.service.port.number of type int32"),
				bad("paths-written-as-a-map", ingress("rules:\n- http:\n    paths: {path: /}"),
						"L7 Ingress in version \"v1\" cannot be handled as a Ingress: json: cannot unmarshal object into Go struct field HTTPIngressRuleValue.spec.rules.http.paths of type []v1.HTTPIngressPath"),
				bad("annotation-value-not-text", "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: web\n  annotations:\n    nginx.ingress.kubernetes.io/proxy-body-size: 0\nspec:\n  defaultBackend: {service: {name: web, port: {number: 80}}}\n",
						"L6 Ingress in version \"v1\" cannot be handled as a Ingress: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.annotations of type string"));
	}

	static Stream<Arguments> ingressClasses() {
		String c = "L5 " + C + "spec.controller";
		return Stream.of(
				bad("controller-missing", ingressClass("parameters: {kind: X, name: y}"), "L4 " + C + "spec.controller: Required value"),
				bad("controller-without-path", ingressClass("controller: nginx"),
						c + ": Invalid value: \"nginx\": must be a domain-prefixed path (such as \"acme.io/foo\")"),
				bad("controller-upper-case-domain", ingressClass("controller: K8s.io/ingress-nginx"),
						c + ": Invalid value: \"K8s.io\": " + SUBDOMAIN),
				bad("controller-path-with-space", ingressClass("controller: k8s.io/ingress nginx"),
						c + ": Invalid value: \"ingress nginx\": Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"),
				bad("controller-251-bytes", ingressClass("controller: example.com/" + "a".repeat(239)),
						c + ": Too long: must have at most 250 bytes"),
				bad("parameters-namespace-scope-without-namespace", ingressClass("controller: k8s.io/ingress-nginx\nparameters: {kind: Conf, name: c, scope: Namespace}"),
						"L6 " + C + "spec.parameters.namespace: Required value: `parameters.scope` is set to 'Namespace'"),
				// SetDefaults_IngressClass makes a left-out scope Cluster.
				bad("parameters-cluster-scope-with-namespace", ingressClass("controller: k8s.io/ingress-nginx\nparameters:\n  kind: Conf\n  name: c\n  namespace: ingress"),
						"L9 " + C + "spec.parameters.namespace: Forbidden: `parameters.scope` is set to 'Cluster'"),
				bad("parameters-scope-lower-case", ingressClass("controller: k8s.io/ingress-nginx\nparameters:\n  kind: Conf\n  name: c\n  scope: namespace"),
						"L9 " + C + "spec.parameters.scope: Unsupported value: \"namespace\": supported values: \"Cluster\", \"Namespace\""),
				bad("parameters-without-kind", ingressClass("controller: k8s.io/ingress-nginx\nparameters:\n  name: c"),
						"L6 " + C + "spec.parameters.kind: Required value"),
				ok("controller-ingress-nginx", ingressClass("controller: k8s.io/ingress-nginx")),
				ok("controller-250-bytes", ingressClass("controller: example.com/" + "a".repeat(238))),
				ok("parameters-namespace-scope", ingressClass("controller: k8s.io/ingress-nginx\nparameters: {kind: Conf, name: c, scope: Namespace, namespace: ingress}")),
				ok("parameters-default-scope", ingressClass("controller: k8s.io/ingress-nginx\nparameters: {apiGroup: k8s.example.com, kind: Conf, name: c}")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "rulesOrDefaultBackend", "pathTypes", "paths", "http", "hosts", "backends", "serviceNames", "servicePorts",
			"ingressClass", "tls", "decodeErrors", "ingressClasses" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
