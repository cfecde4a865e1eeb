package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portpath.sim.trace.ApiError;

/** The validator as a whole: what it looks at, what it ignores, result order and robustness. */
class ValidatorTest {

	@Test
	void anErrorCarriesFileLinePathMessageAndFix() {
		List<ApiError> errors = Cases.errors(Cases.svc("ports:\n- port: 80\n  targetPort: \"8080\""));

		assertThat(errors).containsExactly(new ApiError("manifests.yaml", 7, "Service/default/web/spec.ports[0].targetPort",
				"The Service \"web\" is invalid: spec.ports[0].targetPort: Invalid value: \"8080\": must contain at least one letter (a-z)",
				"write the number without quotes (targetPort: 8080), or name a container port and use that name"));
	}

	@Test
	void thePathUsesTheWrittenNamespace() {
		String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: web, namespace: shop}\nspec: {ports: [{port: 0, targetPort: 80}]}\n";

		assertThat(Cases.errors(yaml)).extracting(ApiError::path).containsExactly("Service/shop/web/spec.ports[0].port");
	}

	@Test
	void resultsFollowDocumentOrderThenLineOrder() {
		String yaml = """
				apiVersion: v1
				kind: Pod
				metadata: {name: b}
				spec:
				  containers:
				  - name: a
				    ports: [{containerPort: 0}]
				---
				apiVersion: v1
				kind: Service
				metadata: {name: a}
				spec:
				  type: LoadBalancer
				  externalTrafficPolicy: Cluster
				  healthCheckNodePort: 30001
				  sessionAffinity: Sticky
				  ports: [{port: 80}]
				""";

		assertThat(Cases.errors(yaml)).extracting(ApiError::line).containsExactly(7, 15, 16);
	}

	@Test
	void lookalikeKindsFromOtherGroupsAreIgnored() {
		String yaml = """
				apiVersion: serving.knative.dev/v1
				kind: Service
				metadata: {name: web}
				spec:
				  template:
				    spec:
				      containers:
				      - ports: [{containerPort: 0, name: HTTP}]
				---
				apiVersion: argoproj.io/v1alpha1
				kind: Rollout
				metadata: {name: web}
				spec:
				  template:
				    spec:
				      containers:
				      - ports: [{containerPort: 70000}]
				---
				apiVersion: networking.k8s.io/v1beta1
				kind: Ingress
				metadata: {name: old}
				spec:
				  rules:
				  - host: 10.0.0.1
				---
				apiVersion: gateway.nginx.org/v1alpha1
				kind: Gateway
				metadata: {name: other}
				spec:
				  listeners: [{port: 0}]
				---
				apiVersion: extensions/v1beta1
				kind: Deployment
				metadata: {name: old}
				spec:
				  template:
				    spec:
				      containers:
				      - ports: [{containerPort: 70000}]
				""";

		assertThat(Cases.errors(yaml)).isEmpty();
	}

	/** preAllocIPs: a Service without a name is refused for that alone, at the object's first line, before its spec is judged. */
	@Test
	void objectsWithoutMetadataStillGetAPath() {
		assertThat(Cases.errors("apiVersion: v1\nkind: Service\nspec: {}\n")).singleElement().satisfies(e -> {
			assertThat(e.path()).isEqualTo("Service/default//metadata.name");
			assertThat(e.message())
				.isEqualTo("The Service \"\" is invalid: metadata.name: Required value: name or generateName is required");
			assertThat(e.line()).isEqualTo(1);
		});
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"apiVersion: v1\nkind: Service\nspec: abc\n",
			"apiVersion: v1\nkind: Service\nmetadata: [a]\nspec: {ports: [{port: 80}]}\n",
			"apiVersion: v1\nkind: Pod\nspec: {containers: [null, {ports: [null, 5, {containerPort: {a: b}}]}]}\n",
			"apiVersion: v1\nkind: Pod\nspec: {hostNetwork: true, initContainers: [{ports: [{hostPort: 1}]}], containers: [{ports: [{}]}]}\n",
			"apiVersion: v1\nkind: Service\nspec: {ports: [{}], clusterIPs: [1, null], externalIPs: {a: b}}\n",
			"apiVersion: v1\nkind: Service\nspec: {clusterIP: None, clusterIPs: [None, None, x], ipFamilies: [IPv4, IPv4, 7]}\n",
			"apiVersion: v1\nkind: Service\nspec: {type: ExternalName, externalName: 5}\n",
			"apiVersion: v1\nkind: Service\nspec:\n  clusterIP: \"::ffff:10.96.0.1\"\n  ports: [{port: 80, targetPort: {a: 1}}]\n",
			"apiVersion: v1\nkind: Service\nspec:\n  type: NodePort\n  ports:\n  - {port: .inf, nodePort: 30000}\n  - {port: 1e3, nodePort: -1}\n",
			"apiVersion: v1\nkind: Service\nspec: {sessionAffinity: ClientIP, sessionAffinityConfig: [1]}\n",
			"apiVersion: v1\nkind: Service\nspec: {type: LoadBalancer, loadBalancerSourceRanges: [\"\", \"1.2.3.4/\", \"/8\", \"::/999\"]}\n",
			"apiVersion: apps/v1\nkind: Deployment\nspec: {template: {spec: {containers: {a: b}}}}\n",
			"apiVersion: batch/v1\nkind: CronJob\nspec: {jobTemplate: 7}\n",
			"apiVersion: v1\nkind: Endpoints\nsubsets: [{addresses: [{ip: 1}], ports: \"x\"}, null, 3]\n",
			"apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\naddressType: 4\nendpoints: [{addresses: null}, {addresses: [[1]]}, {hostname: \"\"}]\n",
			"apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\naddressType: FQDN\nendpoints: [{addresses: [\"\", a..b, \"-a.b\", a.b.]}]\n",
			"apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\naddressType: IPv6\nendpoints: [{addresses: [\"::ffff:1.2.3.4\", \"fe80::1%eth0\", \"[::1]\", \"1::2::3\"]}]\n",
			"apiVersion: networking.k8s.io/v1\nkind: Ingress\nspec: {rules: [null, 5, {host: 7, http: {paths: [null, {pathType: Exact, backend: {service: 5}}, {pathType: Prefix, backend: {resource: [1]}}]}}], tls: [{hosts: [1, null]}, null]}\n",
			"apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata: {annotations: [a]}\nspec: {defaultBackend: 5, ingressClassName: {a: b}}\n",
			"apiVersion: networking.k8s.io/v1\nkind: IngressClass\nspec: {controller: a/b, parameters: {kind: ., name: \"..\", scope: Namespace, namespace: null}}\n",
			"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec: {podSelector: {matchLabels: [a], matchExpressions: [null, {values: 5}]}, ingress: [null, {from: [null, {ipBlock: {cidr: \"::/999\", except: [null, \"1.2.3.4/\", \"::/0\"]}}], ports: [null, {port: {a: 1}, endPort: x}]}], policyTypes: 5}\n",
			"apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nspec: {podSelector: null, egress: [{to: [{ipBlock: {cidr: \"::ffff:10.0.0.0/104\", except: [10.0.0.0/8, \"::ffff:10.1.0.0/112\"]}}]}]}\n",
			"apiVersion: gateway.networking.k8s.io/v1\nkind: Gateway\nspec: {listeners: [null, 5, {name: 5, port: [1], protocol: {}, tls: 7, hostname: 3}, {name: a, port: 1e99, protocol: TCP, tls: {mode: 5}}]}\n",
			"apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nspec: {parentRefs: {a: b}, hostnames: [null, 5], rules: [null, 3, {matches: [null, {path: 5}, {path: {type: 5, value: []}}], backendRefs: 5, filters: [null, {requestMirror: 3}, {requestMirror: {backendRef: 4}}]}]}\n",
			"apiVersion: gateway.networking.k8s.io/v1\nkind: TLSRoute\nspec: {hostnames: [\"1.2.3.4\", \"*\", a..b, null, \"::1\"], rules: {a: b}}\n",
			"apiVersion: gateway.networking.k8s.io/v1beta1\nkind: ReferenceGrant\nspec: {from: 5, to: [null, 3, {group: 1}]}\n",
			"apiVersion: gateway.networking.k8s.io/v1\nkind: GatewayClass\nspec: 5\n",
			"apiVersion: gateway.networking.k8s.io/\nkind: GRPCRoute\nspec: {rules: [{matches: 5, backendRefs: [null, {port: x, weight: {}}]}]}\n",
			"kind: Service\nspec: {ports: 5}\n",
			"apiVersion: 5\nkind: [Service]\n",
			"apiVersion: v1\nkind: Service\nmetadata: {name: [x]}\n" })
	void oddInputNeverThrows(String yaml) {
		assertThatCode(() -> Cases.errors(yaml)).doesNotThrowAnyException();
		assertThat(Cases.errors(yaml)).allSatisfy(e -> assertThat(e.fix()).isNotBlank());
	}
}
