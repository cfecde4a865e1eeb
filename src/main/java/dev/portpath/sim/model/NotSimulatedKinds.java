package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.DocShape;
import dev.portpath.sim.parse.Templates;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.NotSimulated.Effect;
import dev.portpath.sim.trace.Ref;

/**
 * Says what PortPath read but did not simulate ({@link Cluster#notSimulated()}, and Helm template markup in the
 * text), grouped by kind, with what it means for a trace and what to do. Most kinds in a dump change nothing
 * about where a request goes (ConfigMaps, Secrets, RBAC) and are named in one line; inputs to build tools
 * (kustomize, Helm, Flux, Argo CD) and kinds that do route requests (a mesh, another policy engine) come first.
 */
public final class NotSimulatedKinds {

	/** The most lines kept for one kind: enough to find them, bounded for a dump of thousands. */
	static final int MAX_REFS = 10;

	static final String KUSTOMIZATION_MESSAGE = "an input to kustomize, not an object: what a cluster gets is the objects"
			+ " it builds, with its name prefixes, labels and patches applied";

	static final String KUSTOMIZE_ADVICE = "run `kubectl kustomize DIR` (or `kustomize build DIR`) and paste the output";

	/** Groups whose kinds route, filter or address traffic in ways PortPath does not follow, with the product. */
	private static final Map<String, String> ROUTING_GROUPS = Map.ofEntries(Map.entry("networking.istio.io", "Istio"),
			Map.entry("security.istio.io", "Istio"), Map.entry("cilium.io", "Cilium"),
			Map.entry("crd.projectcalico.org", "Calico"), Map.entry("projectcalico.org", "Calico"),
			Map.entry("policy.networking.k8s.io", "AdminNetworkPolicy"), Map.entry("traefik.io", "Traefik"),
			Map.entry("traefik.containo.us", "Traefik"), Map.entry("projectcontour.io", "Contour"),
			Map.entry("getambassador.io", "Emissary-ingress"), Map.entry("configuration.konghq.com", "Kong"),
			Map.entry("policy.linkerd.io", "Linkerd"), Map.entry("gateway.envoyproxy.io", "Envoy Gateway"),
			Map.entry("k8s.nginx.org", "NGINX Ingress Controller"), Map.entry("metallb.io", "MetalLB"),
			Map.entry("multicluster.x-k8s.io", "multi-cluster Services"), Map.entry("serving.knative.dev", "Knative"),
			Map.entry("networking.internal.knative.dev", "Knative"),
			Map.entry("gateway.networking.k8s.io", "the Gateway API"),
			Map.entry("gateway.networking.x-k8s.io", "the Gateway API"));

	/** Kinds whose controller makes pods PortPath does not create, by group. */
	private static final Set<String> POD_MAKERS = Set.of("argoproj.io/Rollout", "monitoring.coreos.com/Prometheus",
			"monitoring.coreos.com/Alertmanager", "monitoring.coreos.com/ThanosRuler", "monitoring.coreos.com/PrometheusAgent");

	/** Kinds with no effect on where a request goes, common in dumps; by kind, whatever the group. */
	private static final Set<String> NO_EFFECT = Set.of("ConfigMap", "Secret", "ServiceAccount", "Role", "RoleBinding",
			"ClusterRole", "ClusterRoleBinding", "PersistentVolumeClaim", "PersistentVolume", "StorageClass",
			"VolumeAttachment", "CSIDriver", "CSINode", "HorizontalPodAutoscaler", "VerticalPodAutoscaler",
			"PodDisruptionBudget", "LimitRange", "ResourceQuota", "PriorityClass", "RuntimeClass",
			"CustomResourceDefinition", "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
			"ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding", "MutatingAdmissionPolicy",
			"MutatingAdmissionPolicyBinding", "APIService", "PodTemplate", "ControllerRevision", "Event", "Lease",
			"CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration", "PodSecurityPolicy", "Certificate",
			"CertificateRequest", "Issuer", "ClusterIssuer", "Order", "Challenge", "ServiceMonitor", "PodMonitor",
			"PrometheusRule", "Probe", "AlertmanagerConfig", "ScrapeConfig", "ScaledObject", "ScaledJob",
			"TriggerAuthentication", "ClusterTriggerAuthentication", "SealedSecret", "ExternalSecret", "SecretStore",
			"ClusterSecretStore", "VolumeSnapshot", "VolumeSnapshotClass", "VolumeSnapshotContent");

	private NotSimulatedKinds() {
	}

	/** A kind (or kind of text) with what it means; the key that groups objects into one entry. */
	private record Kind(String what, String group, Effect effect, String message, String advice) {
	}

	/** The report for the objects the model left out and the Helm markup found in the text, most important first. */
	public static List<NotSimulated> report(List<Doc> notSimulated, List<Templates.Mark> helmMarkup) {
		// keyed by text, not by the record: a record's hashCode is bootstrapped on first use, which a cold command
		// line pays for (issue 9)
		Map<String, Group> groups = new LinkedHashMap<>();
		if (!helmMarkup.isEmpty()) {
			Kind k = new Kind("Helm template", "", Effect.RENDER, "template markup such as " + helmMarkup.get(0).markup()
					+ " is read as it is written, not as Helm renders it, so names, ports and labels are not the ones a"
					+ " cluster gets", Templates.HELM_ADVICE);
			helmMarkup.forEach(m -> add(groups, k, new Ref(m.loc().file(), m.loc().line(), "")));
		}
		for (Doc d : notSimulated) {
			Kind k = classify(d);
			if (k != null) {
				add(groups, k, new Ref(d.file(), d.loc().line(), d.kind().isEmpty() ? "" : d.id()));
			}
		}
		List<NotSimulated> out = new ArrayList<>();
		for (Group g : groups.values()) {
			Kind k = g.kind;
			out.add(new NotSimulated(k.what(), k.group(), k.effect(), g.count, g.refs, k.message(), k.advice()));
		}
		out.sort(Comparator.comparing(NotSimulated::effect)); // stable: within an effect, first met first
		return out;
	}

	/** The objects of one kind met so far. */
	private static final class Group {

		final Kind kind;

		final List<Ref> refs = new ArrayList<>();

		int count;

		Group(Kind kind) {
			this.kind = kind;
		}
	}

	private static void add(Map<String, Group> groups, Kind k, Ref ref) {
		Group g = groups.computeIfAbsent(k.effect() + "\n" + k.group() + "\n" + k.what(), x -> new Group(k));
		if (g.refs.size() < MAX_REFS) {
			g.refs.add(ref);
		}
		g.count++;
	}

	/** What an object the model left out is; null for one without kind that is no known file (an API error says it). */
	static @org.jspecify.annotations.Nullable Kind classify(Doc d) {
		String group = d.apiVersion().contains("/") ? d.apiVersion().substring(0, d.apiVersion().lastIndexOf('/')) : "";
		String kind = d.kind();
		if (kind.isEmpty()) {
			return switch (DocShape.of(d.root())) {
				case KUSTOMIZATION -> new Kind("kustomization.yaml", "", Effect.BUILD,
						KUSTOMIZATION_MESSAGE, KUSTOMIZE_ADVICE);
				case HELM_CHART -> new Kind("Chart.yaml", "", Effect.RENDER,
						"a Helm chart's Chart.yaml: Helm renders the chart's templates into objects", Templates.HELM_ADVICE);
				default -> null;
			};
		}
		Kind build = build(group, kind);
		if (build != null) {
			return build;
		}
		if (ROUTING_GROUPS.containsKey(group) && !NO_EFFECT.contains(kind)) {
			return new Kind(kind, group, Effect.ROUTING, "it can change where a request goes, and PortPath follows only Kubernetes Services,"
					+ " Ingress, the Gateway API's Gateways and routes, and NetworkPolicy",
					"a trace here shows Kubernetes' own routing; " + ROUTING_GROUPS.get(group)
							+ " may send, rewrite or drop the request differently");
		}
		if (POD_MAKERS.contains(group + "/" + kind)) {
			return new Kind(kind, group, Effect.PODS, "its controller makes pods that PortPath does not create, so a Service"
					+ " that selects them finds none here",
					"paste the pods as they run (`kubectl get pods -o yaml`) with the manifests");
		}
		if (NO_EFFECT.contains(kind)) {
			return new Kind(kind, group, Effect.NONE, "it does not change where a request goes", "");
		}
		return new Kind(kind, group, Effect.UNKNOWN, "PortPath does not know what its controller does, and assumes it does not"
				+ " change where a request goes",
				"if it makes pods or routes requests, paste what it makes (`kubectl get pods,svc,endpointslices -o yaml`)");
	}

	/** Inputs to kustomize, Helm, Flux and Argo CD, or null. */
	private static @org.jspecify.annotations.Nullable Kind build(String group, String kind) {
		String key = group + "/" + kind;
		return switch (key) {
			case "kustomize.config.k8s.io/Kustomization", "kustomize.config.k8s.io/Component" -> new Kind(kind, group,
					Effect.BUILD, KUSTOMIZATION_MESSAGE, KUSTOMIZE_ADVICE);
			case "kustomize.toolkit.fluxcd.io/Kustomization" -> new Kind(kind, group, Effect.BUILD,
					"Flux builds and applies the kustomization at its spec.path; PortPath reads only the objects",
					"run `kubectl kustomize PATH` on its spec.path (or `flux build kustomization NAME --path PATH`) and paste"
							+ " the output");
			case "helm.toolkit.fluxcd.io/HelmRelease", "helm.cattle.io/HelmChart" -> new Kind(kind, group, Effect.RENDER,
					"a Helm release: its controller renders a chart into objects, and PortPath reads only objects",
					Templates.HELM_ADVICE);
			case "argoproj.io/Application", "argoproj.io/ApplicationSet" -> new Kind(kind, group, Effect.BUILD,
					"Argo CD deploys objects from its source; PortPath reads only the objects",
					"paste what it deploys: `argocd app manifests NAME`, or `kubectl kustomize` / `helm template` on its source");
			default -> null;
		};
	}
}
