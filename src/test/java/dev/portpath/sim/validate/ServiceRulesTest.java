package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static dev.portpath.sim.validate.Cases.svc;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ValidateService, validateServicePort and the create-time allocators, one table per rule family. */
class ServiceRulesTest {

	private static final String S = "The Service \"web\" is invalid: ";

	private static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

	private static final String RANGE = "must be between 1 and 65535, inclusive";

	static Stream<Arguments> ports() {
		return Stream.of(
				bad("ports-left-out", svc("selector: {app: web}"), "L4 " + S + "spec.ports: Required value"),
				bad("ports-empty-list", svc("ports: []"), "L5 " + S + "spec.ports: Required value"),
				ok("headless-without-ports", svc("clusterIP: None\nselector: {app: web}")),
				ok("external-name-without-ports", svc("type: ExternalName\nexternalName: db.example.com")));
	}

	static Stream<Arguments> portNames() {
		return Stream.of(
				bad("second-port-name-required", svc("ports:\n- {name: http, port: 80}\n- {port: 443}"),
						"L7 " + S + "spec.ports[1].name: Required value"),
				bad("two-unnamed-ports", svc("ports:\n- port: 80\n- port: 443"),
						"L6 " + S + "spec.ports[0].name: Required value", "L7 " + S + "spec.ports[1].name: Required value"),
				bad("port-name-upper-case", svc("ports:\n- {name: HTTP, port: 80}"),
						"L6 " + S + "spec.ports[0].name: Invalid value: \"HTTP\": " + LABEL),
				bad("port-name-with-dot", svc("ports:\n- {name: http.v2, port: 80}"),
						"L6 " + S + "spec.ports[0].name: Invalid value: \"http.v2\": must not contain dots"),
				bad("port-name-64-chars", svc("ports:\n- {name: " + "a".repeat(64) + ", port: 80}"),
						"L6 " + S + "spec.ports[0].name: Invalid value: \"" + "a".repeat(64) + "\": must be no more than 63 characters"),
				bad("port-name-twice", svc("ports:\n- {name: http, port: 80}\n- {name: http, port: 8080}"),
						"L7 " + S + "spec.ports[1].name: Duplicate value: \"http\""),
				ok("single-unnamed-port", svc("ports:\n- port: 80")),
				ok("port-name-63-chars", svc("ports:\n- {name: " + "a".repeat(63) + ", port: 80}")),
				ok("port-name-digits-only-is-a-valid-label", svc("ports:\n- {name: \"8080\", port: 80}")),
				ok("port-name-longer-than-15-is-fine-on-services", svc("ports:\n- {name: http-metrics-port, port: 80}")));
	}

	static Stream<Arguments> portNumbers() {
		return Stream.of(
				// targetPort is defaulted to port, so a bad port is reported twice.
				bad("port-0", svc("ports:\n- port: 0"), "L6 " + S + "spec.ports[0].port: Invalid value: 0: " + RANGE,
						"L6 " + S + "spec.ports[0].targetPort: Invalid value: 0: " + RANGE),
				bad("port-65536", svc("ports:\n- port: 65536\n  targetPort: 8080"),
						"L6 " + S + "spec.ports[0].port: Invalid value: 65536: " + RANGE),
				bad("protocol-http", svc("ports:\n- port: 80\n  protocol: HTTP"),
						"L7 " + S + "spec.ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
				bad("same-port-twice", svc("ports:\n- {name: a, port: 80}\n- {name: b, port: 80}"),
						"L7 " + S + "spec.ports[1]: Duplicate value: {\"Name\":\"\",\"Protocol\":\"TCP\",\"AppProtocol\":null,\"Port\":80,\"TargetPort\":0,\"NodePort\":0}"),
				bad("app-protocol-with-space", svc("ports:\n- port: 80\n  appProtocol: HTTP 2"),
						"L7 " + S + "spec.ports[0].appProtocol: Invalid value: \"HTTP 2\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"),
				ok("port-1", svc("ports:\n- port: 1")),
				ok("port-65535", svc("ports:\n- port: 65535")),
				ok("protocol-udp", svc("ports:\n- {port: 53, protocol: UDP}")),
				ok("protocol-sctp", svc("ports:\n- {port: 9999, protocol: SCTP}")),
				ok("same-port-tcp-and-udp", svc("ports:\n- {name: dns, port: 53}\n- {name: dns-udp, port: 53, protocol: UDP}")),
				ok("app-protocol-h2c", svc("ports:\n- {port: 80, appProtocol: kubernetes.io/h2c}")),
				// v1.33 removed the old "may not expose port 10250 externally" check (kubernetes PR #129174).
				ok("kubelet-port-on-load-balancer", svc("type: LoadBalancer\nports:\n- port: 10250")));
	}

	static Stream<Arguments> targetPort() {
		return Stream.of(
				bad("quoted-number-target-port-is-a-name", svc("ports:\n- port: 80\n  targetPort: \"8080\""),
						"L7 " + S + "spec.ports[0].targetPort: Invalid value: \"8080\": must contain at least one letter (a-z)"),
				bad("target-port-name-with-underscore", svc("ports:\n- port: 80\n  targetPort: http_port"),
						"L7 " + S + "spec.ports[0].targetPort: Invalid value: \"http_port\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
				bad("target-port-name-16-chars", svc("ports:\n- port: 80\n  targetPort: http-metrics-por"),
						"L7 " + S + "spec.ports[0].targetPort: Invalid value: \"http-metrics-por\": must be no more than 15 characters"),
				bad("target-port-70000", svc("ports:\n- port: 80\n  targetPort: 70000"),
						"L7 " + S + "spec.ports[0].targetPort: Invalid value: 70000: " + RANGE),
				bad("target-port-negative", svc("ports:\n- port: 80\n  targetPort: -1"),
						"L7 " + S + "spec.ports[0].targetPort: Invalid value: -1: " + RANGE),
				ok("target-port-left-out", svc("ports:\n- port: 80")),
				ok("target-port-0-means-port", svc("ports:\n- port: 80\n  targetPort: 0")),
				ok("target-port-empty-string-means-port", svc("ports:\n- port: 80\n  targetPort: \"\"")),
				ok("target-port-65535", svc("ports:\n- port: 80\n  targetPort: 65535")),
				ok("named-target-port-no-pod-defines", svc("ports:\n- port: 80\n  targetPort: http-web")),
				ok("target-port-differs-on-headless", svc("clusterIP: None\nports:\n- port: 80\n  targetPort: 8080")));
	}

	static Stream<Arguments> nodePorts() {
		return Stream.of(
				bad("node-port-on-cluster-ip", svc("ports:\n- port: 80\n  nodePort: 30080"),
						"L7 " + S + "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"),
				bad("node-port-below-range", svc("type: NodePort\nports:\n- port: 80\n  nodePort: 8080"),
						"L8 " + S + "spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767"),
				bad("node-port-32768", svc("type: LoadBalancer\nports:\n- port: 80\n  nodePort: 32768"),
						"L8 " + S + "spec.ports[0].nodePort: Invalid value: 32768: provided port is not in the valid range. The range of valid ports is 30000-32767"),
				// The allocator runs first and stops the create, so the bad port name is not reported yet.
				bad("node-port-error-hides-validation", svc("type: NodePort\nports:\n- {name: HTTP, port: 80, nodePort: 80}"),
						"L7 " + S + "spec.ports[0].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767"),
				bad("two-ports-one-node-port", svc("type: NodePort\nports:\n- {name: a, port: 80, nodePort: 30080}\n- {name: b, port: 443, nodePort: 30080}"),
						"L8 " + S + "spec.ports[1].nodePort: Invalid value: 30080: provided port is already allocated"),
				bad("same-port-twice-with-same-node-port", svc("type: NodePort\nports:\n- {name: a, port: 80, nodePort: 30080}\n- {name: b, port: 80, nodePort: 30080}"),
						"L8 " + S + "spec.ports[1].nodePort: Duplicate value: 30080",
						"L8 " + S + "spec.ports[1]: Duplicate value: {\"Name\":\"\",\"Protocol\":\"TCP\",\"AppProtocol\":null,\"Port\":80,\"TargetPort\":0,\"NodePort\":0}"),
				ok("node-port-30000", svc("type: NodePort\nports:\n- {port: 80, nodePort: 30000}")),
				ok("node-port-32767", svc("type: NodePort\nports:\n- {port: 80, nodePort: 32767}")),
				ok("node-port-left-out", svc("type: NodePort\nports:\n- port: 80")),
				ok("node-port-0-on-cluster-ip", svc("ports:\n- {port: 80, nodePort: 0}")),
				ok("tcp-and-udp-share-a-node-port", svc("type: NodePort\nports:\n- {name: dns, port: 53, nodePort: 30053}\n- {name: dns-udp, port: 53, protocol: UDP, nodePort: 30053}")));
	}

	static Stream<Arguments> types() {
		return Stream.of(
				bad("type-nodeport-lower-case-p", svc("type: Nodeport\nports:\n- port: 80"),
						"L5 " + S + "spec.type: Unsupported value: \"Nodeport\": supported values: \"ClusterIP\", \"ExternalName\", \"LoadBalancer\", \"NodePort\""),
				bad("headless-load-balancer", svc("type: LoadBalancer\nclusterIP: None\nports:\n- port: 80"),
						"L6 " + S + "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for LoadBalancer services"),
				bad("headless-node-port", svc("type: NodePort\nclusterIP: None\nports:\n- port: 80"),
						"L6 " + S + "spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"),
				ok("type-cluster-ip", svc("type: ClusterIP\nports:\n- port: 80")),
				ok("type-load-balancer", svc("type: LoadBalancer\nports:\n- port: 80")),
				ok("headless-cluster-ip", svc("type: ClusterIP\nclusterIP: None\nports:\n- port: 80")));
	}

	static Stream<Arguments> externalName() {
		String subdomain = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
		return Stream.of(
				bad("external-name-missing", svc("type: ExternalName"), "L4 " + S + "spec.externalName: Required value"),
				bad("external-name-only-a-dot", svc("type: ExternalName\nexternalName: ."), "L6 " + S + "spec.externalName: Required value"),
				bad("external-name-with-cluster-ip", svc("type: ExternalName\nexternalName: db.example.com\nclusterIP: 10.96.0.5"),
						"L7 " + S + "spec.clusterIPs: Forbidden: may not be set for ExternalName services"),
				bad("external-name-with-ip-families", svc("type: ExternalName\nexternalName: db.example.com\nipFamilies: [IPv4]"),
						"L7 " + S + "spec.ipFamilies: Forbidden: may not be set for ExternalName services"),
				bad("external-name-with-ip-family-policy", svc("type: ExternalName\nexternalName: db.example.com\nipFamilyPolicy: SingleStack"),
						"L7 " + S + "spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services"),
				bad("external-name-is-a-url", svc("type: ExternalName\nexternalName: https://db.example.com"),
						"L6 " + S + "spec.externalName: Invalid value: \"https://db.example.com\": " + subdomain),
				bad("external-name-upper-case", svc("type: ExternalName\nexternalName: DB.example.com."),
						"L6 " + S + "spec.externalName: Invalid value: \"DB.example.com\": " + subdomain),
				ok("external-name-trailing-dot", svc("type: ExternalName\nexternalName: db.example.com.")),
				ok("external-name-digits-are-a-name", svc("type: ExternalName\nexternalName: 10.0.0.1")),
				ok("external-name-with-empty-cluster-ip", svc("type: ExternalName\nexternalName: db\nclusterIP: \"\"")));
	}

	static Stream<Arguments> clusterIP() {
		String invalidIp = "must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)";
		return Stream.of(
				bad("cluster-ip-not-an-ip", svc("clusterIP: abc\nports:\n- port: 80"),
						"L5 " + S + "spec.clusterIPs[0]: Invalid value: \"abc\": " + invalidIp),
				bad("cluster-ip-lower-case-none", svc("clusterIP: none\nports:\n- port: 80"),
						"L5 " + S + "spec.clusterIPs[0]: Invalid value: \"none\": " + invalidIp),
				bad("cluster-ip-outside-service-cidr", svc("clusterIP: 10.0.0.10\nports:\n- port: 80"),
						"L5 " + S + "spec.clusterIPs: Invalid value: []string{\"10.0.0.10\"}: failed to allocate IP 10.0.0.10: the provided network does not match the current range"),
				bad("cluster-ip-broadcast-address", svc("clusterIP: 10.111.255.255\nports:\n- port: 80"),
						"L5 " + S + "spec.clusterIPs: Invalid value: []string{\"10.111.255.255\"}: failed to allocate IP 10.111.255.255: the provided network does not match the current range"),
				bad("cluster-ips-without-cluster-ip", svc("clusterIPs: [10.96.0.20]\nports:\n- port: 80"),
						"L5 " + S + "spec.clusterIPs: Invalid value: []string{\"10.96.0.20\"}: must be empty when `clusterIP` is not specified"),
				bad("cluster-ips-disagree-with-cluster-ip", svc("clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.21]\nports:\n- port: 80"),
						"L6 " + S + "spec.clusterIPs: Invalid value: []string{\"10.96.0.21\"}: first value must match `clusterIP`"),
				bad("ip-family-unknown", svc("ipFamilies: [IPv5]\nports:\n- port: 80"),
						"L5 " + S + "spec.ipFamilies[0]: Unsupported value: \"IPv5\": supported values: \"IPv4\", \"IPv6\""),
				bad("ip-family-policy-unknown", svc("ipFamilyPolicy: DualStack\nports:\n- port: 80"),
						"L5 " + S + "spec.ipFamilyPolicy: Unsupported value: \"DualStack\": supported values: \"PreferDualStack\", \"RequireDualStack\", \"SingleStack\""),
				ok("cluster-ip-first-of-range", svc("clusterIP: 10.96.0.1\nports:\n- port: 80")),
				ok("cluster-ip-last-of-range", svc("clusterIP: 10.111.255.254\nports:\n- port: 80")),
				ok("cluster-ip-empty-string", svc("clusterIP: \"\"\nports:\n- port: 80")),
				ok("cluster-ip-ipv6-not-range-checked", svc("clusterIP: fd00::10\nports:\n- port: 80")),
				bad("two-ipv4-cluster-ips", svc("clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.20, 10.96.0.21]\nipFamilyPolicy: PreferDualStack\nports:\n- port: 80"),
						"L6 " + S + "spec.clusterIPs: Invalid value: []string{\"10.96.0.20\", \"10.96.0.21\"}: may specify no more than one IP for each IP family"),
				ok("dual-stack-cluster-ips", svc("clusterIP: 10.96.0.20\nclusterIPs: [10.96.0.20, \"fd00::20\"]\nipFamilies: [IPv4, IPv6]\nipFamilyPolicy: RequireDualStack\nports:\n- port: 80")));
	}

	static Stream<Arguments> externalIPs() {
		String e = "L8 " + S + "spec.externalIPs[0]: Invalid value: ";
		String ports = "ports:\n- port: 80\nexternalIPs:\n- ";
		return Stream.of(
				bad("external-ip-loopback", svc(ports + "127.0.0.1"), e + "\"127.0.0.1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"),
				bad("external-ip-ipv6-loopback", svc(ports + "\"::1\""), e + "\"::1\": may not be in the loopback range (127.0.0.0/8, ::1/128)"),
				bad("external-ip-link-local", svc(ports + "169.254.10.10"), e + "\"169.254.10.10\": may not be in the link-local range (169.254.0.0/16, fe80::/10)"),
				bad("external-ip-link-local-multicast", svc(ports + "224.0.0.251"), e + "\"224.0.0.251\": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)"),
				bad("external-ip-unspecified", svc(ports + "0.0.0.0"), e + "\"0.0.0.0\": may not be unspecified (0.0.0.0)"),
				bad("external-ip-host-name", svc(ports + "lb.example.com"), e + "\"lb.example.com\": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)"),
				ok("external-ip-routable", svc(ports + "203.0.113.10")),
				ok("external-ip-multicast-outside-link-local", svc(ports + "224.0.1.1")));
	}

	static Stream<Arguments> sessionAffinity() {
		String clientIP = "sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: %s\nports:\n- port: 80";
		String t = "L8 " + S + "spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: ";
		return Stream.of(
				bad("session-affinity-unknown", svc("sessionAffinity: Client\nports:\n- port: 80"),
						"L5 " + S + "spec.sessionAffinity: Unsupported value: \"Client\": supported values: \"ClientIP\", \"None\""),
				bad("affinity-timeout-0", svc(clientIP.formatted("0")), t + "0: must be greater than 0 and less than 86400"),
				bad("affinity-timeout-86401", svc(clientIP.formatted("86401")), t + "86401: must be greater than 0 and less than 86400"),
				ok("affinity-timeout-1", svc(clientIP.formatted("1"))),
				ok("affinity-timeout-86400", svc(clientIP.formatted("86400"))),
				ok("client-ip-affinity-without-config", svc("sessionAffinity: ClientIP\nports:\n- port: 80")),
				ok("affinity-none-with-config-is-cleared", svc("sessionAffinity: None\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}\nports:\n- port: 80")));
	}

	static Stream<Arguments> trafficPolicies() {
		return Stream.of(
				bad("external-traffic-policy-on-cluster-ip", svc("ports:\n- port: 80\nexternalTrafficPolicy: Local"),
						"L7 " + S + "spec.externalTrafficPolicy: Invalid value: \"Local\": may only be set for externally-accessible services"),
				bad("external-traffic-policy-lower-case", svc("type: NodePort\nexternalTrafficPolicy: local\nports:\n- port: 80"),
						"L6 " + S + "spec.externalTrafficPolicy: Unsupported value: \"local\": supported values: \"Cluster\", \"Local\""),
				bad("health-check-node-port-without-local-policy", svc("type: LoadBalancer\nhealthCheckNodePort: 30001\nports:\n- port: 80"),
						"L6 " + S + "spec.healthCheckNodePort: Invalid value: 30001: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"),
				bad("health-check-node-port-out-of-range", svc("type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 8080\nports:\n- port: 80"),
						"L7 Internal error occurred: failed to allocate requested HealthCheck NodePort 8080: provided port is not in the valid range. The range of valid ports is 30000-32767"),
				bad("internal-traffic-policy-unknown", svc("internalTrafficPolicy: Node\nports:\n- port: 80"),
						"L5 " + S + "spec.internalTrafficPolicy: Unsupported value: \"Node\": supported values: \"Cluster\", \"Local\""),
				bad("traffic-distribution-unknown", svc("trafficDistribution: PreferZone\nports:\n- port: 80"),
						"L5 " + S + "spec.trafficDistribution: Unsupported value: \"PreferZone\": supported values: \"PreferClose\", \"PreferSameZone\", \"PreferSameNode\""),
				ok("external-traffic-policy-with-external-ips", svc("externalIPs: [203.0.113.10]\nexternalTrafficPolicy: Local\nports:\n- port: 80")),
				ok("load-balancer-local-with-health-check-port", svc("type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 30001\nports:\n- port: 80")),
				ok("internal-traffic-policy-local", svc("internalTrafficPolicy: Local\nports:\n- port: 80")),
				ok("traffic-distribution-prefer-same-node", svc("trafficDistribution: PreferSameNode\nports:\n- port: 80")),
				ok("traffic-distribution-prefer-same-zone", svc("trafficDistribution: PreferSameZone\nports:\n- port: 80")),
				ok("traffic-distribution-prefer-close", svc("trafficDistribution: PreferClose\nports:\n- port: 80")));
	}

	static Stream<Arguments> loadBalancerOnly() {
		return Stream.of(
				bad("source-ranges-on-cluster-ip", svc("ports:\n- port: 80\nloadBalancerSourceRanges: [10.0.0.0/8]"),
						"L7 " + S + "spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"),
				bad("source-range-without-prefix-length", svc("type: LoadBalancer\nports:\n- port: 80\nloadBalancerSourceRanges:\n- 10.0.0.1"),
						"L9 " + S + "spec.LoadBalancerSourceRanges[0]: Invalid value: \"10.0.0.1\": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)"),
				bad("allocate-node-ports-on-node-port", svc("type: NodePort\nallocateLoadBalancerNodePorts: false\nports:\n- port: 80"),
						"L6 " + S + "spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"),
				bad("load-balancer-class-on-node-port", svc("type: NodePort\nloadBalancerClass: example.com/lb\nports:\n- port: 80"),
						"L6 " + S + "spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"),
				ok("load-balancer-class-on-load-balancer", svc("type: LoadBalancer\nloadBalancerClass: example.com/lb\nports:\n- port: 80")),
				ok("source-ranges-on-load-balancer", svc("type: LoadBalancer\nports:\n- port: 80\nloadBalancerSourceRanges: [\" 10.0.0.0/8 \", \"2001:db8::/64\"]")),
				ok("allocate-node-ports-false-on-load-balancer", svc("type: LoadBalancer\nallocateLoadBalancerNodePorts: false\nports:\n- port: 80")));
	}

	static Stream<Arguments> serviceName() {
		String named = """
				apiVersion: v1
				kind: Service
				metadata:
				  name: %s
				spec:
				  ports:
				  - port: 80
				""";
		return Stream.of(
				bad("service-name-upper-case", named.formatted("Web"),
						"L4 The Service \"Web\" is invalid: metadata.name: Invalid value: \"Web\": " + LABEL),
				bad("service-name-with-dot", named.formatted("web.api"),
						"L4 The Service \"web.api\" is invalid: metadata.name: Invalid value: \"web.api\": must not contain dots"),
				bad("service-name-64-chars", named.formatted("a".repeat(64)),
						"L4 The Service \"" + "a".repeat(64) + "\" is invalid: metadata.name: Invalid value: \"" + "a".repeat(64) + "\": must be no more than 63 characters"),
				// v1.36 (RelaxedServiceNameValidation, beta): DNS-1123 label; v1.33 and older wanted a letter first.
				ok("service-name-starting-with-digit", named.formatted("1web")),
				ok("service-name-63-chars", named.formatted("a".repeat(63))));
	}

	/** ValidateService: {@code ValidateLabels(service.Spec.Selector, specPath.Child("selector"))}. */
	static Stream<Arguments> selector() {
		String sel = S + "spec.selector: Invalid value: ";
		return Stream.of(
				bad("selector-key-with-space", svc("selector: {\"app name\": web}\nports: [{port: 80}]"),
						"L5 " + sel + "\"app name\": " + NetworkPolicyRulesTest.KEY),
				bad("selector-value-with-space", svc("selector: {app: \"my web\"}\nports: [{port: 80}]"),
						"L5 " + sel + "\"my web\": " + NetworkPolicyRulesTest.VALUE),
				bad("selector-value-64-chars", svc("selector:\n  app: " + "a".repeat(64) + "\nports: [{port: 80}]"),
						"L6 " + sel + "\"" + "a".repeat(64) + "\": must be no more than 63 characters"),
				bad("selector-key-and-value-both-bad", svc("selector:\n  -app: web_\nports: [{port: 80}]"),
						"L6 " + sel + "\"-app\": " + NetworkPolicyRulesTest.KEY,
						"L6 " + sel + "\"web_\": " + NetworkPolicyRulesTest.VALUE),
				ok("selector-prefixed-key", svc("selector: {app.kubernetes.io/name: web}\nports: [{port: 80}]")),
				ok("selector-empty-value", svc("selector: {canary: \"\"}\nports: [{port: 80}]")),
				ok("selector-value-63-chars", svc("selector:\n  app: " + "a".repeat(63) + "\nports: [{port: 80}]")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "ports", "portNames", "portNumbers", "targetPort", "nodePorts", "types", "externalName",
			"clusterIP", "externalIPs", "sessionAffinity", "trafficPolicies", "loadBalancerOnly", "serviceName",
			"selector" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
