package dev.portpath.sim.validate;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that differ between Kubernetes 1.35 and 1.36, each judged under both: a case is the YAML, what 1.35
 * reports (its gates off) and what 1.36 reports (both beta and on by default).
 */
class FeatureGateRulesTest {

	static final FeatureGates V1_35 = new FeatureGates(false, false);

	static final FeatureGates V1_36 = new FeatureGates(true, true);

	private static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

	static Arguments split(String name, String yaml, List<String> v135, List<String> v136) {
		return Arguments.of(name, yaml, v135, v136);
	}

	static String service(String name, String spec) {
		return Cases.svc(spec).replace("{name: web}", "{name: " + name + "}");
	}

	/** RelaxedServiceNameValidation: ValidateServiceName is NameIsDNS1035Label without it, NameIsDNSLabel with it. */
	static Stream<Arguments> relaxedServiceNameValidation() {
		return Stream.of(
				split("service-name-digit-first", service("1web", "ports: [{port: 80}]"),
						List.of("L3 The Service \"1web\" is invalid: metadata.name: Invalid value: \"1web\": " + DNS1035), List.of()),
				split("service-generate-name-digit-first", service("x", "ports: [{port: 80}]").replace("{name: x}", "{generateName: 1web-}"),
						List.of("L3 The Service \"1web-lhcs4\" is invalid: metadata.generateName: Invalid value: \"1web-\": " + DNS1035,
								"L3 The Service \"1web-lhcs4\" is invalid: metadata.name: Invalid value: \"1web-lhcs4\": " + DNS1035),
						List.of()),
				split("service-name-letter-first-either-way", service("web1", "ports: [{port: 80}]"), List.of(), List.of()),
				// validateIngressBackend checks service.name with the same function (AllowRelaxedServiceNameValidation).
				split("ingress-backend-service-name-digit-first",
						"apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: shop}\nspec:\n  defaultBackend:\n    service: {name: 1web, port: {number: 80}}\n",
						List.of("L6 The Ingress \"shop\" is invalid: spec.defaultBackend.service.name: Invalid value: \"1web\": " + DNS1035),
						List.of()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("relaxedServiceNameValidation")
	void rule(String name, String yaml, List<String> v135, List<String> v136) {
		Cases.check(yaml, v135, V1_35);
		Cases.check(yaml, v136, V1_36);
	}
}
