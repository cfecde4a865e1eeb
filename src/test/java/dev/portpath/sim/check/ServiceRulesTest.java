package dev.portpath.sim.check;

import static dev.portpath.sim.check.RuleCases.WEB;
import static dev.portpath.sim.check.RuleCases.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each Service port to its endpoints: one case per finding, and the clean case beside it. */
class ServiceRulesTest {

	private static String svc(String spec) {
		return "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n" + spec.indent(2);
	}

	static Stream<Arguments> cases() {
		return Stream.of(
				of("named-target-port-resolves", WEB + svc("selector: {app: web}\nports: [{port: 80, targetPort: http}]")),
				of("named-target-port-not-found", WEB + svc("selector: {app: web}\nports: [{port: 80, targetPort: web}]"),
						"error:named-target-port-not-found"),
				of("numeric-target-port-not-declared", WEB + svc("selector: {app: web}\nports: [{port: 80, targetPort: 9090}]"),
						"warning:target-port-not-declared"),
				of("selector-one-label-off", WEB + svc("selector: {app: wbe}\nports: [{port: 80}]"),
						"error:selector-matches-no-pods"),
				of("selector-matches-nothing-known", WEB + svc("selector: {tier: backend}\nports: [{port: 80}]"),
						"warning:pods-not-declared"),
				of("selector-in-other-namespace", WEB + svc("selector: {app: web}\nports: [{port: 80, targetPort: http}]")
					.replace("name: web}\nspec:", "name: web, namespace: shop}\nspec:"), "error:selector-matches-other-namespace"),
				of("scaled-to-zero", WEB.replace("replicas: 2", "replicas: 0")
						+ svc("selector: {app: web}\nports: [{port: 80, targetPort: http}]"), "warning:replicas-zero"),
				of("headless-port-differs-from-target", WEB
						+ svc("clusterIP: None\nselector: {app: web}\nports: [{port: 80, targetPort: http}]"),
						"warning:headless-port-mismatch"),
				of("selectorless-without-slices", svc("ports: [{port: 80}]"), "warning:service-no-selector-no-endpoints"),
				of("internal-traffic-local-not-everywhere", WEB
						+ svc("selector: {app: web}\ninternalTrafficPolicy: Local\nports: [{port: 80, targetPort: http}]"),
						"warning:internal-traffic-local"),
				of("external-traffic-local", WEB + svc("type: NodePort\nselector: {app: web}\nexternalTrafficPolicy: Local\n"
						+ "ports: [{port: 80, targetPort: http}]"), "info:external-traffic-local"),
				of("load-balancer-without-address", WEB
						+ svc("type: LoadBalancer\nselector: {app: web}\nports: [{port: 80, targetPort: http}]"),
						"info:loadbalancer-pending"),
				of("pods-declare-no-ports", WEB.replace("          ports: [{name: http, containerPort: 8080}]\n", "")
						+ svc("selector: {app: web}\nports: [{port: 80, targetPort: 8080}]"), "info:no-ports-declared"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rule(String name, String yaml, Set<String> expected) {
		assertThat(RuleCases.codes(new ServiceRules(), yaml)).isEqualTo(expected);
	}
}
