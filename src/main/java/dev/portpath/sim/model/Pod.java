package dev.portpath.sim.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * A pod as it would run: its name (deterministic), IP, node, labels (including those controllers add),
 * containers in spec order, and the workload that made it. {@code notReadyBecause} says why a pod
 * that is not Ready is not (empty when it is Ready). {@code ipAssumed} is true when PortPath made the IP up
 * (the manifests give no status.podIP, or the node's address is not written).
 */
public record Pod(String namespace, String name, String ip, String nodeName, Map<String, String> labels,
		List<Container> containers, boolean hostNetwork, String dnsPolicy, String hostname, String subdomain,
		boolean ready, String notReadyBecause, Workload owner, YNode spec, boolean ipAssumed) {

	public Pod {
		labels = LabelMap.of(labels); // sorted: output is deterministic; replicas share their template's
		containers = List.copyOf(containers);
	}

	public String ref() {
		return namespace + "/" + name;
	}

	/** Containers that are running while the pod serves: regular containers and sidecars. */
	public List<Container> running() {
		return containers.stream().filter(Container::running).toList();
	}

	public boolean declaresNoPorts() {
		return running().stream().allMatch(c -> c.ports().isEmpty());
	}

	/** Every declared port, e.g. {@code http 8080/TCP, 9090/TCP}, or "no ports". */
	public String describePorts() {
		String s = containers.stream()
			.flatMap(c -> c.ports().stream())
			.map(ContainerPort::describe)
			.collect(java.util.stream.Collectors.joining(", "));
		return s.isEmpty() ? "no ports" : s;
	}

	/** The first running container that declares {@code number/protocol}. */
	public Optional<Found> declared(int number, Protocol protocol) {
		for (Container c : running()) {
			for (ContainerPort p : c.ports()) {
				if (p.number() == number && p.protocol().equals(protocol)) {
					return Optional.of(new Found(c, p));
				}
			}
		}
		return Optional.empty();
	}

	/** A container port found in a pod. */
	public record Found(Container container, ContainerPort port) {
	}
}
