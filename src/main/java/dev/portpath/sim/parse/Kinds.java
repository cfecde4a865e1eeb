package dev.portpath.sim.parse;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The kinds PortPath knows by name: the apiVersion a current cluster serves each at (what to tell someone who
 * left it out), and which of them the engine simulates. One table, so that the model and the validator never
 * disagree about a kind's group.
 */
public final class Kinds {

	/** Kind to the apiVersion that {@code kubectl explain} shows for it today. */
	private static final Map<String, String> API_VERSIONS = Map.ofEntries(Map.entry("Pod", "v1"),
			Map.entry("Service", "v1"), Map.entry("Endpoints", "v1"), Map.entry("Namespace", "v1"),
			Map.entry("Node", "v1"), Map.entry("ConfigMap", "v1"), Map.entry("Secret", "v1"),
			Map.entry("ServiceAccount", "v1"), Map.entry("ReplicationController", "v1"), Map.entry("PodTemplate", "v1"),
			Map.entry("PersistentVolumeClaim", "v1"), Map.entry("Deployment", "apps/v1"),
			Map.entry("StatefulSet", "apps/v1"), Map.entry("DaemonSet", "apps/v1"), Map.entry("ReplicaSet", "apps/v1"),
			Map.entry("Job", "batch/v1"), Map.entry("CronJob", "batch/v1"),
			Map.entry("HorizontalPodAutoscaler", "autoscaling/v2"), Map.entry("EndpointSlice", "discovery.k8s.io/v1"),
			Map.entry("Ingress", "networking.k8s.io/v1"), Map.entry("IngressClass", "networking.k8s.io/v1"),
			Map.entry("NetworkPolicy", "networking.k8s.io/v1"), Map.entry("Gateway", "gateway.networking.k8s.io/v1"),
			Map.entry("GatewayClass", "gateway.networking.k8s.io/v1"),
			Map.entry("HTTPRoute", "gateway.networking.k8s.io/v1"), Map.entry("GRPCRoute", "gateway.networking.k8s.io/v1"),
			Map.entry("ReferenceGrant", "gateway.networking.k8s.io/v1beta1"),
			Map.entry("TCPRoute", "gateway.networking.k8s.io/v1alpha2"),
			Map.entry("TLSRoute", "gateway.networking.k8s.io/v1alpha2"),
			Map.entry("UDPRoute", "gateway.networking.k8s.io/v1alpha2"));

	/** The Gateway API route kinds. */
	public static final Set<String> ROUTES = Set.of("HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "UDPRoute");

	/** These kinds and the route kinds, as one set. */
	public static Set<String> withRoutes(String... kinds) {
		Set<String> all = new HashSet<>(ROUTES);
		Collections.addAll(all, kinds);
		return Set.copyOf(all);
	}

	/** The kinds the engine builds a model of. */
	private static final Set<String> SIMULATED = withRoutes("Pod", "Service", "Endpoints", "Namespace", "Node",
			"ReplicationController", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob",
			"EndpointSlice", "Ingress", "IngressClass", "NetworkPolicy", "Gateway", "GatewayClass", "ReferenceGrant");

	private static final Map<String, String> SIMULATED_GROUPS = SIMULATED.stream()
		.collect(java.util.stream.Collectors.toUnmodifiableMap(k -> k, k -> group(Objects.requireNonNull(API_VERSIONS.get(k)))));

	private Kinds() {
	}

	/** The apiVersion to write for this kind, or null for a kind PortPath does not know. */
	public static @Nullable String apiVersion(String kind) {
		return API_VERSIONS.get(kind);
	}

	/** The API group of a kind the engine simulates ("" for the core group), or null for any other kind. */
	private static @Nullable String simulatedGroup(String kind) {
		return SIMULATED_GROUPS.get(kind);
	}

	/**
	 * Whether the kind is one the engine simulates, written in its own group (any version), or is not simulated
	 * at all. False for a simulated kind's name in another group: Istio's Gateway, Knative's Service.
	 */
	public static boolean inSimulatedGroup(String kind, String apiVersion) {
		String expected = simulatedGroup(kind);
		if (expected == null) {
			return true;
		}
		int slash = apiVersion.lastIndexOf('/');
		return expected.isEmpty() ? slash < 0 : slash == expected.length() && apiVersion.startsWith(expected);
	}

	/** The group part of an apiVersion: "apps" of apps/v1, "" of v1. */
	private static String group(String apiVersion) {
		int slash = apiVersion.lastIndexOf('/');
		return slash < 0 ? "" : apiVersion.substring(0, slash);
	}

}
