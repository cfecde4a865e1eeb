package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KindsTest {

	/** A simulated kind counts only in its own API group; any other kind is left to the not-simulated report. */
	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource({ "Service, v1, true", "Service, serving.knative.dev/v1, false", "Pod, '', true",
			"Gateway, gateway.networking.k8s.io/v1, true", "Gateway, gateway.networking.k8s.io/v1beta1, true",
			"Gateway, networking.istio.io/v1beta1, false", "Deployment, apps/v1, true", "Deployment, apps, false",
			"Deployment, xapps/v1, false", "EndpointSlice, discovery.k8s.io/v1, true", "ConfigMap, whatever/v9, true",
			"VirtualService, networking.istio.io/v1, true" })
	void aSimulatedKindCountsInItsOwnGroupOnly(String kind, String apiVersion, boolean expected) {
		assertThat(Kinds.inSimulatedGroup(kind, apiVersion)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "Service, v1", "Deployment, apps/v1", "HTTPRoute, gateway.networking.k8s.io/v1",
			"ReferenceGrant, gateway.networking.k8s.io/v1beta1", "HorizontalPodAutoscaler, autoscaling/v2" })
	void theApiVersionToWrite(String kind, String apiVersion) {
		assertThat(Kinds.apiVersion(kind)).isEqualTo(apiVersion);
	}
}
