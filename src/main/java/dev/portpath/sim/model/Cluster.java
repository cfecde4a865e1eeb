package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.parse.Doc;

/** The simulated cluster: everything routing needs, built once from the manifests. */
public record Cluster(List<Doc> docs, Set<String> namespaces, List<Node> nodes, List<Workload> workloads,
		List<Pod> pods, List<Service> services, List<EndpointSlice> slices, List<Doc> notSimulated) {

	public Cluster {
		docs = List.copyOf(docs);
		namespaces = Set.copyOf(namespaces);
		nodes = List.copyOf(nodes);
		workloads = List.copyOf(workloads);
		pods = List.copyOf(pods);
		services = List.copyOf(services);
		slices = List.copyOf(slices);
		notSimulated = List.copyOf(notSimulated);
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
