package dev.portpath.sim.check;

import static dev.portpath.sim.check.RuleCases.WEB;
import static dev.portpath.sim.check.RuleCases.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NetworkPolicies: whom they select, the ports they allow (the pod port, after translation), DNS, OR vs AND. */
class PolicyRulesTest {

	private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
			+ "spec: {selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}\n---\n";

	private static String policy(String spec) {
		return "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\nspec:\n" + spec.indent(2);
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				of("allows-the-pod-port", WEB + SERVICE + policy("podSelector: {matchLabels: {app: web}}\n"
						+ "ingress: [{ports: [{port: 8080}]}]")),
				of("allows-the-service-port", WEB + SERVICE + policy("podSelector: {matchLabels: {app: web}}\n"
						+ "ingress: [{ports: [{port: 80}]}]"), "error:networkpolicy-port-is-service-port"),
				of("allows-an-undeclared-port", WEB + policy("podSelector: {matchLabels: {app: web}}\n"
						+ "ingress: [{ports: [{port: 9090}]}]"), "info:networkpolicy-port-not-declared"),
				of("allows-an-unknown-name", WEB + policy("podSelector: {matchLabels: {app: web}}\n"
						+ "ingress: [{ports: [{port: metrics}]}]"), "warning:networkpolicy-named-port-not-found"),
				of("selects-no-pod", WEB + policy("podSelector: {matchLabels: {app: api}}\npolicyTypes: [Ingress]"),
						"warning:networkpolicy-selects-no-pods"),
				of("egress-without-dns", WEB + policy("podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]"),
						"warning:egress-blocks-dns"),
				of("egress-with-dns", WEB + policy("podSelector: {matchLabels: {app: web}}\npolicyTypes: [Egress]\n"
						+ "egress: [{ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]}]")),
				of("two-selectors-or", WEB + policy("podSelector: {matchLabels: {app: web}}\ningress:\n- from:\n"
						+ "  - podSelector: {matchLabels: {app: api}}\n  - namespaceSelector: {matchLabels: {team: a}}"),
						"info:networkpolicy-or-instead-of-and"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rule(String name, String yaml, Set<String> expected) {
		assertThat(RuleCases.codes(new PolicyRules(), yaml)).isEqualTo(expected);
	}
}
