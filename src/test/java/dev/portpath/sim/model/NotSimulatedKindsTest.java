package dev.portpath.sim.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.NotSimulated.Effect;

/** What PortPath read but did not simulate, grouped by kind, most important first, with advice. */
class NotSimulatedKindsTest {

	private static List<NotSimulated> report(String yaml) {
		return new Engine().prepare(List.of(new Source("m.yaml", yaml))).notSimulated();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			kustomize-kustomization      | kustomize.config.k8s.io/v1beta1    | Kustomization           | BUILD   | kubectl kustomize DIR
			kustomize-component          | kustomize.config.k8s.io/v1alpha1   | Component               | BUILD   | kubectl kustomize DIR
			flux-kustomization           | kustomize.toolkit.fluxcd.io/v1     | Kustomization           | BUILD   | flux build kustomization
			argo-cd-application          | argoproj.io/v1alpha1               | Application             | BUILD   | argocd app manifests
			flux-helm-release            | helm.toolkit.fluxcd.io/v2          | HelmRelease             | RENDER  | helm template RELEASE CHART
			istio-virtual-service        | networking.istio.io/v1             | VirtualService          | ROUTING | Istio
			cilium-network-policy        | cilium.io/v2                       | CiliumNetworkPolicy     | ROUTING | Cilium
			admin-network-policy         | policy.networking.k8s.io/v1alpha1  | AdminNetworkPolicy      | ROUTING | AdminNetworkPolicy
			traefik-ingress-route        | traefik.io/v1alpha1                | IngressRoute            | ROUTING | Traefik
			gateway-api-backend-tls      | gateway.networking.k8s.io/v1       | BackendTLSPolicy        | ROUTING | the Gateway API
			argo-rollout-makes-pods      | argoproj.io/v1alpha1               | Rollout                 | PODS    | kubectl get pods -o yaml
			prometheus-makes-pods        | monitoring.coreos.com/v1           | Prometheus              | PODS    | kubectl get pods -o yaml
			unknown-crd                  | example.com/v1                     | Widget                  | UNKNOWN | kubectl get pods,svc,endpointslices -o yaml
			config-map                   | v1                                 | ConfigMap               | NONE    |
			secret                       | v1                                 | Secret                  | NONE    |
			service-account              | v1                                 | ServiceAccount          | NONE    |
			cluster-role-binding         | rbac.authorization.k8s.io/v1       | ClusterRoleBinding      | NONE    |
			hpa                          | autoscaling/v2                     | HorizontalPodAutoscaler | NONE    |
			cert-manager-certificate     | cert-manager.io/v1                 | Certificate             | NONE    |
			service-monitor              | monitoring.coreos.com/v1           | ServiceMonitor          | NONE    |
			crd-definition               | apiextensions.k8s.io/v1            | CustomResourceDefinition| NONE    |
			""")
	void eachKindSaysWhatLeavingItOutMeans(String rule, String apiVersion, String kind, Effect effect, String advice) {
		List<NotSimulated> r = report("apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: {name: x}\n");

		assertThat(r).singleElement().satisfies(n -> {
			assertThat(n.what()).isEqualTo(kind);
			assertThat(n.effect()).isEqualTo(effect);
			assertThat(n.count()).isEqualTo(1);
			assertThat(n.refs()).extracting(ref -> ref.line()).containsExactly(1);
			assertThat(n.message()).isNotBlank();
			if (advice == null) {
				assertThat(n.advice()).isEmpty();
			}
			else {
				assertThat(n.advice()).contains(advice);
			}
		});
	}

	@Test
	void simulatedKindsAreNotReported() {
		assertThat(report("""
				apiVersion: v1
				kind: Namespace
				metadata: {name: shop}
				---
				apiVersion: v1
				kind: Service
				metadata: {name: web, namespace: shop}
				spec: {ports: [{port: 80}]}
				---
				apiVersion: gateway.networking.k8s.io/v1
				kind: GatewayClass
				metadata: {name: gc}
				spec: {controllerName: example.com/gw}
				""")).isEmpty();
	}

	/** Istio's Gateway and Knative's Service share a name with kinds PortPath simulates, not their meaning. */
	@Test
	void aKindOfTheSameNameInAnotherGroupIsNotSimulatedButReported() {
		Engine.Prepared p = new Engine().prepare(List.of(new Source("m.yaml", """
				apiVersion: networking.istio.io/v1
				kind: Gateway
				metadata: {name: public}
				spec:
				  selector: {istio: ingressgateway}
				  servers: [{port: {number: 80, name: http, protocol: HTTP}, hosts: ["*"]}]
				---
				apiVersion: serving.knative.dev/v1
				kind: Service
				metadata: {name: hello}
				spec:
				  template:
				    spec:
				      containers: [{image: ghcr.io/knative/helloworld-go:latest}]
				---
				apiVersion: extensions/v1beta1
				kind: Ingress
				metadata: {name: old}
				spec:
				  backend: {serviceName: web, servicePort: 80}
				""")));

		assertThat(p.cluster().networking().gateways()).isEmpty();
		assertThat(p.cluster().services()).isEmpty();
		assertThat(p.cluster().networking().ingresses()).hasSize(1); // the legacy extensions group is read as before
		assertThat(p.notSimulated()).extracting(n -> n.what() + " " + n.group() + " " + n.effect())
			.containsExactly("Gateway networking.istio.io ROUTING", "Service serving.knative.dev ROUTING");
	}

	@Test
	void objectsOfOneKindAreCountedInOneEntryWithTheirLines() {
		StringBuilder yaml = new StringBuilder();
		for (int i = 0; i < 25; i++) {
			yaml.append("---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c").append(i).append("}\n");
		}

		assertThat(report(yaml.toString())).singleElement().satisfies(n -> {
			assertThat(n.count()).isEqualTo(25);
			assertThat(n.refs()).hasSize(NotSimulatedKinds.MAX_REFS);
			assertThat(n.refs().get(1).line()).isEqualTo(6);
			assertThat(n.refs().get(1).path()).isEqualTo("ConfigMap/default/c1");
		});
	}

	@Test
	void whatMattersComesFirst() {
		List<NotSimulated> r = report("""
				apiVersion: v1
				kind: ConfigMap
				metadata: {name: c}
				---
				apiVersion: networking.istio.io/v1
				kind: VirtualService
				metadata: {name: v}
				---
				apiVersion: helm.toolkit.fluxcd.io/v2
				kind: HelmRelease
				metadata: {name: h}
				---
				apiVersion: kustomize.config.k8s.io/v1beta1
				kind: Kustomization
				resources: []
				""");

		assertThat(r).extracting(NotSimulated::what).containsExactly("Kustomization", "HelmRelease", "VirtualService", "ConfigMap");
	}

	@Test
	void aPastedKustomizationYamlIsReportedBesideItsError() {
		Engine.Prepared p = new Engine().prepare(List.of(new Source("kustomization.yaml", "resources:\n- web.yaml\n")));

		assertThat(p.errors()).singleElement().satisfies(e -> assertThat(e.fix()).contains("kubectl kustomize"));
		assertThat(p.notSimulated()).singleElement().satisfies(n -> {
			assertThat(n.what()).isEqualTo("kustomization.yaml");
			assertThat(n.effect()).isEqualTo(Effect.BUILD);
			assertThat(n.refs()).singleElement().satisfies(ref -> assertThat(ref.file()).isEqualTo("kustomization.yaml"));
		});
	}

	@Test
	void aKindLessObjectIsAnErrorAndNotAKind() {
		Engine.Prepared p = new Engine().prepare(List.of(new Source("m.yaml", "metadata: {name: web}\nspec: {ports: [{port: 80}]}\n")));

		assertThat(p.errors()).isNotEmpty();
		assertThat(p.notSimulated()).isEmpty();
	}

	@Test
	void helmMarkupInTextThatParsesIsOneEntryWithItsLines() {
		List<NotSimulated> r = report("""
				apiVersion: v1
				kind: Service
				metadata:
				  name: "{{ include "shop.fullname" . }}"
				spec:
				  ports:
				  - port: 80
				    targetPort: "{{ .Values.service.targetPort }}"
				""".replace("\"{{ include \"shop.fullname\" . }}\"", "'{{ include \"shop.fullname\" . }}'"));

		assertThat(r).singleElement().satisfies(n -> {
			assertThat(n.what()).isEqualTo("Helm template");
			assertThat(n.effect()).isEqualTo(Effect.RENDER);
			assertThat(n.count()).isEqualTo(2);
			assertThat(n.refs()).extracting(ref -> ref.line()).containsExactly(4, 8);
			assertThat(n.advice()).contains("helm template RELEASE CHART");
		});
	}
}
