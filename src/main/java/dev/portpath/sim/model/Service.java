package dev.portpath.sim.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;

/**
 * A Service after API-server defaulting: type, ClusterIP (allocated when not written, empty for headless
 * and ExternalName), selector (empty when absent or {}, which means no automatic endpoints), ports.
 */
public record Service(String namespace, String name, ServiceType type, String clusterIP, boolean headless,
		Optional<Map<String, String>> selector, List<ServicePort> ports, List<String> externalIPs,
		List<String> loadBalancerIPs, List<String> loadBalancerHostnames, String externalName, String sessionAffinity,
		TrafficPolicy externalTrafficPolicy, TrafficPolicy internalTrafficPolicy, boolean publishNotReadyAddresses, Doc doc) {

	public Service {
		ports = List.copyOf(ports);
		externalIPs = List.copyOf(externalIPs);
		loadBalancerIPs = List.copyOf(loadBalancerIPs);
		loadBalancerHostnames = List.copyOf(loadBalancerHostnames);
	}

	public String ref() {
		return "Service " + namespace + "/" + name;
	}

	public String id() {
		return "Service/" + namespace + "/" + name;
	}

	/**
	 * The Service every cluster has for its API server, default/kubernetes: it has no selector, and the API
	 * server itself writes its endpoints (its own addresses, port 6443 on most clusters) into the EndpointSlice
	 * of the same name (the reconciler in pkg/controlplane). Nothing in the manifests is expected to feed it.
	 */
	public boolean isApiServer() {
		return namespace.equals("default") && name.equals("kubernetes") && selector.isEmpty() && !isExternalName();
	}

	public boolean isExternalName() {
		return type == ServiceType.EXTERNAL_NAME;
	}

	public boolean hasNodePorts() {
		return type == ServiceType.NODE_PORT || type == ServiceType.LOAD_BALANCER;
	}

	public String fqdn() {
		return name + "." + namespace + ".svc.cluster.local";
	}
}
