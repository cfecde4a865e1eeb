package dev.portpath.sim.explain;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The explanation of a paste: one sentence per port field (on the line it explains), a route map row per
 * entry point, and FROM / TO suggestions that trace.
 */
class ExplainerTest {

	private static final String APP = """
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: web}
			spec:
			  replicas: 2
			  selector: {matchLabels: {app: web}}
			  template:
			    metadata: {labels: {app: web}}
			    spec:
			      containers:
			        - name: app
			          image: ghcr.io/acme/web:1.0.0
			          ports:
			            - name: http
			              containerPort: 8080
			            - containerPort: 9000
			              hostPort: 9000
			---
			apiVersion: v1
			kind: Service
			metadata: {name: web}
			spec:
			  type: NodePort
			  selector: {app: web}
			  ports:
			    - name: http
			      port: 80
			      targetPort: http
			      nodePort: 30080
			    - name: admin
			      port: 9000
			---
			apiVersion: networking.k8s.io/v1
			kind: Ingress
			metadata: {name: web}
			spec:
			  rules:
			    - host: shop.example.com
			      http:
			        paths:
			          - path: /
			            pathType: Prefix
			            backend:
			              service:
			                name: web
			                port: {name: http}
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: {name: web}
			spec:
			  podSelector: {matchLabels: {app: web}}
			  ingress:
			    - ports:
			        - port: http
			""";

	private final Engine engine = new Engine();

	private Explanation explain(String yaml) {
		return engine.explain(engine.prepare(List.of(new Source("app.yaml", yaml))));
	}

	static Stream<Arguments> fields() {
		return Stream.of(
				Arguments.of("containerPort", 15, "containerPort 8080/TCP, named http: documents that container app"),
				Arguments.of("containerPort", 16, "(declaring it is informational"),
				Arguments.of("hostPort", 17, "hostPort 9000: the node where a pod of Deployment default/web runs forwards"),
				Arguments.of("port", 27, "port 80/TCP, named http of Service default/web: clients connect to web:80"),
				Arguments.of("targetPort", 28, "targetPort http: resolved in each pod to the container port of that name"
						+ " and protocol (8080 in web)"),
				Arguments.of("nodePort", 29, "nodePort 30080: every node accepts connections on 30080 and sends them on"
						+ " like web:80"),
				Arguments.of("backend port", 46, "names a port of Service web (its spec.ports[].port or name, never the"
						+ " targetPort)"),
				Arguments.of("policy port", 55, "the pod port as the packet arrives (after kube-proxy)"));
	}

	@ParameterizedTest(name = "{0} on line {1}")
	@MethodSource
	void fields(String field, int line, String text) {
		assertThat(explain(APP).fields())
			.filteredOn(f -> f.field().equals(field) && f.line() == line)
			.singleElement()
			.satisfies(f -> assertThat(f.text()).contains(text));
	}

	@Test
	void fieldsAreInFileAndLineOrder() {
		List<Integer> lines = explain(APP).fields().stream().map(PortField::line).toList();
		assertThat(lines).isSorted();
	}

	@Test
	void anAllocatedNodePortSaysItWasNotWritten() {
		String yaml = """
				apiVersion: v1
				kind: Service
				metadata: {name: api}
				spec:
				  type: NodePort
				  ports: [{port: 80}]
				""";
		assertThat(explain(yaml).fields()).filteredOn(f -> f.field().equals("nodePort"))
			.singleElement()
			.satisfies(f -> assertThat(f.text()).endsWith("(allocated, not written)"));
	}

	@Test
	void aNamedTargetPortNoPodDeclaresSaysThereAreNoEndpoints() {
		String yaml = APP.replace("targetPort: http", "targetPort: web");
		assertThat(explain(yaml).fields()).filteredOn(f -> f.field().equals("targetPort"))
			.singleElement()
			.satisfies(f -> assertThat(f.text()).endsWith("no selected pod declares it, so this port has no endpoints"));
	}

	@Test
	void routeMapHasAServiceRowPerPortANodePortRowAndAnIngressRow() {
		List<RouteRow> rows = explain(APP).routes();
		assertThat(rows).extracting(RouteRow::kind, RouteRow::entry, RouteRow::leadsTo)
			.containsExactly(
					tuple("service", "web:80/TCP", "targetPort http → 8080 in 2 pods of Deployment default/web"),
					tuple("nodeport", "node:30080/TCP", "web:80"),
					tuple("service", "web:9000/TCP", "targetPort 9000 → 9000 in 2 pods of Deployment default/web"),
					tuple("nodeport", "node:30086/TCP", "web:9000"),
					tuple("ingress", "shop.example.com/ (Prefix)", "web port.name http"));
		assertThat(rows).allSatisfy(r -> assertThat(r.problems()).isEmpty());
	}

	@Test
	void routeMapNamesTheProblemOnARow() {
		String yaml = APP.replace("selector: {app: web}", "selector: {app: api}");
		assertThat(explain(yaml).routes()).filteredOn(r -> r.kind().equals("service"))
			.allSatisfy(r -> assertThat(r.problems()).containsExactly("selector matches no pod"));
	}

	/** Every request the route map offers is delivered from the FROM it offers when nothing is wrong on its row. */
	@Test
	void everyRouteMapRequestIsDelivered() {
		String withoutPolicy = APP.substring(0, APP.indexOf("---\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy"));
		var prepared = engine.prepare(List.of(new Source("app.yaml", withoutPolicy)));
		for (RouteRow row : engine.explain(prepared).routes()) {
			Trace t = engine.trace(prepared, new Request(row.from(), row.request()));
			assertThat(t.outcome()).as(row.request()).isEqualTo(Outcome.DELIVERED);
		}
	}

	@Test
	void suggestionsOfferAShellPerNamespaceEachWorkloadAndAPortForward() {
		var s = engine.suggestions(engine.prepare(List.of(new Source("app.yaml", APP))));
		assertThat(s.from()).extracting(Suggestions.Choice::value)
			.containsExactly("shell", "deployment/web", "node", "external");
		assertThat(s.to()).extracting(Suggestions.Choice::value)
			.contains("http://web.default:80", "http://node:30080", "http://shop.example.com/", "http://web:80",
					"port-forward:svc/web:80");
	}

	@Test
	void aDumpsRealPodsAndNodesAreFromChoicesByNameAndEachTraces() throws java.io.IOException {
		String dump = java.nio.file.Files.readString(
				java.nio.file.Path.of("src/test/resources/scenarios/live/stale-endpointslice/manifests.yaml"));
		var prepared = engine.prepare(List.of(new Source("dump.yaml", dump)));
		var s = engine.suggestions(prepared);
		List<String> values = s.from().stream().map(Suggestions.Choice::value).toList();
		assertThat(values).contains("shell", "deployment/web", "node", "node/worker-a", "node/worker-b", "external");
		List<String> pods = values.stream().filter(v -> v.startsWith("pod/")).toList();
		assertThat(pods).hasSize(2);
		for (String from : pods) {
			Trace t = engine.trace(prepared, new Request(from, "http://web/"));
			assertThat(t.outcome()).as(from).isEqualTo(Outcome.DELIVERED);
		}
		assertThat(engine.trace(prepared, new Request("node/worker-b", "http://10.96.141.27/")).outcome())
			.isEqualTo(Outcome.DELIVERED);
	}
}
