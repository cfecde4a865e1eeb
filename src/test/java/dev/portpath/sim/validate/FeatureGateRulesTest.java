package dev.portpath.sim.validate;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that differ between Kubernetes 1.35 and 1.36, each judged under both: a case is the YAML, what 1.35
 * reports (its gates off) and what 1.36 reports (both beta and on by default).
 */
class FeatureGateRulesTest {

	static final FeatureGates V1_35 = new FeatureGates(false, false);

	static final FeatureGates V1_36 = new FeatureGates(true, true);

	private static final String S = "The Service \"web\" is invalid: ";

	private static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

	static Arguments split(String name, String yaml, List<String> v135, List<String> v136) {
		return Arguments.of(name, yaml, v135, v136);
	}

	static String service(String name, String spec) {
		return Cases.svc(spec).replace("{name: web}", "{name: " + name + "}");
	}

	/** RelaxedServiceNameValidation: ValidateServiceName is NameIsDNS1035Label without it, NameIsDNSLabel with it. */
	static Stream<Arguments> relaxedServiceNameValidation() {
		return Stream.of(
				split("service-name-digit-first", service("1web", "ports: [{port: 80}]"),
						List.of("L3 The Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": " + DNS1035), List.of()),
				split("service-generate-name-digit-first", service("x", "ports: [{port: 80}]").replace("{name: x}", "{generateName: 1web-}"),
						List.of("L3 The Service \"1web-lhcs4\" is invalid: metadata.generateName: Invalid value: \"1web-\": " + DNS1035,
								"L3 The Service \"1web-lhcs4\" is invalid: metadata.name: Invalid value: \"1web-lhcs4\": " + DNS1035),
						List.of()),
				split("service-name-letter-first-either-way", service("web1", "ports: [{port: 80}]"), List.of(), List.of()),
				// validateIngressBackend checks service.name with the same function (AllowRelaxedServiceNameValidation).
				split("ingress-backend-service-name-digit-first",
						"apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: shop}\nspec:\n  defaultBackend:\n    service: {name: 1web, port: {number: 80}}\n",
						List.of("L6 The Ingress \"shop\" is invalid: spec.defaultBackend.service.name: Invalid value: \"1web\": " + DNS1035),
						List.of()));
	}

	/** StrictIPCIDRValidation: IsValidIPForLegacyField and IsValidCIDRForLegacyField with strictValidation. */
	static Stream<Arguments> strictIPCIDRValidation() {
		return Stream.of(
				// ValidateServiceClusterIPsRelatedFields (run by the allocator); 1.35 allocates 10.96.0.10.
				split("cluster-ip-leading-zero", Cases.svc("clusterIP: 10.96.0.010\nports: [{port: 80}]"), List.of(),
						List.of("L5 " + S + "spec.clusterIPs[0]: Invalid value: \"10.96.0.010\": must not have leading 0s")),
				split("cluster-ip-ipv4-mapped", Cases.svc("clusterIP: \"::ffff:10.96.0.10\"\nports: [{port: 80}]"), List.of(),
						List.of("L5 " + S + "spec.clusterIPs[0]: Invalid value: \"::ffff:10.96.0.10\": must not be an IPv4-mapped IPv6 address")),
				// ValidateService's externalIPs loop: the special-address checks run only on an address that passed.
				split("external-ip-leading-zero", Cases.svc("externalIPs: [192.168.001.10]\nports: [{port: 80}]"), List.of(),
						List.of("L5 " + S + "spec.externalIPs[0]: Invalid value: \"192.168.001.10\": must not have leading 0s")),
				split("external-ip-loopback-with-leading-zero", Cases.svc("externalIPs: [127.0.0.01]\nports: [{port: 80}]"),
						List.of("L5 " + S + "spec.externalIPs[0]: Invalid value: \"127.0.0.01\": may not be in the loopback range (127.0.0.0/8, ::1/128)"),
						List.of("L5 " + S + "spec.externalIPs[0]: Invalid value: \"127.0.0.01\": must not have leading 0s")),
				split("source-range-host-bits", Cases.svc("type: LoadBalancer\nloadBalancerSourceRanges: [203.0.113.7/24]\nports: [{port: 80}]"),
						List.of(), List.of("L6 " + S
								+ "spec.LoadBalancerSourceRanges[0]: Invalid value: \"203.0.113.7/24\": must not have bits set beyond the prefix length")),
				split("source-range-prefix-leading-zero", Cases.svc("type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.0/08]\nports: [{port: 80}]"),
						List.of(), List.of("L6 " + S
								+ "spec.LoadBalancerSourceRanges[0]: Invalid value: \"10.0.0.0/08\": must not have leading 0s in IP or prefix length")),
				// validateEndpointAddress: IsValidIPForLegacyField, then ValidateEndpointIP.
				split("endpoints-ip-leading-zero",
						"apiVersion: v1\nkind: Endpoints\nmetadata: {name: db}\nsubsets:\n- addresses: [{ip: 10.1.2.03}]\n  ports: [{port: 5432}]\n",
						List.of(), List.of("L5 The Endpoints \"db\" is invalid: subsets[0].addresses[0].ip: Invalid value: \"10.1.2.03\": must not have leading 0s")),
				// ValidateIPBlock: cidr and each except; the strict-subset check still runs on the parsed range.
				split("ip-block-host-bits", NetworkPolicyRulesTest.np("podSelector: {}\ningress:\n- from:\n  - ipBlock: {cidr: 10.0.0.1/8}"),
						List.of(), List.of("L8 The NetworkPolicy \"np\" is invalid: spec.ingress[0].from[0].ipBlock.cidr: Invalid value: \"10.0.0.1/8\": must not have bits set beyond the prefix length")),
				split("ip-block-except-leading-zero",
						NetworkPolicyRulesTest.np("podSelector: {}\ningress:\n- from:\n  - ipBlock: {cidr: 10.0.0.0/8, except: [10.0.01.0/24]}"),
						List.of(), List.of("L8 The NetworkPolicy \"np\" is invalid: spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: \"10.0.01.0/24\": must not have leading 0s in IP or prefix length")),
				split("canonical-addresses-either-way", Cases.svc("clusterIP: 10.96.0.10\nexternalIPs: [\"2001:db8::10\"]\nports: [{port: 80}]"),
						List.of(), List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "relaxedServiceNameValidation", "strictIPCIDRValidation" })
	void rule(String name, String yaml, List<String> v135, List<String> v136) {
		Cases.check(yaml, v135, V1_35);
		Cases.check(yaml, v136, V1_36);
	}
}
