package dev.portpath.practice;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Trace;

/**
 * What the trace of a working app says about its path, as places in its manifests where a bug can be
 * seeded: the Service port the request uses, its selector, the container port it lands on, the Ingress
 * or route backend, the nodePort, the StatefulSet's serviceName, the policy that lets it in, and the
 * client. Every place is a reference path ({@code Kind/namespace/name/field.path}), read from the hops'
 * typed sides and line references, so it stays valid in a copy of the manifests.
 */
record Facts(Trace trace, Endpoint delivered, Client client, Optional<String> servicePort, Optional<String> service,
		Optional<String> containerPort, Optional<String> workload, Optional<String> backend, Optional<String> nodePort,
		Optional<String> serviceName, Optional<String> policy, boolean throughKubeProxy, boolean byName) {

	/** Where the request starts: a pod in the cluster (shell or a workload's), or outside. */
	record Client(String namespace, String kind, String name, boolean inCluster) {

		boolean shell() {
			return kind.equals("shell");
		}
	}

	private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("pod", "Pod"), Map.entry("po", "Pod"),
			Map.entry("deployment", "Deployment"), Map.entry("deploy", "Deployment"), Map.entry("statefulset", "StatefulSet"),
			Map.entry("sts", "StatefulSet"), Map.entry("daemonset", "DaemonSet"), Map.entry("ds", "DaemonSet"),
			Map.entry("replicaset", "ReplicaSet"), Map.entry("rs", "ReplicaSet"), Map.entry("job", "Job"));

	static Client client(String from) {
		String f = from.strip();
		if (f.isEmpty() || f.equals("shell")) {
			return new Client("default", "shell", "shell", true);
		}
		if (f.equals("node") || f.equals("external")) {
			return new Client("", f, f, false);
		}
		String[] p = f.split("/");
		if (p.length == 2 && p[1].equals("shell")) {
			return new Client(p[0], "shell", "shell", true);
		}
		String ns = p.length == 3 ? p[0] : "default";
		String kind = KINDS.get(p[p.length - 2].toLowerCase(Locale.ROOT));
		return kind == null ? new Client("", "unknown", f, false) : new Client(ns, kind, p[p.length - 1], true);
	}

	/** The facts of a delivered trace; empty when the request was not delivered. */
	static Optional<Facts> of(Trace t, Manifests m) {
		if (t.delivered().isEmpty()) {
			return Optional.empty();
		}
		Endpoint e = t.delivered().get();
		Optional<String> service = Optional.empty();
		Optional<String> servicePort = Optional.empty();
		for (Hop h : t.hops()) {
			Point p = h.target();
			if (p.kind() == Point.Kind.SERVICE && !p.name().isEmpty()) {
				service = m.find("Service", p.namespace(), p.name()).map(o -> "Service/" + o.namespace() + "/" + o.name());
				servicePort = service.flatMap(s -> portEntry(m, s, p.port(), p.protocol()));
				break;
			}
		}
		if (service.isEmpty()) { // a headless Service is reached by DNS: the dns hop names it
			service = refs(t, Step.DNS).stream().filter(r -> r.startsWith("Service/") && r.split("/").length == 3)
				.findFirst();
		}
		Optional<String> containerPort = refs(t, Step.CONTAINER).stream().filter(r -> r.endsWith(".containerPort"))
			.map(Manifests::parent).findFirst();
		Optional<String> workload = containerPort.map(r -> String.join("/", List.of(r.split("/", 4)).subList(0, 3)));
		Optional<String> backend = refs(t, Step.SERVICE).stream()
			.filter(r -> r.startsWith("Ingress/") || r.startsWith("HTTPRoute/") || r.startsWith("GRPCRoute/"))
			.map(r -> r.startsWith("Ingress/") && r.endsWith(".port.name") || r.endsWith(".port.number")
					? Manifests.parent(r) : r)
			.findFirst();
		Optional<String> nodePort = refs(t, Step.NODEPORT).stream().filter(r -> r.endsWith(".nodePort")).findFirst();
		Optional<String> serviceName = refs(t, Step.DNS).stream().filter(r -> r.endsWith("spec.serviceName")).findFirst();
		Optional<String> policy = refs(t, Step.NETWORKPOLICY).stream().filter(r -> r.startsWith("NetworkPolicy/"))
			.map(r -> String.join("/", List.of(r.split("/", 4)).subList(0, 3))).findFirst();
		boolean kubeProxy = t.hops().stream().anyMatch(h -> h.step() == Step.KUBE_PROXY);
		boolean byName = !t.hops().isEmpty() && t.hops().get(0).step() == Step.DNS
				&& t.hops().get(0).source().kind() == Point.Kind.CLIENT;
		return Optional.of(new Facts(t, e, client(t.request().from()), servicePort, service, containerPort, workload,
				backend, nodePort, serviceName, policy, kubeProxy, byName));
	}

	private static List<String> refs(Trace t, Step step) {
		return t.hops().stream().filter(h -> h.step() == step).flatMap(h -> h.refs().stream()).map(Ref::path).toList();
	}

	/** The reference path of the Service's port entry with that number and protocol. */
	private static Optional<String> portEntry(Manifests m, String service, int port, Protocol protocol) {
		return m.locate(service).flatMap(l -> {
			List<Object> ports = Manifests.list(Manifests.get(l.obj().doc(), "spec.ports"));
			if (ports == null) {
				return Optional.empty();
			}
			for (int i = 0; i < ports.size(); i++) {
				Map<String, Object> p = Manifests.map(ports.get(i));
				if (p != null && p.get("port") instanceof Integer n && n == port
						&& protocolOf(p).equals(protocol.name())) {
					return Optional.of(service + "/spec.ports[" + i + "]");
				}
			}
			return Optional.empty();
		});
	}

	static String protocolOf(Map<String, Object> port) {
		String p = Manifests.str(port.get("protocol"));
		return p.isEmpty() ? "TCP" : p;
	}

	/** The pod spec path of a workload reference ({@code Deployment/ns/name}), by its kind. */
	static String podSpec(String workloadRef) {
		String kind = workloadRef.substring(0, workloadRef.indexOf('/'));
		return switch (kind) {
			case "Pod" -> "spec";
			case "CronJob" -> "spec.jobTemplate.spec.template.spec";
			default -> "spec.template.spec";
		};
	}

	/** The path of the pod template's labels of a workload reference. */
	static String podLabels(String workloadRef) {
		String spec = podSpec(workloadRef);
		return spec.equals("spec") ? "metadata.labels" : spec.substring(0, spec.length() - ".spec".length()) + ".metadata.labels";
	}

	String protocolName() {
		return trace.hops().stream().map(Hop::target).filter(p -> p.port() > 0).findFirst().map(p -> p.protocol().name())
			.orElse("TCP");
	}

	boolean http() {
		String to = trace.request().to();
		return to.startsWith("http://") || to.startsWith("https://");
	}
}
