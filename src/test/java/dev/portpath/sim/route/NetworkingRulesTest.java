package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Pod;

/** Table tests for host, path, CIDR and NetworkPolicy matching, each case named after the rule it shows. */
class NetworkingRulesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			exact-host                         | foo.bar.com | foo.bar.com     | true
			exact-host-other                   | foo.bar.com | baz.bar.com     | false
			wildcard-one-label                 | *.foo.com   | bar.foo.com     | true
			wildcard-not-two-labels            | *.foo.com   | baz.bar.foo.com | false
			wildcard-not-apex                  | *.foo.com   | foo.com         | false
			empty-host-matches-all             | ''          | anything.io     | true
			""")
	void ingressHostsFollowNetworkingV1(String rule, String pattern, String host, boolean matches) {
		assertThat(Hosts.ingressMatches(pattern, host)).isEqualTo(matches);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			gateway-wildcard-one-label         | *.example.com | test.example.com     | true
			gateway-wildcard-many-labels       | *.example.com | foo.test.example.com | true
			gateway-wildcard-not-apex          | *.example.com | example.com          | false
			gateway-exact                      | a.example.com | a.example.com        | true
			""")
	void gatewayHostsMatchOneOrMoreLabels(String rule, String pattern, String host, boolean matches) {
		assertThat(Hosts.gatewayMatches(pattern, host)).isEqualTo(matches);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			wildcard-and-exact-intersect       | *.example.com | foo.example.com | true
			two-wildcards-nested               | *.example.com | *.a.example.com | true
			disjoint-exact                     | a.example.com | b.example.com   | false
			empty-listener-hostname            | a.example.com | ''              | true
			""")
	void routeAndListenerHostnamesIntersect(String rule, String a, String b, boolean intersects) {
		assertThat(Hosts.intersect(a, b)).isEqualTo(intersects);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			prefix-by-element                  | /foo/bar | /foo/bar/baz | true
			prefix-is-not-string-prefix        | /foo/bar | /foo/barbaz  | false
			prefix-trailing-slash-ignored      | /foo/    | /foo         | true
			root-prefix-matches-all            | /        | /anything    | true
			""")
	void prefixMatchesByPathElement(String rule, String prefix, String path, boolean matches) {
		assertThat(Paths.prefix(prefix, path)).isEqualTo(matches);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			exact-is-whole-path                | /foo | /foo  | true
			exact-trailing-slash-differs       | /foo | /foo/ | false
			""")
	void exactMatchesTheWholePath(String rule, String exact, String path, boolean matches) {
		assertThat(Paths.exact(exact, path)).isEqualTo(matches);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			inside-v4                 | 10.0.0.0/8     | 10.1.2.3       | true
			outside-v4                | 10.0.0.0/8     | 11.1.2.3       | false
			host-route                | 203.0.113.200/32 | 203.0.113.200 | true
			zero-prefix-all           | 0.0.0.0/0      | 8.8.8.8        | true
			v6-inside                 | fd00::/8       | fd00::1        | true
			family-mismatch           | 10.0.0.0/8     | fd00::1        | false
			not-a-cidr                | banana         | 10.0.0.1       | false
			""")
	void cidrContainment(String rule, String cidr, String ip, boolean contains) {
		assertThat(Cidrs.contains(cidr, ip)).isEqualTo(contains);
	}

	static final String POLICIES = """
			apiVersion: v1
			kind: Namespace
			metadata: {name: monitoring, labels: {team: obs}}
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: api, namespace: shop, labels: {app: api}}
			spec:
			  containers:
			  - name: app
			    ports: [{name: http, containerPort: 8080}]
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: web, namespace: shop, labels: {app: web}}
			spec:
			  containers: [{name: app}]
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: prom, namespace: monitoring, labels: {app: prometheus}}
			spec:
			  containers: [{name: app}]
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: grafana, namespace: monitoring, labels: {app: grafana}}
			spec:
			  containers: [{name: app}]
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: {name: api, namespace: shop}
			spec:
			  podSelector: {matchLabels: {app: api}}
			  ingress:
			  - from:
			    - podSelector: {matchLabels: {app: web}}
			    ports: [{port: http}]
			  - from:
			    - namespaceSelector: {matchLabels: {team: obs}}
			      podSelector: {matchLabels: {app: prometheus}}
			    ports: [{port: 9000, endPort: 9100}]
			  - from:
			    - ipBlock: {cidr: 203.0.113.0/24, except: [203.0.113.200/32]}
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			named-port-resolves-on-destination      | shop/web          | 8080 | true
			named-port-other-number-denied          | shop/web          | 9090 | false
			and-form-needs-both-selectors           | monitoring/prom   | 9050 | true
			and-form-denies-other-pod-same-ns       | monitoring/grafana| 9050 | false
			end-port-is-inclusive                   | monitoring/prom   | 9100 | true
			end-port-range-ends                     | monitoring/prom   | 9101 | false
			ipblock-except-denies-the-address       | external          | 8080 | false
			own-node-always-allowed                 | node-1            | 8080 | true
			other-node-is-policed-like-any-source   | node-2            | 8080 | false
			pod-itself-always-allowed               | shop/api          | 8080 | true
			""")
	void ingressRulesMatchPeersAndPorts(String rule, String source, int port, boolean allowed) {
		Cluster c = RouteRulesTest.cluster(POLICIES);
		Policies policies = new Policies(c);
		Pod api = c.pods().stream().filter(p -> p.name().equals("api")).findFirst().orElseThrow();
		Party src = switch (source) {
			case "external" -> Party.external("");
			case "node-1", "node-2" -> Party.node(c.node(source).orElseThrow(), "");
			default -> Party.of(c.pods().stream().filter(p -> (p.namespace() + "/" + p.name()).equals(source)).findFirst()
				.orElseThrow(), "");
		};
		// the pod under test runs on node-1, so the node case is its own node
		assertThat(api.nodeName()).isEqualTo("node-1");
		Optional<Policies.Verdict> v = policies.check(src, api, port, dev.portpath.sim.trace.Protocol.TCP, Optional.empty());
		assertThat(v).isPresent();
		assertThat(v.get().allowed()).as(v.get().message()).isEqualTo(allowed);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			unselected-pod-is-not-isolated          | web
			""")
	void podsNoPolicySelectsAreOpen(String rule, String pod) {
		Cluster c = RouteRulesTest.cluster(POLICIES);
		Pod dst = c.pods().stream().filter(p -> p.name().equals(pod)).findFirst().orElseThrow();
		assertThat(new Policies(c).check(Party.external(""), dst, 80, dev.portpath.sim.trace.Protocol.TCP, Optional.empty())).isEmpty();
		assertThat(List.of(dst)).isNotEmpty();
	}
}
