package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.NetworkPolicy;
import dev.portpath.sim.model.Pod;

/** What the policies isolating a pod would let through, as a POLICY_DENIED hop says it: one clause per policy. */
class PolicyAllowancesTest {

	/** One ingress policy in namespace shop whose single rule is {@code rule} (YAML flow style). */
	private static List<NetworkPolicy> ingress(String rule) {
		return policies("""
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: api-allow, namespace: shop}
				spec:
				  podSelector: {matchLabels: {app: api}}
				  ingress: [%s]
				""".formatted(rule));
	}

	private static List<NetworkPolicy> policies(String yaml) {
		return RouteRulesTest.cluster(yaml).networking().policies();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			"{from: [{podSelector: {matchLabels: {role: frontend}}}], ports: [{port: 8080}]}" | policy api-allow admits pods with role=frontend in namespace shop on port 8080/TCP
			"{from: [{podSelector: {matchLabels: {role: frontend}}, namespaceSelector: {matchLabels: {team: shop}}}], ports: [{port: 8080}]}" | policy api-allow admits pods with role=frontend in namespaces with team=shop on port 8080/TCP
			"{from: [{namespaceSelector: {matchLabels: {team: shop}}}]}" | policy api-allow admits every pod in namespaces with team=shop on any port
			"{from: [{namespaceSelector: {}}]}" | policy api-allow admits every pod in every namespace on any port
			"{from: [{podSelector: {}}]}" | policy api-allow admits every pod in namespace shop on any port
			"{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: monitoring}}, podSelector: {matchLabels: {app: prometheus}}}]}" | policy api-allow admits pods with app=prometheus in namespace monitoring on any port
			"{from: [{podSelector: {matchExpressions: [{key: role, operator: In, values: [web, api]}]}}]}" | policy api-allow admits pods with role in (web,api) in namespace shop on any port
			"{from: [{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0/16]}}], ports: [{port: 443}]}" | policy api-allow admits addresses in 10.0.0.0/8 except 10.1.0.0/16 on port 443/TCP
			"{ports: [{port: 8080}, {port: http, protocol: TCP}, {port: 53, protocol: UDP}]}" | policy api-allow admits any source on ports 8080/TCP, http/TCP, 53/UDP
			"{ports: [{port: 8000, endPort: 8999}]}" | policy api-allow admits any source on ports 8000-8999/TCP
			"{}" | policy api-allow admits any source on any port
			"{from: [{podSelector: {matchLabels: {a: '1'}}}, {podSelector: {matchLabels: {a: '2'}}}, {podSelector: {matchLabels: {a: '3'}}}, {podSelector: {matchLabels: {a: '4'}}}, {podSelector: {matchLabels: {a: '5'}}}]}" | policy api-allow admits pods with a=1 in namespace shop or pods with a=2 in namespace shop or pods with a=3 in namespace shop and 2 more on any port
			"{ports: [{port: 1}, {port: 2}, {port: 3}, {port: 4}]}" | policy api-allow admits any source on ports 1/TCP, 2/TCP, 3/TCP and 1 more
			""")
	void oneRule(String rule, String expected) {
		assertThat(PolicyAllowances.describe(ingress(rule), true)).isEqualTo(expected);
	}

	@Test
	void egressSaysWhereItMayGo() {
		List<NetworkPolicy> p = policies("""
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: batch-egress, namespace: shop}
				spec:
				  podSelector: {}
				  policyTypes: [Egress]
				  egress:
				  - to: [{podSelector: {matchLabels: {app: db}}}]
				    ports: [{port: 5432}]
				  - {}
				""");
		assertThat(PolicyAllowances.describe(p, false)).isEqualTo("policy batch-egress allows egress to pods with app=db in"
				+ " namespace shop on port 5432/TCP, and any destination on any port");
		assertThat(PolicyAllowances.describe(p, true)).as("no ingress rules").isEmpty();
	}

	@Test
	void aPolicyWithoutRulesAllowsNothingAndSaysNothing() {
		assertThat(PolicyAllowances.describe(policies("""
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: deny-all}
				spec: {podSelector: {}, policyTypes: [Ingress]}
				"""), true)).isEmpty();
	}

	@Test
	void identicalRulesOnceAndAtMostThreeRules() {
		String rules = "{ports: [{port: 80}]}, {ports: [{port: 80}]}, {ports: [{port: 81}]}, {ports: [{port: 82}]},"
				+ " {ports: [{port: 83}]}, {ports: [{port: 84}]}";
		assertThat(PolicyAllowances.describe(ingress(rules), true)).isEqualTo("policy api-allow admits any source on port"
				+ " 80/TCP, and any source on port 81/TCP, and any source on port 82/TCP; and 2 more rules");
	}

	@Test
	void policiesAreOneClauseEachInTheirOrder() {
		Cluster cluster = RouteRulesTest.cluster("""
				apiVersion: v1
				kind: Pod
				metadata: {name: api, labels: {app: api}}
				spec: {containers: [{name: api, ports: [{containerPort: 8080}]}]}
				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: deny-all}
				spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: from-frontend}
				spec:
				  podSelector: {matchLabels: {app: api}}
				  ingress: [{from: [{podSelector: {matchLabels: {role: frontend}}}], ports: [{port: 8080}]}]
				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: from-monitoring}
				spec:
				  podSelector: {}
				  ingress: [{from: [{namespaceSelector: {matchLabels: {team: ops}}}], ports: [{port: metrics}]}]
				""");
		Pod api = cluster.pods().get(0);
		Policies policies = new Policies(cluster);
		assertThat(policies.wouldAllow(api, false)).isEqualTo("policy from-frontend admits pods with role=frontend in"
				+ " namespace default on port 8080/TCP; policy from-monitoring admits every pod in namespaces with"
				+ " team=ops on port metrics/TCP");
		assertThat(policies.wouldAllow(api, true)).as("deny-all egress allows nothing").isEmpty();
	}

	@Test
	void aDenialEndsWithWhatIsAllowed() {
		Cluster cluster = RouteRulesTest.cluster("""
				apiVersion: v1
				kind: Pod
				metadata: {name: api, labels: {app: api}}
				spec: {containers: [{name: api, ports: [{containerPort: 8080}]}]}
				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: from-frontend}
				spec:
				  podSelector: {matchLabels: {app: api}}
				  ingress: [{from: [{podSelector: {matchLabels: {role: frontend}}}], ports: [{port: 8080}]}]
				""");
		Policies.Verdict v = new Policies(cluster).check(new RequestParser(cluster).client("shell:role=backend").party(),
				cluster.pods().get(0), 8080, dev.portpath.sim.trace.Protocol.TCP, java.util.Optional.empty()).orElseThrow();
		assertThat(v.allowed()).isFalse();
		assertThat(v.message()).endsWith("(labels role=backend, namespace default); all they allow: policy from-frontend"
				+ " admits pods with role=frontend in namespace default on port 8080/TCP");
	}
}
