package dev.portpath.sim.check;

import static dev.portpath.sim.check.RuleCases.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Manual EndpointSlices: the kubernetes.io/service-name label ties a slice to its Service. */
class SliceRulesTest {

	private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: legacy}\nspec: {ports: [{port: 5432}]}\n---\n";

	private static String slice(String labels) {
		return "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: legacy-1" + labels + "}\n"
				+ "addressType: IPv4\nports: [{port: 5432}]\nendpoints: [{addresses: [192.168.10.5]}]\n";
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				of("labelled-slice", SERVICE + slice(", labels: {kubernetes.io/service-name: legacy}")),
				of("unlabelled-slice-for-a-selectorless-service", SERVICE + slice(""),
						"error:endpointslice-missing-service-name-label"),
				of("unlabelled-slice-no-service-meant", slice(""), "warning:endpointslice-missing-service-name-label"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rule(String name, String yaml, Set<String> expected) {
		assertThat(RuleCases.codes(new SliceRules(), yaml)).isEqualTo(expected);
	}
}
