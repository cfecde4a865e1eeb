package dev.portpath.sim.route;

import dev.portpath.sim.BadRequestException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.ModelBuilder;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;

/** Table tests for the small routing rules: search path, FindPort, label near-misses, TO parsing. */
class RouteRulesTest {

	static Cluster cluster(String yaml) {
		return new ModelBuilder().build(new YamlLoader().load(List.of(new Source("m.yaml", yaml))).docs());
	}

	@ParameterizedTest(name = "{0} from {1}")
	@CsvSource(delimiter = '|', textBlock = """
			web                       | shop | web.shop.svc.cluster.local,web.svc.cluster.local,web.cluster.local,web
			web.prod                  | shop | web.prod.shop.svc.cluster.local,web.prod.svc.cluster.local,web.prod.cluster.local,web.prod
			web.prod.svc.cluster.local. | shop | web.prod.svc.cluster.local
			a.b.c.d.e.f               | shop | a.b.c.d.e.f,a.b.c.d.e.f.shop.svc.cluster.local,a.b.c.d.e.f.svc.cluster.local,a.b.c.d.e.f.cluster.local
			""")
	void searchPathExpandsNamesWithFewerThanFiveDotsFirst(String name, String ns, String expected) {
		assertThat(Dns.candidates(name, ns)).containsExactly(expected.split(","));
	}

	static final String PODS = """
			apiVersion: v1
			kind: Pod
			metadata: {name: p, labels: {app: p}}
			spec:
			  initContainers:
			  - name: setup
			    ports: [{name: init-only, containerPort: 7000}]
			  - name: proxy
			    restartPolicy: Always
			    ports: [{name: sidecar, containerPort: 15001}]
			  containers:
			  - name: app
			    ports:
			    - {name: http, containerPort: 8080}
			    - {name: dns, containerPort: 5353, protocol: UDP}
			  - name: metrics
			    ports: [{name: http, containerPort: 9090}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: s}
			spec:
			  selector: {app: p}
			  ports:
			  - {name: a, port: 80, targetPort: http}
			  - {name: b, port: 53, targetPort: dns, protocol: UDP}
			  - {name: c, port: 54, targetPort: dns}
			  - {name: d, port: 81, targetPort: sidecar}
			  - {name: e, port: 82, targetPort: init-only}
			  - {name: f, port: 83, targetPort: 9999}
			  - {name: g, port: 84}
			  - {name: h, port: 85, targetPort: 0}
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name-resolves-in-first-container-that-declares-it | a | 8080
			name-and-protocol-both-match                       | b | 5353
			protocol-mismatch-does-not-resolve                 | c | -1
			sidecar-init-container-is-searched-since-1-33      | d | 15001
			plain-init-container-is-never-searched             | e | -1
			number-is-used-as-is-without-checking-the-pod      | f | 9999
			omitted-target-port-defaults-to-port               | g | 84
			zero-target-port-defaults-to-port                  | h | 85
			""")
	void findPortFollowsTheEndpointSliceController(String rule, String portName, int expected) {
		Cluster c = cluster(PODS);
		Pod pod = c.pods().get(0);
		Service svc = c.services().get(0);
		var sp = svc.ports().stream().filter(p -> p.name().equals(portName)).findFirst().orElseThrow();
		assertThat(FindPort.find(pod, sp).map(FindPort.Resolved::port).orElse(-1)).isEqualTo(expected);
	}

	static Stream<Arguments> nearMisses() {
		return Stream.of(
				Arguments.of("same-key-other-value", Map.of("app", "web"), Map.of("app", "web-app"), "app is web-app there"),
				Arguments.of("same-value-other-key", Map.of("app", "hostnames"), Map.of("run", "hostnames"),
						"under key run"),
				Arguments.of("one-of-two-labels-differs", Map.of("app", "web", "tier", "fe"),
						Map.of("app", "web", "tier", "frontend"), "tier is frontend"),
				Arguments.of("unrelated-labels-are-no-near-miss", Map.of("app", "web"), Map.of("team", "db"), ""),
				Arguments.of("two-differences-are-no-near-miss", Map.of("app", "web", "tier", "fe"),
						Map.of("app", "api", "tier", "be"), ""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nearMisses")
	void selectorNearMiss(String name, Map<String, String> selector, Map<String, String> labels, String expected) {
		var w = new dev.portpath.sim.model.Workload("Deployment", "default", "web", 1, 1, labels, "spec.template.spec", "",
				new YamlLoader().load(List.of(new Source("m", "kind: Deployment\n"))).docs().get(0));
		var miss = Labels.nearest(selector, List.of(w));
		if (expected.isEmpty()) {
			assertThat(miss).isEmpty();
		}
		else {
			assertThat(miss).get().extracting(Labels.NearMiss::difference).asString().contains(expected);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			http://web/             | http  | TCP  | web       | 80   | /
			https://web.shop        | https | TCP  | web.shop  | 443  | ''
			web:8080                | ''    | TCP  | web       | 8080 | ''
			udp://dns:53            | udp   | UDP  | dns       | 53   | ''
			sctp://10.0.0.1:9       | sctp  | SCTP | 10.0.0.1  | 9    | ''
			http://WEB:81/a/b       | http  | TCP  | web       | 81   | /a/b
			""")
	void destinationParsing(String to, String scheme, String protocol, String host, int port, String path) {
		Destination d = (Destination) new RequestParser(cluster(PODS)).target(to);
		assertThat(d).isEqualTo(new Destination(scheme, dev.portpath.sim.trace.Protocol.of(protocol), host, port, path));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			web          | needs a port
			ftp://web:21 | scheme ftp
			web:http     | is not a number
			web:70000    | between 1 and 65535
			port-forward:deploy/web | needs a port
			port-forward:widget/x:80 | not a kind
			""")
	void badDestinationsAreNamed(String to, String words) {
		assertThatThrownBy(() -> new RequestParser(cluster(PODS)).target(to)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining(words);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			''              | POD      | shell (default)
			shell           | POD      | shell (default)
			shop/shell      | POD      | shell (shop)
			node            | NODE     | node node-1
			external        | EXTERNAL | external client
			pod/p           | POD      | p (default)
			po/p            | POD      | p (default)
			default/pod/p   | POD      | p (default)
			""")
	void fromForms(String from, Client.Kind kind, String label) {
		Client c = new RequestParser(cluster(PODS)).client(from);
		assertThat(c.kind()).isEqualTo(kind);
		assertThat(c.label()).isEqualTo(label);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			deploy/missing  | no Deployment named missing
			svc/s           | not a kind that runs pods
			a/b/c/d         | not a starting point
			""")
	void badFromIsNamed(String from, String words) {
		assertThatThrownBy(() -> new RequestParser(cluster(PODS)).client(from)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining(words);
	}
}
