package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static dev.portpath.sim.validate.Cases.pod;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** validateContainerPorts, AccumulateUniqueHostPorts, validatePodHostNetworkDeps, ephemeral containers. */
class ContainerPortRulesTest {

	private static final String P = "The Pod \"web\" is invalid: spec.containers[0].ports[0].";

	static Stream<Arguments> containerPort() {
		return Stream.of(
				bad("container-port-missing", pod("- name: http"), "L9 " + P + "containerPort: Required value"),
				bad("container-port-zero", pod("- containerPort: 0"), "L9 " + P + "containerPort: Required value"),
				bad("container-port-65536", pod("- containerPort: 65536"),
						"L9 " + P + "containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive"),
				bad("container-port-negative", pod("- containerPort: -1"),
						"L9 " + P + "containerPort: Invalid value: -1: must be between 1 and 65535, inclusive"),
				ok("container-port-1", pod("- containerPort: 1")),
				ok("container-port-65535", pod("- containerPort: 65535")),
				ok("same-container-port-twice-is-only-a-warning", pod("- containerPort: 80\n- containerPort: 80")));
	}

	static Stream<Arguments> hostPort() {
		return Stream.of(
				bad("host-port-70000", pod("- containerPort: 80\n  hostPort: 70000"),
						"L10 " + P + "hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive"),
				bad("host-port-negative", pod("- containerPort: 80\n  hostPort: -5"),
						"L10 " + P + "hostPort: Invalid value: -5: must be between 1 and 65535, inclusive"),
				ok("host-port-0-means-none", pod("- containerPort: 80\n  hostPort: 0")),
				ok("host-port-65535", pod("- containerPort: 80\n  hostPort: 65535")));
	}

	static Stream<Arguments> portName() {
		return Stream.of(
				bad("port-name-16-chars", pod("- containerPort: 80\n  name: http-metrics-por"),
						"L10 " + P + "name: Invalid value: \"http-metrics-por\": must be no more than 15 characters"),
				bad("port-name-upper-case", pod("- containerPort: 80\n  name: HTTP"),
						"L10 " + P + "name: Invalid value: \"HTTP\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
						"L10 " + P + "name: Invalid value: \"HTTP\": must contain at least one letter (a-z)"),
				bad("port-name-digits-only", pod("- containerPort: 80\n  name: \"8080\""),
						"L10 " + P + "name: Invalid value: \"8080\": must contain at least one letter (a-z)"),
				bad("port-name-underscore", pod("- containerPort: 80\n  name: http_port"),
						"L10 " + P + "name: Invalid value: \"http_port\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
				bad("port-name-double-hyphen", pod("- containerPort: 80\n  name: http--a"),
						"L10 " + P + "name: Invalid value: \"http--a\": must not contain consecutive hyphens"),
				bad("port-name-leading-hyphen", pod("- containerPort: 80\n  name: -http"),
						"L10 " + P + "name: Invalid value: \"-http\": must not begin or end with a hyphen"),
				bad("port-name-trailing-hyphen", pod("- containerPort: 80\n  name: http-"),
						"L10 " + P + "name: Invalid value: \"http-\": must not begin or end with a hyphen"),
				bad("port-name-twice-in-one-container", pod("- containerPort: 80\n  name: http\n- containerPort: 81\n  name: http"),
						"L12 The Pod \"web\" is invalid: spec.containers[0].ports[1].name: Duplicate value: \"http\""),
				ok("port-name-15-chars", pod("- containerPort: 80\n  name: http-metrics-po")),
				ok("port-name-with-digits-and-hyphen", pod("- containerPort: 80\n  name: h2c-8080")),
				ok("port-name-reused-in-another-container", """
						apiVersion: v1
						kind: Pod
						metadata: {name: web}
						spec:
						  containers:
						  - name: a
						    ports: [{containerPort: 80, name: http}]
						  - name: b
						    ports: [{containerPort: 81, name: http}]
						"""));
	}

	static Stream<Arguments> protocol() {
		return Stream.of(
				bad("protocol-http", pod("- containerPort: 80\n  protocol: HTTP"),
						"L10 " + P + "protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
				bad("protocol-lower-case", pod("- containerPort: 80\n  protocol: tcp"),
						"L10 " + P + "protocol: Unsupported value: \"tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
				ok("protocol-udp", pod("- containerPort: 53\n  protocol: UDP")),
				ok("protocol-sctp", pod("- containerPort: 9999\n  protocol: SCTP")),
				ok("protocol-left-out-means-tcp", pod("- containerPort: 80")));
	}

	static Stream<Arguments> hostPortUniqueness() {
		String twoContainers = """
				apiVersion: v1
				kind: Pod
				metadata: {name: web}
				spec:
				  containers:
				  - name: a
				    ports:
				    - {containerPort: 80, hostPort: 8080%s}
				  - name: b
				    ports:
				    - {containerPort: 81, hostPort: 8080%s}
				""";
		String initContainers = """
				apiVersion: v1
				kind: Pod
				metadata: {name: web}
				spec:
				  containers:
				  - {name: app, ports: [{containerPort: 80, hostPort: 8080}]}
				  initContainers:
				  - {name: one, ports: [{containerPort: 80, hostPort: 8080}]}
				  - name: two
				    ports:
				    - {containerPort: 80, hostPort: 9090}
				    - {containerPort: 81, hostPort: 9090}
				""";
		return Stream.of(
				bad("host-port-twice-in-a-pod", twoContainers.formatted("", ""),
						"L11 The Pod \"web\" is invalid: spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//8080\""),
				bad("host-port-twice-on-same-host-ip", twoContainers.formatted(", hostIP: 10.0.0.1", ", hostIP: 10.0.0.1"),
						"L11 The Pod \"web\" is invalid: spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP/10.0.0.1/8080\""),
				// Init containers run one at a time, so each is checked alone (and the server always says [0]).
				bad("init-container-host-port-twice-in-itself", initContainers,
						"L12 The Pod \"web\" is invalid: spec.initContainers[0].ports[1].hostPort: Duplicate value: \"TCP//9090\""),
				ok("same-host-port-other-protocol", twoContainers.formatted("", ", protocol: UDP")),
				ok("same-host-port-other-host-ip", twoContainers.formatted(", hostIP: 10.0.0.1", ", hostIP: 10.0.0.2")),
				ok("init-containers-may-reuse-host-ports", """
						apiVersion: v1
						kind: Pod
						metadata: {name: web}
						spec:
						  containers:
						  - {name: app, ports: [{containerPort: 80, hostPort: 8080}]}
						  initContainers:
						  - {name: one, ports: [{containerPort: 80, hostPort: 8080}]}
						  - {name: two, ports: [{containerPort: 80, hostPort: 8080}]}
						"""));
	}

	static Stream<Arguments> hostNetwork() {
		String pod = """
				apiVersion: v1
				kind: Pod
				metadata: {name: web}
				spec:
				  hostNetwork: true
				  containers:
				  - name: app
				    ports:
				    - containerPort: 80
				%s""";
		String deployment = """
				apiVersion: apps/v1
				kind: Deployment
				metadata: {name: web}
				spec:
				  template:
				    spec:
				      hostNetwork: true
				      containers:
				      - name: app
				        ports:
				        - containerPort: 9100
				%s""";
		return Stream.of(
				bad("host-network-host-port-differs", pod.formatted("      hostPort: 8080\n"),
						"L10 " + P + "hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true"),
				bad("host-network-template-host-port-differs", deployment.formatted("          hostPort: 9101\n"),
						"L12 The Deployment \"web\" is invalid: spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 9101: must match `containerPort` when `hostNetwork` is true"),
				// In a Pod the host port is defaulted to the container port first, so two containers collide.
				bad("host-network-pod-containers-share-a-port", """
						apiVersion: v1
						kind: Pod
						metadata: {name: web}
						spec:
						  hostNetwork: true
						  containers:
						  - {name: a, ports: [{containerPort: 9100}]}
						  - {name: b, ports: [{containerPort: 9100}]}
						""",
						"L8 The Pod \"web\" is invalid: spec.containers[1].ports[0].hostPort: Duplicate value: \"TCP//9100\""),
				ok("host-network-host-port-equal", pod.formatted("      hostPort: 80\n")),
				ok("host-network-pod-host-port-left-out", pod.formatted("")),
				ok("host-network-template-host-port-0", deployment.formatted("          hostPort: 0\n")),
				ok("host-network-template-containers-share-a-port", """
						apiVersion: apps/v1
						kind: DaemonSet
						metadata: {name: web}
						spec:
						  template:
						    spec:
						      hostNetwork: true
						      containers:
						      - {name: a, ports: [{containerPort: 9100}]}
						      - {name: b, ports: [{containerPort: 9100}]}
						"""));
	}

	static Stream<Arguments> ephemeralContainers() {
		return Stream.of(
				bad("ephemeral-container-ports-forbidden", """
						apiVersion: v1
						kind: Pod
						metadata: {name: web}
						spec:
						  containers:
						  - {name: app}
						  ephemeralContainers:
						  - name: debug
						    ports:
						    - containerPort: 80
						""",
						"L9 The Pod \"web\" is invalid: spec.ephemeralContainers[0].ports: Forbidden: cannot be set for an Ephemeral Container"),
				ok("ephemeral-container-without-ports", """
						apiVersion: v1
						kind: Pod
						metadata: {name: web}
						spec:
						  containers:
						  - {name: app}
						  ephemeralContainers:
						  - {name: debug, image: busybox}
						"""));
	}

	static Stream<Arguments> fieldPathPerKind() {
		String deep = """
				apiVersion: batch/v1
				kind: CronJob
				metadata: {name: nightly, namespace: jobs}
				spec:
				  jobTemplate:
				    spec:
				      template:
				        spec:
				          initContainers:
				          - name: init
				            ports:
				            - containerPort: 0
				""";
		return Stream.of(
				bad("cronjob-init-container-path", deep,
						"L12 The CronJob \"nightly\" is invalid: spec.jobTemplate.spec.template.spec.initContainers[0].ports[0].containerPort: Required value"),
				bad("statefulset-path", """
						apiVersion: apps/v1
						kind: StatefulSet
						metadata: {name: db}
						spec:
						  template:
						    spec:
						      containers:
						      - name: db
						        ports:
						        - containerPort: 5432
						          name: PostgreSQL
						""",
						"L11 The StatefulSet \"db\" is invalid: spec.template.spec.containers[0].ports[0].name: Invalid value: \"PostgreSQL\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
				bad("replication-controller-path", """
						apiVersion: v1
						kind: ReplicationController
						metadata: {name: rc}
						spec:
						  template:
						    spec:
						      containers:
						      - {name: a, ports: [{containerPort: 80, protocol: Tcp}]}
						""",
						"L8 The ReplicationController \"rc\" is invalid: spec.template.spec.containers[0].ports[0].protocol: Unsupported value: \"Tcp\": supported values: \"SCTP\", \"TCP\", \"UDP\""),
				bad("job-path", """
						apiVersion: batch/v1
						kind: Job
						metadata: {name: once}
						spec:
						  template:
						    spec:
						      containers:
						      - {name: a, ports: [{containerPort: 99999}]}
						""",
						"L8 The Job \"once\" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Invalid value: 99999: must be between 1 and 65535, inclusive"),
				bad("replicaset-path", """
						apiVersion: apps/v1
						kind: ReplicaSet
						metadata: {name: rs}
						spec:
						  template:
						    spec:
						      containers:
						      - {name: a, ports: [{name: web}]}
						""",
						"L8 The ReplicaSet \"rs\" is invalid: spec.template.spec.containers[0].ports[0].containerPort: Required value"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "containerPort", "hostPort", "portName", "protocol", "hostPortUniqueness", "hostNetwork",
			"ephemeralContainers", "fieldPathPerKind" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
