package dev.portpath.sim.check;

import static dev.portpath.sim.check.RuleCases.WEB;
import static dev.portpath.sim.check.RuleCases.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Ingress and Gateway API backends and parents, and the classes that serve them. */
class FrontendRulesTest {

	private static final String SERVICE = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\n"
			+ "spec: {selector: {app: web}, ports: [{name: http, port: 80, targetPort: http}]}\n---\n";

	private static String ingress(String className, String service, String port) {
		return "apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {name: shop}\nspec:\n" + className
				+ "  rules:\n  - host: shop.example.com\n    http:\n      paths:\n      - path: /\n        pathType: Prefix\n"
				+ "        backend: {service: {name: " + service + ", port: {number: " + port + "}}}\n---\n";
	}

	private static final String GATEWAY = "apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nmetadata: {name: gw}\n"
			+ "spec: {gatewayClassName: eg, listeners: [{name: http, protocol: HTTP, port: 80}]}\n---\n"
			+ "apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nmetadata: {name: eg}\n"
			+ "spec: {controllerName: example.com/eg}\n---\n";

	private static String route(String parent, String service, int port) {
		return "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata: {name: r}\nspec:\n"
				+ "  parentRefs: [" + parent + "]\n  rules: [{backendRefs: [{name: " + service + ", port: " + port + "}]}]\n";
	}

	private static final String NGINX = "  ingressClassName: nginx\n";

	static Stream<Arguments> cases() {
		return Stream.of(
				of("ingress-to-service-port", WEB + SERVICE + ingress(NGINX, "web", "80"), "info:ingress-class-not-found"),
				of("ingress-without-class", WEB + SERVICE + ingress("", "web", "80"), "warning:ingress-no-class"),
				of("ingress-to-target-port", WEB + SERVICE + ingress(NGINX, "web", "8080"), "info:ingress-class-not-found",
						"error:backend-port-is-target-port"),
				of("ingress-to-missing-port", WEB + SERVICE + ingress(NGINX, "web", "81"), "info:ingress-class-not-found",
						"error:backend-port-not-found"),
				of("ingress-to-missing-service", ingress(NGINX, "api", "80"), "info:ingress-class-not-found",
						"warning:backend-service-not-found"),
				of("route-to-service-port", WEB + SERVICE + GATEWAY + route("{name: gw}", "web", 80)),
				of("route-to-target-port", WEB + SERVICE + GATEWAY + route("{name: gw}", "web", 8080),
						"error:backend-port-is-target-port"),
				of("route-parent-missing", WEB + SERVICE + route("{name: other}", "web", 80), "warning:route-parent-not-found"),
				of("route-section-name-wrong", WEB + SERVICE + GATEWAY + route("{name: gw, sectionName: https}", "web", 80),
						"error:route-not-accepted"),
				of("gateway-class-missing", GATEWAY.substring(0, GATEWAY.indexOf("apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass")),
						"info:gateway-class-not-found"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void rule(String name, String yaml, Set<String> expected) {
		assertThat(RuleCases.codes(new FrontendRules(), yaml)).isEqualTo(expected);
	}
}
