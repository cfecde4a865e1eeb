package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;

/**
 * The FROM and TO forms of contract 1.1: {@code [NS/]shell:k=v,k2=v2} (a pod with those labels that need not
 * exist) and {@code node/NAME} (a given node, as a client or as a target), good and bad, with the messages.
 */
class RequestFormsTest {

	static final String NODES = """
			apiVersion: v1
			kind: Node
			metadata: {name: worker-a}
			status: {addresses: [{type: InternalIP, address: 10.0.0.11}]}
			---
			apiVersion: v1
			kind: Node
			metadata: {name: worker-b}
			status: {addresses: [{type: InternalIP, address: 10.0.0.12}]}
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: web, labels: {app: web}}
			spec:
			  nodeName: worker-a
			  containers: [{name: web, ports: [{containerPort: 8080, hostPort: 8080}]}]
			status: {podIP: 10.244.1.254}
			""";

	private static RequestParser parser() {
		return new RequestParser(RouteRulesTest.cluster(NODES));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			shell:role=frontend                        | default | role=frontend             | shell (default, role=frontend)
			shop/shell:role=frontend,tier=web          | shop    | role=frontend,tier=web    | shell (shop, role=frontend,tier=web)
			shell:tier=web,role=frontend               | default | role=frontend,tier=web    | shell (default, role=frontend,tier=web)
			shell:app.kubernetes.io/name=web           | default | app.kubernetes.io/name=web | shell (default, app.kubernetes.io/name=web)
			shell:role=                                | default | role=                     | shell (default, role=)
			shell:Role=a,role=b                        | default | Role=a,role=b             | shell (default, Role=a,role=b)
			shell:a=My_Value.1                         | default | a=My_Value.1              | shell (default, a=My_Value.1)
			""")
	void labelledShell(String from, String namespace, String labels, String label) {
		Client c = parser().client(from);
		assertThat(c.kind()).isEqualTo(Client.Kind.POD);
		assertThat(c.namespace()).isEqualTo(namespace);
		assertThat(c.label()).isEqualTo(label);
		assertThat(Texts.labels(c.pod().orElseThrow().labels())).isEqualTo(labels);
		assertThat(c.pod().orElseThrow().namespace()).isEqualTo(namespace);
		assertThat(c.pod().orElseThrow().ipAssumed()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			shell:                   | no labels after 'shell:'; write [NS/]shell:k=v,k2=v2, or plain shell
			shell:role               | label 'role' has no value; write role=VALUE (an empty value is role=)
			shell:role=a=b           | label 'role=a=b' has more than one '='
			"shell:role frontend"    | label 'role frontend' has no '='; write KEY=VALUE, with no spaces in the list
			shell:=x                 | label '=x' has no key
			"shell:role=front end"   | label value 'front end' of role is not valid (write no spaces in the list): a valid label must be an empty string or consist of alphanumeric characters
			"shell:a=b, tier=c"      | label key ' tier' is not valid (write no spaces in the list): name part must consist of alphanumeric characters
			shell:Role!=x            | label key 'Role!' is not valid: name part must consist of alphanumeric characters, '-', '_' or '.'
			shell:Role!=x            | write the label key as name or prefix/name
			shell:Example.com/x=y    | label key 'Example.com/x' is not valid: prefix part a lowercase RFC 1123 subdomain
			shell:a/b/c=y            | label key 'a/b/c' is not valid: a qualified name must consist of
			shell:a=-x               | label value '-x' of a is not valid
			shell:a=b,,c=d           | an empty label between commas
			shell:a=b,a=c            | label a is given twice; a pod has one value per key
			Shop/shell:a=b           | namespace 'Shop' is not a valid namespace name: a lowercase RFC 1123 label must consist of
			my.ns/shell:a=b          | namespace 'my.ns' is not a valid namespace name: must not contain dots
			/shell:a=b               | no namespace before '/shell'
			deploy/web:role=x        | labels go only on a shell: [NS/]shell:k=v,k2=v2 ('deploy/web' is not shell or NS/shell)
			a/b/shell:x=y            | labels go only on a shell
			shop/shells:x=y          | labels go only on a shell
			node/                    | --from 'node/' names no node: write node/NAME, or node for any node
			node/worker-z            | --from 'node/worker-z': there is no node worker-z (nodes: worker-a, worker-b)
			""")
	void badFromIsNamed(String from, String words) {
		assertThatThrownBy(() -> parser().client(from)).isInstanceOf(BadRequestException.class)
			.hasMessageContaining(words)
			.hasMessageStartingWith("--from '");
	}

	@Test
	void everyPartIsBounded() {
		String many = "shell:" + String.join(",", java.util.stream.IntStream.range(0, 33).mapToObj(i -> "k" + i + "=v").toList());
		assertThatThrownBy(() -> parser().client(many)).hasMessageContaining("33 labels; at most 32");
		assertThat(parser().client(many.substring(0, many.lastIndexOf(','))).pod().orElseThrow().labels()).hasSize(32);
		assertThatThrownBy(() -> parser().client("shell:a=" + "v".repeat(64)))
			.hasMessageContaining("must be no more than 63 characters");
		assertThatThrownBy(() -> parser().client("shell:" + "k".repeat(100_000) + "=v"))
			.hasMessageContaining("characters long; at most 4096")
			.satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
		assertThatThrownBy(() -> parser().client("shell:" + "k".repeat(4000) + "=v"))
			.hasMessageContaining("is longer than any label key")
			.satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(600));
	}

	@Test
	void theShellTakesAnAddressNoPodHas() {
		// the pod in NODES holds 10.244.1.254, the address a shell gets otherwise
		assertThat(parser().client("shell:role=x").pod().orElseThrow().ip()).isEqualTo("10.244.1.253");
		assertThat(parser().client("shell").pod().orElseThrow().ip()).isEqualTo("10.244.1.253");
		assertThat(new RequestParser(RouteRulesTest.cluster(RouteRulesTest.PODS)).client("shell").pod().orElseThrow().ip())
			.isEqualTo("10.244.1.254");
	}

	@Test
	void aLabelledShellIsMatchedByItsLabelsAndItsNamespace() {
		Cluster cluster = RouteRulesTest.cluster("""
				apiVersion: v1
				kind: Namespace
				metadata: {name: shop, labels: {team: shop}}
				---
				apiVersion: v1
				kind: Pod
				metadata: {name: api, namespace: shop, labels: {app: api}}
				spec: {containers: [{name: api, ports: [{containerPort: 8080}]}]}
				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: api-allow, namespace: shop}
				spec:
				  podSelector: {matchLabels: {app: api}}
				  ingress:
				  - from: [{podSelector: {matchLabels: {role: frontend}}, namespaceSelector: {matchLabels: {team: shop}}}]
				    ports: [{port: 8080}]
				""");
		RequestParser parser = new RequestParser(cluster);
		Policies policies = new Policies(cluster);
		var api = cluster.pods().get(0);
		java.util.function.Function<String, Boolean> allowed = from -> policies.check(parser.client(from).party(), api, 8080,
				dev.portpath.sim.trace.Protocol.TCP, java.util.Optional.empty()).orElseThrow().allowed();
		assertThat(allowed.apply("shop/shell:role=frontend")).isTrue();
		assertThat(allowed.apply("shop/shell:role=frontend,extra=1")).isTrue();
		assertThat(allowed.apply("shell:role=frontend")).as("namespace default has no team=shop").isFalse();
		assertThat(allowed.apply("shop/shell:role=backend")).isFalse();
		assertThat(allowed.apply("shop/shell")).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			node/worker-a    | NODE | node worker-a | worker-a
			node/worker-b    | NODE | node worker-b | worker-b
			Node/worker-b    | NODE | node worker-b | worker-b
			node             | NODE | node worker-a | worker-a
			""")
	void nodeClients(String from, Client.Kind kind, String label, String node) {
		Client c = parser().client(from);
		assertThat(c.kind()).isEqualTo(kind);
		assertThat(c.label()).isEqualTo(label);
		assertThat(c.nodeName()).isEqualTo(node);
		assertThat(c.party().isNode()).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			node/worker-a:30080               | ''     | node/worker-a | 30080 | ''
			NODE/worker-a:30080               | ''     | node/worker-a | 30080 | ''
			tcp://node/worker-b:30080         | tcp    | node/worker-b | 30080 | ''
			http://node/worker-a:30080/       | http   | node/worker-a | 30080 | /
			http://node/worker-a:30080/api/v1 | http   | node/worker-a | 30080 | /api/v1
			https://node/worker-b/            | https  | node/worker-b | 443   | /
			http://node/worker-a              | http   | node/worker-a | 80    | ''
			node:30080                        | ''     | node          | 30080 | ''
			http://node:8080/healthz          | http   | node          | 8080  | /healthz
			http://node/healthz               | http   | node          | 80    | /healthz
			http://node/api/v1                | http   | node          | 80    | /api/v1
			""")
	void nodeTargets(String to, String scheme, String host, int port, String path) {
		Destination d = (Destination) parser().target(to);
		assertThat(d.scheme()).isEqualTo(scheme);
		assertThat(d.host()).isEqualTo(host);
		assertThat(d.port()).isEqualTo(port);
		assertThat(d.path()).isEqualTo(path);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			node/worker-z:30080     | --to 'node/worker-z:30080': there is no node worker-z (nodes: worker-a, worker-b)
			http://node/worker-z:80 | --to 'http://node/worker-z:80': there is no node worker-z (nodes: worker-a, worker-b)
			node/:30080             | --to 'node/:30080' names no node: write node/NAME, or node for any node
			node/worker-a           | needs a port (HOST:PORT)
			node/worker-a:x         | port 'x' is not a number
			""")
	void badNodeTargetsAreNamed(String to, String words) {
		assertThatThrownBy(() -> parser().target(to)).isInstanceOf(BadRequestException.class).hasMessageContaining(words);
	}

	@Test
	void withoutNodeObjectsTheAssumedNodesAreListed() {
		RequestParser p = new RequestParser(RouteRulesTest.cluster(RouteRulesTest.PODS));
		assertThatThrownBy(() -> p.client("node/worker-a")).hasMessageContaining(
				"there is no node worker-a (nodes: node-1, node-2, node-3; the manifests hold no Node object");
		assertThat(p.client("node/node-2").nodeName()).isEqualTo("node-2");
	}

	@Test
	void aNamedNodeTargetGoesToThatNode() {
		Tracer tracer = new Tracer(RouteRulesTest.cluster(NODES));
		assertThat(tracer.trace(new Request("external", "node/worker-a:8080")).outcome()).isEqualTo(Outcome.DELIVERED);
		assertThat(tracer.trace(new Request("external", "node/worker-b:8080")).outcome()).as("the hostPort is on worker-a")
			.isEqualTo(Outcome.NO_LISTENER);
		assertThat(tracer.trace(new Request("node/worker-b", "localhost:8080")).hops().get(0).message())
			.as("localhost of a node's shell is that node")
			.contains("not on worker-b");
		assertThat(tracer.trace(new Request("node/worker-a", "localhost:8080")).outcome()).isEqualTo(Outcome.DELIVERED);
	}
}
