package dev.portpath.sim.check;

import java.util.Locale;

/**
 * The catalogue of {@code check} finding codes: stable kebab-case words with their severity and a
 * one-line summary. The README's "Finding codes" table is a copy of this catalogue, row for row (a test
 * compares the two both ways and demands a scenario for each code). Wording of a finding lives with its
 * rule.
 */
public enum Code {

	SELECTOR_MATCHES_NO_PODS("error", "the selector nearly matches a workload (one label differs), so the Service has no endpoints"),
	SELECTOR_MATCHES_OTHER_NAMESPACE("error", "the selector matches pods only in another namespace; a Service selects in its own"),
	PODS_NOT_DECLARED("warning", "the selector matches no pod in the files given; they may come from elsewhere or an operator"),
	REPLICAS_ZERO("warning", "the Service selects a workload scaled to replicas: 0"),
	NAMED_TARGET_PORT_NOT_FOUND("error", "a named targetPort that no selected pod declares with that protocol (FindPort)"),
	NAMED_TARGET_PORT_PARTIAL("warning", "a named targetPort that some selected pods lack; they are left out of that port"),
	TARGET_PORT_NOT_DECLARED("warning", "a numeric targetPort that the selected containers do not declare"),
	NO_PORTS_DECLARED("info", "the selected pods declare no ports, so the targetPort cannot be verified"),
	HEADLESS_PORT_MISMATCH("warning", "a headless Service whose targetPort differs from port: nothing translates it"),
	SERVICE_NO_SELECTOR_NO_ENDPOINTS("warning", "a selectorless Service with no EndpointSlice or Endpoints in the files"),
	ENDPOINTSLICE_PORT_NAME_MISMATCH("error", "slice ports are matched to Service ports by name and protocol, and none match"),
	ENDPOINTSLICE_MISSING_SERVICE_NAME_LABEL("error", "a slice without kubernetes.io/service-name feeds no Service (warning when no Service is evidently meant)"),
	ENDPOINTS_IGNORED_WITH_SELECTOR("warning", "hand-written endpoints for a Service that has a selector"),
	INTERNAL_TRAFFIC_LOCAL("warning", "internalTrafficPolicy: Local drops traffic from nodes without an endpoint"),
	EXTERNAL_TRAFFIC_LOCAL("info", "externalTrafficPolicy: Local drops external traffic at nodes without an endpoint"),
	LOADBALANCER_PENDING("info", "a LoadBalancer Service needs a cloud or an implementation to get an address"),
	DUPLICATE_CONTAINER_PORT("warning", "two containers of a pod declare the same port and protocol"),
	HOSTPORT_CONFLICT("warning", "more replicas with one hostPort than nodes (error when the Nodes are given)"),
	PROBE_PORT_NOT_DECLARED("error", "a probe names a port the container does not declare, so it always fails"),
	STATEFULSET_SERVICE_MISSING("info", "a StatefulSet's serviceName names no Service in the files: no per-pod DNS names"),
	BACKEND_SERVICE_NOT_FOUND("warning", "an Ingress or route backend names a Service that is not in the files"),
	BACKEND_SERVICE_OTHER_NAMESPACE("error", "an Ingress backend names a Service that exists only in another namespace"),
	BACKEND_PORT_IS_TARGET_PORT("error", "a backend port is the Service's targetPort or a container port, not a Service port"),
	BACKEND_PORT_NOT_FOUND("error", "a backend port is not a port of the Service"),
	BACKEND_NOT_PERMITTED("warning", "a cross-namespace backendRef without a ReferenceGrant in the files"),
	INGRESS_CLASS_NOT_FOUND("info", "ingressClassName names an IngressClass that is not in the files"),
	INGRESS_NO_CLASS("warning", "an Ingress without a class while no IngressClass in the files is the default: served only if the cluster has one"),
	INGRESS_RESOURCE_BACKEND("info", "a resource backend: served by the controller, not traced"),
	ROUTE_PARENT_NOT_FOUND("warning", "a route's parentRef names a Gateway or Service that is not in the files"),
	ROUTE_NOT_ACCEPTED("error", "the parent Gateway exists, but no listener accepts the route"),
	GATEWAY_CLASS_NOT_FOUND("info", "gatewayClassName names a GatewayClass that is not in the files"),
	REDIRECT_LOOP("error", "a RequestRedirect (or an ingress-nginx redirect annotation) sends a request back to the URL it asked for"),
	HEADER_MATCH_REPEATED("warning", "a route match requires one header twice with two values: no request carries both, and only the first counts"),
	MIRROR_NO_ENDPOINTS("warning", "a RequestMirror whose backend has no ready endpoints (or is not a valid backendRef): the copies are lost"),
	FILTER_NOT_SIMULATED("info", "an ExtensionRef or unknown filter: implementation-specific, traced as if it changed nothing"),
	NETWORKPOLICY_SELECTS_NO_PODS("warning", "a NetworkPolicy whose podSelector matches no pod in the files"),
	NETWORKPOLICY_PORT_IS_SERVICE_PORT("error", "an allowed port is a Service port that translates to another pod port"),
	NETWORKPOLICY_PORT_NOT_DECLARED("info", "an allowed port that no selected container declares"),
	NETWORKPOLICY_NAMED_PORT_NOT_FOUND("warning", "an allowed port name that no selected container declares"),
	EGRESS_BLOCKS_DNS("warning", "pods isolated for egress with no rule that allows DNS (port 53)"),
	NETWORKPOLICY_OR_INSTEAD_OF_AND("info", "a peer list with a podSelector item and a namespaceSelector item: OR, not AND"),
	STATEFULSET_SERVICE_NOT_HEADLESS("info", "a StatefulSet's serviceName names a Service that is not headless: per-pod DNS names only by CoreDNS's grace"),
	PODS_SAMPLED("info", "a workload asks for more pods than PortPath simulates in all (--max-pods): answers about its pods rest on a sample"),
	ENDPOINTSLICE_STALE("warning", "an EndpointSlice the cluster wrote lists an address that no pod in the manifests has (now)"),
	ENDPOINTSLICE_MISSING_POD("warning", "a selected pod with the port is in none of the Service's EndpointSlices: kube-proxy sends it nothing"),
	ENDPOINTSLICE_READINESS_DIFFERS("warning", "an EndpointSlice's ready condition is not what the pod's status says"),
	FEWER_PODS_THAN_REPLICAS("info", "the manifests hold fewer pods of a workload than it asks for (mid-rollout, Pending, or a partial dump)"),
	IGNORE_UNKNOWN_CODE("warning", "a portpath.dev/ignore annotation names a code PortPath does not have, so it silences nothing");

	private final String severity;

	private final String summary;

	Code(String severity, String summary) {
		this.severity = severity;
		this.summary = summary;
	}

	/** The code with this word, if there is one. */
	public static java.util.Optional<Code> of(String word) {
		for (Code c : values()) {
			if (c.word().equals(word)) {
				return java.util.Optional.of(c);
			}
		}
		return java.util.Optional.empty();
	}

	/** The code a mistyped word most likely meant. */
	public static java.util.Optional<String> nearest(String word) {
		return dev.portpath.sim.Words.nearest(word, java.util.Arrays.stream(values()).map(Code::word).toList());
	}

	/** The stable kebab-case word, e.g. {@code named-target-port-not-found}. */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public String severity() {
		return severity;
	}

	public String summary() {
		return summary;
	}
}
