package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ValidateNetworkPolicy on create (networking.k8s.io/v1), one table per rule family. */
class NetworkPolicyRulesTest {

	private static final String N = "The NetworkPolicy \"np\" is invalid: ";

	private static final String RANGE = "must be between 1 and 65535, inclusive";

	private static final String CIDR = "must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)";

	static final String KEY = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

	static final String VALUE = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

	/** A NetworkPolicy whose spec body starts on line 5. */
	static String np(String spec) {
		return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: np}\nspec:\n" + Cases.indent(spec, "  ");
	}

	/** One ingress rule whose single port entry is written on line 8. */
	static String ingressPort(String port) {
		return np("podSelector: {}\ningress:\n- ports:\n  - " + port);
	}

	/** One egress rule whose single port entry is written on line 8. */
	static String egressPort(String port) {
		return np("podSelector: {}\negress:\n- ports:\n  - " + port);
	}

	/** One ingress rule whose single peer is written on line 8. */
	static String from(String peer) {
		return np("podSelector: {}\ningress:\n- from:\n  - " + peer);
	}

	static Stream<Arguments> protocols() {
		return Stream.of(
				bad("protocol-icmp", ingressPort("{protocol: ICMP, port: 80}"),
						"L8 " + N + "spec.ingress[0].ports[0].protocol: Unsupported value: \"ICMP\": supported values: \"TCP\", \"UDP\", \"SCTP\""),
				bad("protocol-lower-case", egressPort("protocol: udp\n    port: 53"),
						"L8 " + N + "spec.egress[0].ports[0].protocol: Unsupported value: \"udp\": supported values: \"TCP\", \"UDP\", \"SCTP\""),
				ok("protocol-left-out-is-tcp", ingressPort("{port: 80}")),
				ok("protocol-udp", egressPort("{protocol: UDP, port: 53}")),
				ok("protocol-sctp", ingressPort("{protocol: SCTP, port: 9999}")),
				ok("protocol-only-allows-every-port", ingressPort("{protocol: TCP}")));
	}

	static Stream<Arguments> ports() {
		String p = "L8 " + N + "spec.ingress[0].ports[0].port: Invalid value: ";
		return Stream.of(
				bad("port-0", ingressPort("{port: 0}"), p + "0: " + RANGE),
				bad("port-65536", ingressPort("{port: 65536}"), p + "65536: " + RANGE),
				bad("port-name-too-long", ingressPort("{port: http-metrics-port}"), p + "\"http-metrics-port\": must be no more than 15 characters"),
				bad("port-quoted-number-is-a-name", ingressPort("{port: \"8080\"}"), p + "\"8080\": must contain at least one letter (a-z)"),
				bad("port-name-upper-case", ingressPort("{port: HTTP}"),
						p + "\"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
						p + "\"HTTP\": must contain at least one letter (a-z)"),
				ok("port-1", ingressPort("{port: 1}")),
				ok("port-65535", ingressPort("{port: 65535}")),
				ok("port-name", ingressPort("{port: http}")),
				// Semantic, not admission: a number no container declares is accepted.
				ok("port-no-container-declares", ingressPort("{port: 26379}")));
	}

	static Stream<Arguments> endPorts() {
		String e = "L8 " + N + "spec.egress[0].ports[0].endPort: Invalid value: ";
		return Stream.of(
				bad("end-port-below-port", egressPort("{port: 32000, endPort: 30000}"), e + "30000: must be greater than or equal to `port`"),
				bad("end-port-65536", egressPort("{port: 32000, endPort: 65536}"), e + "65536: " + RANGE),
				bad("end-port-0-below-port", egressPort("{port: 80, endPort: 0}"),
						e + "0: must be greater than or equal to `port`", e + "0: " + RANGE),
				bad("end-port-with-named-port", egressPort("{port: http, endPort: 8080}"), e + "8080: may not be specified when `port` is non-numeric"),
				bad("end-port-without-port", egressPort("{endPort: 8080}"), e + "8080: may not be specified when `port` is not specified"),
				ok("end-port-equal-to-port", egressPort("{port: 8080, endPort: 8080}")),
				ok("end-port-range", egressPort("{protocol: TCP, port: 32000, endPort: 32768}")),
				ok("end-port-65535", egressPort("{port: 1, endPort: 65535}")));
	}

	static Stream<Arguments> peers() {
		String f = "L8 " + N + "spec.ingress[0].from[0]";
		return Stream.of(
				bad("peer-without-selector", from("{}"), f + ": Required value: must specify a peer"),
				bad("peer-with-null-selector", from("podSelector: null"), f + ": Required value: must specify a peer"),
				bad("ip-block-with-pod-selector", from("{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}"),
						f + ": Forbidden: may not specify both ipBlock and another peer"),
				bad("ip-block-with-namespace-selector", np("podSelector: {}\negress:\n- to:\n  - ipBlock: {cidr: 10.0.0.0/8}\n    namespaceSelector: {}"),
						"L8 " + N + "spec.egress[0].to[0]: Forbidden: may not specify both ipBlock and another peer"),
				ok("peer-empty-pod-selector", from("{podSelector: {}}")),
				ok("pod-and-namespace-selector-together", from("{podSelector: {matchLabels: {app: web}}, namespaceSelector: {matchLabels: {team: a}}}")),
				ok("ip-block-alone", from("{ipBlock: {cidr: 10.0.0.0/8}}")),
				// A selector matching nothing is not an admission error.
				ok("selector-matching-nothing", from("{podSelector: {matchLabels: {app: nowhere}}}")));
	}

	static Stream<Arguments> ipBlocks() {
		String b = "L8 " + N + "spec.ingress[0].from[0].ipBlock";
		return Stream.of(
				bad("ip-block-without-cidr", from("{ipBlock: {except: [10.0.0.0/24]}}"), b + ".cidr: Required value"),
				bad("ip-block-cidr-without-prefix", from("{ipBlock: {cidr: 10.0.0.1}}"), b + ".cidr: Invalid value: \"10.0.0.1\": " + CIDR),
				bad("ip-block-cidr-prefix-too-long", from("{ipBlock: {cidr: 10.0.0.0/33}}"), b + ".cidr: Invalid value: \"10.0.0.0/33\": " + CIDR),
				bad("except-outside-cidr", from("{ipBlock: {cidr: 10.0.0.0/16, except: [10.1.0.0/24]}}"),
						b + ".except[0]: Invalid value: \"10.1.0.0/24\": must be a strict subset of `cidr`"),
				bad("except-equal-to-cidr", from("{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/16]}}"),
						b + ".except[0]: Invalid value: \"10.0.0.0/16\": must be a strict subset of `cidr`"),
				bad("except-wider-than-cidr", from("{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.0.0/8]}}"),
						b + ".except[0]: Invalid value: \"10.0.0.0/8\": must be a strict subset of `cidr`"),
				bad("except-ipv6-in-ipv4-cidr", from("{ipBlock: {cidr: 10.0.0.0/8, except: [\"2001:db8::/64\"]}}"),
						b + ".except[0]: Invalid value: \"2001:db8::/64\": must be a strict subset of `cidr`"),
				bad("except-not-a-cidr", from("{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.1.1]}}"),
						b + ".except[0]: Invalid value: \"10.1.1.1\": " + CIDR),
				ok("ip-block-single-address", from("{ipBlock: {cidr: 10.0.0.5/32}}")),
				ok("ip-block-everything", from("{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}")),
				// IsValidCIDRForLegacyField with StrictIPCIDRValidation (on in 1.36; 1.35 accepts it, see FeatureGateRulesTest).
				bad("ip-block-host-bits-set", from("{ipBlock: {cidr: 10.0.0.1/8}}"),
						b + ".cidr: Invalid value: \"10.0.0.1/8\": must not have bits set beyond the prefix length"),
				ok("except-inside-cidr", from("{ipBlock: {cidr: 10.0.0.0/16, except: [10.0.1.0/24, 10.0.2.7/32]}}")),
				ok("except-ipv6", from("{ipBlock: {cidr: \"2001:db8::/32\", except: [\"2001:db8:1::/48\"]}}")));
	}

	static Stream<Arguments> policyTypes() {
		return Stream.of(
				bad("policy-type-lower-case", np("podSelector: {}\npolicyTypes: [ingress]"),
						"L6 " + N + "spec.policyTypes[0]: Unsupported value: \"ingress\": supported values: \"Ingress\", \"Egress\""),
				bad("three-policy-types", np("podSelector: {}\npolicyTypes: [Ingress, Egress, Ingress]"),
						"L6 " + N + "spec.policyTypes: Invalid value: [\"Ingress\",\"Egress\",\"Ingress\"]: may not specify more than two policyTypes"),
				ok("policy-types-both", np("podSelector: {}\npolicyTypes: [Ingress, Egress]")),
				ok("egress-only-policy", np("podSelector: {}\npolicyTypes: [Egress]")),
				ok("deny-all-ingress", np("podSelector: {}\npolicyTypes: [Ingress]")));
	}

	static Stream<Arguments> selectors() {
		String sel = "L6 " + N + "spec.podSelector";
		return Stream.of(
				bad("match-labels-key-with-space", np("podSelector:\n  matchLabels: {\"app name\": web}"),
						sel + ".matchLabels: Invalid value: \"app name\": " + KEY),
				bad("match-labels-value-with-slash", np("podSelector:\n  matchLabels: {app: web/v1}"),
						sel + ".matchLabels: Invalid value: \"web/v1\": " + VALUE),
				bad("match-labels-value-too-long", np("podSelector:\n  matchLabels: {app: " + "a".repeat(64) + "}"),
						sel + ".matchLabels: Invalid value: \"" + "a".repeat(64) + "\": must be no more than 63 characters"),
				bad("expression-operator-equals", np("podSelector:\n  matchExpressions:\n  - {key: app, operator: Equals, values: [web]}"),
						"L7 " + N + "spec.podSelector.matchExpressions[0].operator: Invalid value: \"Equals\": not a valid selector operator"),
				bad("expression-in-without-values", np("podSelector:\n  matchExpressions:\n  - {key: app, operator: In}"),
						"L7 " + N + "spec.podSelector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"),
				bad("expression-exists-with-values", np("podSelector:\n  matchExpressions:\n  - key: app\n    operator: Exists\n    values: [web]"),
						"L9 " + N + "spec.podSelector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"),
				bad("expression-value-invalid", np("podSelector:\n  matchExpressions:\n  - key: app\n    operator: In\n    values: [\"-web\"]"),
						"L9 " + N + "spec.podSelector.matchExpressions[0].values[0]: Invalid value: \"-web\": " + VALUE),
				bad("expression-key-invalid", np("podSelector:\n  matchExpressions:\n  - key: app/name/x\n    operator: Exists"),
						"L7 " + N + "spec.podSelector.matchExpressions[0].key: Invalid value: \"app/name/x\": a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"),
				bad("namespace-selector-bad-key", from("{namespaceSelector: {matchLabels: {\"-team\": a}}}"),
						"L8 " + N + "spec.ingress[0].from[0].namespaceSelector.matchLabels: Invalid value: \"-team\": " + KEY),
				ok("match-labels-empty-value", np("podSelector:\n  matchLabels: {app: \"\"}")),
				ok("match-labels-prefixed-key", np("podSelector:\n  matchLabels: {app.kubernetes.io/name: web}")),
				ok("expression-not-in", np("podSelector:\n  matchExpressions:\n  - {key: tier, operator: NotIn, values: [db, cache]}")),
				ok("expression-does-not-exist", np("podSelector:\n  matchExpressions:\n  - {key: canary, operator: DoesNotExist}")),
				ok("namespace-by-metadata-name", from("{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}}")));
	}

	static Stream<Arguments> decodeErrors() {
		String d = "NetworkPolicy in version \"v1\" cannot be handled as a NetworkPolicy: json: cannot unmarshal ";
		return Stream.of(
				bad("end-port-quoted", ingressPort("{port: 8000, endPort: \"9000\"}"),
						"L8 " + d + "string into Go struct field NetworkPolicyPort.spec.ingress.ports.endPort of type int32"),
				bad("port-boolean", ingressPort("{port: true}"), "L8 " + d + "bool into Go value of type int32"),
				bad("match-labels-number-value", np("podSelector:\n  matchLabels:\n    version: 2"),
						"L7 " + d + "number into Go struct field LabelSelector.spec.podSelector.matchLabels of type string"),
				bad("from-written-as-a-map", np("podSelector: {}\ningress:\n- from: {podSelector: {}}"),
						"L7 " + d + "object into Go struct field NetworkPolicyIngressRule.spec.ingress.from of type []v1.NetworkPolicyPeer"),
				ok("match-labels-quoted-number", np("podSelector:\n  matchLabels:\n    version: \"2\"")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "protocols", "ports", "endPorts", "peers", "ipBlocks", "policyTypes", "selectors", "decodeErrors" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
