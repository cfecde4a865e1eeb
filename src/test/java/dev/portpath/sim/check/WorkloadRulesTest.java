package dev.portpath.sim.check;

import static dev.portpath.sim.check.RuleCases.WEB;
import static dev.portpath.sim.check.RuleCases.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Workloads on their own: ports two containers share, probes on undeclared ports, hostPorts, StatefulSets. */
class WorkloadRulesTest {

	private static final String TWO_CONTAINERS = WEB.replace("          ports: [{name: http, containerPort: 8080}]\n",
			"          ports: [{name: http, containerPort: 8080}]\n        - name: proxy\n          image: envoy\n"
					+ "          ports: [{containerPort: 8080}]\n");

	private static final String STS = """
			apiVersion: apps/v1
			kind: StatefulSet
			metadata: {name: db}
			spec:
			  serviceName: db
			  replicas: 1
			  selector: {matchLabels: {app: db}}
			  template:
			    metadata: {labels: {app: db}}
			    spec: {containers: [{name: pg, image: postgres, ports: [{containerPort: 5432}]}]}
			---
			""";

	static Stream<Arguments> cases() {
		return Stream.of(
				of("one-container-per-port", WEB),
				of("two-containers-one-port", TWO_CONTAINERS, "warning:duplicate-container-port"),
				of("readiness-probe-on-undeclared-name", WEB.replace("          ports: [{name: http, containerPort: 8080}]\n",
						"          ports: [{name: http, containerPort: 8080}]\n          readinessProbe: {httpGet: {port: web}}\n"),
						"error:probe-port-not-declared"),
				of("host-port-more-replicas-than-nodes", WEB.replace("replicas: 2", "replicas: 5")
					.replace("{name: http, containerPort: 8080}", "{name: http, containerPort: 8080, hostPort: 8080}"),
						"warning:hostport-conflict"),
				of("stateful-set-service-missing", STS, "info:statefulset-service-missing"),
				of("stateful-set-service-not-headless", STS + "apiVersion: v1\nkind: Service\nmetadata: {name: db}\n"
						+ "spec: {selector: {app: db}, ports: [{port: 5432}]}\n", "info:statefulset-service-not-headless"),
				of("stateful-set-headless-service", STS + "apiVersion: v1\nkind: Service\nmetadata: {name: db}\n"
						+ "spec: {clusterIP: None, selector: {app: db}, ports: [{port: 5432}]}\n"),
				of("million-pod-job-sampled", dev.portpath.sim.WorkLimitsTest.MILLION_POD_JOB, "info:pods-sampled"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rule(String name, String yaml, Set<String> expected) {
		assertThat(RuleCases.codes(new WorkloadRules(), yaml)).isEqualTo(expected);
	}
}
