package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.trace.HttpMessage;

/**
 * Which match wins among the routes a listener serves (HTTPRouteRule.Matches and HTTPRouteSpec.Hostnames):
 * Exact, the longest prefix, a method, more headers, more query parameters; the longest matching hostname
 * first; then the oldest route and namespace/name; each row names the route and rule that must win.
 */
class PrecedenceTest {

	static final String ROUTES = """
			apiVersion: gateway.networking.k8s.io/v1
			kind: HTTPRoute
			metadata: {name: a, namespace: default, creationTimestamp: "2026-01-02T00:00:00Z"}
			spec:
			  rules:
			  - matches: [{path: {type: PathPrefix, value: /}}]
			  - matches: [{path: {type: PathPrefix, value: /api}}]
			  - matches: [{path: {type: Exact, value: /api}}]
			  - matches: [{path: {type: PathPrefix, value: /api}, method: POST}]
			  - matches: [{path: {type: PathPrefix, value: /api}, method: POST, headers: [{name: x-a, value: "1"}]}]
			  - matches: [{path: {type: PathPrefix, value: /api}, method: POST, headers: [{name: x-a, value: "1"}], queryParams: [{name: q, value: "1"}]}]
			  - matches: [{path: {type: PathPrefix, value: /same}}]
			---
			apiVersion: gateway.networking.k8s.io/v1
			kind: HTTPRoute
			metadata: {name: b, namespace: default, creationTimestamp: "2026-01-01T00:00:00Z"}
			spec:
			  rules:
			  - matches: [{path: {type: PathPrefix, value: /api/v1}}]
			  - matches: [{path: {type: PathPrefix, value: /}, headers: [{name: x-b, value: "1"}]}]
			  - matches: [{path: {type: PathPrefix, value: /same}}]
			---
			apiVersion: gateway.networking.k8s.io/v1
			kind: HTTPRoute
			metadata: {name: c, namespace: default}
			spec:
			  hostnames: [shop.example.com]
			  rules:
			  - matches: [{path: {type: PathPrefix, value: /}}]
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			any-path-any-host                    | GET  | other.example | /x          | -      | a/0
			longest-prefix-wins                  | GET  | other.example | /api/x      | -      | a/1
			exact-beats-prefix                   | GET  | other.example | /api        | -      | a/2
			longer-prefix-in-another-route       | GET  | other.example | /api/v1/x   | -      | b/0
			method-beats-no-method               | POST | other.example | /api/x      | -      | a/3
			headers-beat-method-only             | POST | other.example | /api/x      | x-a    | a/4
			query-beats-headers-only             | POST | other.example | /api/x?q=1  | x-a    | a/5
			path-beats-a-header-match            | GET  | other.example | /api/x      | x-b    | a/1
			a-header-match-beats-none-at-a-tie   | GET  | other.example | /z          | x-b    | b/1
			the-oldest-route-wins-a-tie          | GET  | other.example | /same/x     | -      | b/2
			non-wildcard-hostname-wins-first     | GET  | shop.example.com | /api     | -      | c/0
			""")
	void winner(String name, String method, String host, String target, String header, String winner) {
		Cluster cluster = RouteRulesTest.cluster(ROUTES);
		int q = target.indexOf('?');
		HttpMessage r = new HttpMessage(method, "http", host, 80, q < 0 ? target : target.substring(0, q),
				q < 0 ? "" : target.substring(q + 1), header == null ? Map.of() : Map.of(header, "1"));
		List<Rules.Choice> all = Rules.matching(cluster.networking().routes(), r);
		assertThat(all).isNotEmpty();
		assertThat(all.get(0).route().name() + "/" + all.get(0).rule().index()).isEqualTo(winner);
	}
}
