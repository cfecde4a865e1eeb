package dev.portpath.sim.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.parse.Doc;

/** The simulated cluster: everything routing needs, built once from the manifests. */
public record Cluster(List<Doc> docs, Set<String> namespaces, Map<String, Map<String, String>> namespaceLabels,
		List<Node> nodes, List<Workload> workloads, List<Pod> pods, List<Service> services, List<EndpointSlice> slices,
		Networking networking, List<Doc> notSimulated) {

	/** What sits in front of Services and around pods: Ingresses, Gateways, routes and policies. */
	public record Networking(List<Ingress> ingresses, List<IngressClass> ingressClasses, List<Gateway> gateways,
			List<Route> routes, List<ReferenceGrant> referenceGrants, List<NetworkPolicy> policies) {

		public Networking {
			ingresses = List.copyOf(ingresses);
			ingressClasses = List.copyOf(ingressClasses);
			gateways = List.copyOf(gateways);
			routes = List.copyOf(routes);
			referenceGrants = List.copyOf(referenceGrants);
			policies = List.copyOf(policies);
		}
	}

	public Cluster {
		docs = List.copyOf(docs);
		namespaces = java.util.Collections.unmodifiableSet(new java.util.TreeSet<>(namespaces));
		namespaceLabels = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(namespaceLabels));
		nodes = List.copyOf(nodes);
		workloads = List.copyOf(workloads);
		pods = List.copyOf(pods);
		services = List.copyOf(services);
		slices = List.copyOf(slices);
		notSimulated = List.copyOf(notSimulated);
	}

	/** A namespace's labels, including kubernetes.io/metadata.name, which the API server sets on every namespace. */
	public Map<String, String> labelsOf(String namespace) {
		return namespaceLabels.getOrDefault(namespace, Map.of("kubernetes.io/metadata.name", namespace));
	}

	public Optional<Service> service(String namespace, String name) {
		return services.stream().filter(s -> s.namespace().equals(namespace) && s.name().equals(name)).findFirst();
	}

	public List<Pod> podsOf(Workload w) {
		return pods.stream().filter(p -> p.owner() == w).toList();
	}

	public Optional<Node> node(String name) {
		return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
	}

	public List<EndpointSlice> slicesFor(Service s) {
		return slices.stream()
			.filter(e -> e.namespace().equals(s.namespace()) && e.serviceName().equals(s.name()))
			.toList();
	}
}
