package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portpath.sim.trace.ApiError;

/** Node ports and cluster IPs are cluster-wide: a later Service cannot take what an earlier one holds. */
class ServiceAllocationTest {

	/** Two Services; {@code %s} fills the first spec's extra lines and the second's. The second spec starts on line 12. */
	private static final String TWO = """
			apiVersion: v1
			kind: Service
			metadata: {name: first}
			spec:
			  %s
			---
			apiVersion: v1
			kind: Service
			metadata: {name: %s}
			spec:
			  %s
			""";

	static Stream<Arguments> acrossServices() {
		String np = "type: NodePort\n  ports: [{port: 80, nodePort: 30080}]";
		String ip = "clusterIP: 10.96.0.50\n  ports: [{port: 80}]";
		return Stream.of(
				bad("node-port-taken-by-earlier-service", TWO.formatted(np, "second", np),
						"L13 The Service \"second\" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated"),
				bad("cluster-ip-taken-by-earlier-service", TWO.formatted(ip, "second", ip),
						"L12 The Service \"second\" is invalid: spec.clusterIPs: Invalid value: []string{\"10.96.0.50\"}: failed to allocate IP 10.96.0.50: provided IP is already allocated"),
				bad("health-check-port-taken-by-node-port", TWO.formatted(np, "second",
						"type: LoadBalancer\n  externalTrafficPolicy: Local\n  healthCheckNodePort: 30080\n  ports: [{port: 80}]"),
						"L14 Internal error occurred: failed to allocate requested HealthCheck NodePort 30080: provided port is already allocated"),
				ok("node-port-free-in-other-service", TWO.formatted(np, "second", "type: NodePort\n  ports: [{port: 80, nodePort: 30081}]")),
				ok("same-service-applied-twice-keeps-its-node-port", TWO.formatted(np, "first", np)),
				ok("same-node-port-number-on-cluster-ip-is-zero", TWO.formatted(np, "second", "ports: [{port: 30080}]")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("acrossServices")
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}

	@Test
	void aRejectedServiceDoesNotKeepItsNodePort() {
		// The first Service fails validation (bad port name), so its node port is rolled back.
		String yaml = TWO.formatted("type: NodePort\n  ports: [{name: HTTP, port: 80, nodePort: 30080}]", "second",
				"type: NodePort\n  ports: [{port: 80, nodePort: 30080}]");

		List<ApiError> errors = Cases.errors(yaml);

		assertThat(errors).extracting(ApiError::path).containsExactly("Service/default/first/spec.ports[0].name");
	}

	@Test
	void theFixNamesTheServiceThatHoldsThePort() {
		String np = "type: NodePort\n  ports: [{port: 80, nodePort: 30080}]";

		List<ApiError> errors = Cases.errors(TWO.formatted(np, "second", np));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.path()).isEqualTo("Service/default/second/spec.ports[0].nodePort");
			assertThat(e.fix()).contains("Service/default/first already uses 30080");
		});
	}

	@Test
	void theClusterIpFixSaysWhichRangeIsAssumed() {
		List<ApiError> errors = Cases.errors(Cases.svc("clusterIP: 192.168.0.10\nports: [{port: 80}]"));

		assertThat(errors).singleElement().extracting(ApiError::fix).asString().contains("assumed 10.96.0.0/12");
	}
}
