package dev.portpath.sim.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * A pod as it runs or would run: its name, IP, node, labels (including those controllers add), containers
 * in spec order, and the workload that made it. {@code notReadyBecause} says why a pod that is not Ready is
 * not (empty when it is Ready). {@code ipAssumed} is true when PortPath made the IP up (the manifests give no
 * status.podIP, or the node's address is not written). {@code doc} and {@code specPath} say where its spec
 * is written: the workload's template for a pod PortPath makes, the Pod object itself for one the manifests
 * hold ({@code observed}, as {@code kubectl get pods -o yaml} prints it). {@code ip} is empty for a pod
 * without an address (not yet scheduled, or finished), which is never an endpoint; {@code terminating} is
 * true when its deletionTimestamp is set.
 */
public record Pod(String namespace, String name, String ip, String nodeName, Map<String, String> labels,
		List<Container> containers, boolean hostNetwork, String dnsPolicy, String hostname, String subdomain,
		boolean ready, String notReadyBecause, Workload owner, YNode spec, boolean ipAssumed, Doc doc,
		String specPath, boolean observed, boolean terminating) {

	public Pod {
		labels = LabelMap.of(labels); // sorted: output is deterministic; replicas share their template's
		containers = List.copyOf(containers);
	}

	/** A pod PortPath makes from its workload's template. */
	public Pod(String namespace, String name, String ip, String nodeName, Map<String, String> labels,
			List<Container> containers, boolean hostNetwork, String dnsPolicy, String hostname, String subdomain,
			boolean ready, String notReadyBecause, Workload owner, YNode spec, boolean ipAssumed) {
		this(namespace, name, ip, nodeName, labels, containers, hostNetwork, dnsPolicy, hostname, subdomain, ready,
				notReadyBecause, owner, spec, ipAssumed, owner.doc(), owner.templatePath(), false, false);
	}

	/** The object where this pod's spec is written, as kind/namespace/name: the prefix of its field paths. */
	public String id() {
		return doc.kind() + "/" + doc.namespace() + "/" + doc.name();
	}

	/** Whether the pod has an address, so that it can be an endpoint at all. */
	public boolean addressed() {
		return !ip.isEmpty();
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
