package dev.portpath.sim.route;

import dev.portpath.sim.BadRequestException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Step;

/**
 * {@code kubectl port-forward} (kubectl portforward.go, service_port.go, pod_port.go): one pod is chosen,
 * the port is translated the way kubectl does, and the runtime dials localhost inside the pod. DNS, the
 * Service VIP, kube-proxy, readiness and NetworkPolicy play no part.
 */
final class PortForwards {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	private final RequestParser parser;

	PortForwards(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
		this.parser = c.parser();
	}

	/** Where a trace of port-forward starts: kubectl on the user's machine. */
	static final Point KUBECTL = Point.of(Point.Kind.CLIENT, "", "kubectl", "127.0.0.1", 0, Protocol.TCP);

	Leg forward(Path p, Leg.ToPortForward leg) {
		PortForward pf = leg.portForward();
		String command = "kubectl port-forward " + (pf.namespace().equals("default") ? "" : "-n " + pf.namespace() + " ")
				+ pf.kind().toLowerCase(java.util.Locale.ROOT) + "/" + pf.name() + " :" + pf.port();
		if (pf.kind().equals("Service")) {
			return service(p, pf, command);
		}
		Optional<Pod> byName = pf.kind().equals("Pod") ? parser.podNamed(pf.namespace(), pf.name()) : Optional.empty();
		Workload w = byName.isPresent() ? byName.get().owner() : parser.workload(pf.namespace(), pf.kind(), pf.name());
		Optional<Pod> pod = byName.isPresent() ? byName : parser.firstPod(w);
		if (pod.isEmpty()) {
			return p.fail(Step.PORT_FORWARD, w.name(), w.ref() + " has no pods (replicas: " + w.replicas()
					+ "), so kubectl waits for one (--pod-running-timeout, 60 s) and gives up",
					"scale " + w.ref() + " up", Outcome.NO_ENDPOINTS, "error: timed out waiting for a pod of " + w.ref(),
					Refs.docField(w.doc(), "replicas", "spec"));
		}
		int port;
		if (pf.named()) {
			Optional<ContainerPort> named = byNameAnyProtocol(pod.get(), pf.port());
			if (named.isEmpty()) {
				return p.fail(Step.PORT_FORWARD, pod.get().name(), "pod " + pod.get().name() + " has no port named "
						+ pf.port() + " (kubectl looks in containers, then init containers; they declare "
						+ pod.get().describePorts() + ")", "use a declared port name or number", Outcome.UNDECLARED_PORT,
						"error: Pod '" + pod.get().name() + "' does not have a named port '" + pf.port() + "'",
						Refs.workload(w));
			}
			port = named.get().number();
		}
		else {
			port = Integer.parseInt(pf.port());
		}
		String chosen = byName.isPresent() || w.is("Pod") ? "" : " picks pod " + pod.get().name() + choice(w)
				+ " and";
		p.ok(Step.PORT_FORWARD, pod.get().name() + ":" + port, command + chosen + " tunnels through the API server and"
				+ " kubelet to port " + port + " (no Service, kube-proxy or NetworkPolicy involved)", Refs.workload(w));
		return dial(p, pod.get(), port);
	}

	private String choice(Workload w) {
		int n = cluster.podsOf(w).size();
		return n > 1 ? " (the first of " + n + "; no load balancing, and the session ends if that pod goes away)" : "";
	}

	private Leg service(Path p, PortForward pf, String command) {
		Service svc = cluster.service(pf.namespace(), pf.name())
			.orElseThrow(() -> new BadRequestException("the manifests hold no Service named " + pf.name()
					+ " in namespace " + pf.namespace()));
		if (svc.selector().isEmpty()) {
			return p.fail(Step.PORT_FORWARD, svc.name(), "kubectl port-forward needs pods, and " + svc.ref()
					+ " is defined without a selector (the API server does not proxy to endpoints that are not pods)",
					"port-forward to a pod or workload instead", Outcome.NO_ENDPOINTS,
					"error: cannot attach to *v1.Service: invalid service '" + svc.name()
							+ "': Service is defined without a selector",
					Refs.docField(svc.doc(), "selector", "spec"), Refs.service(svc));
		}
		Optional<ServicePort> sp = pf.named()
				? svc.ports().stream().filter(x -> x.name().equals(pf.port())).findFirst()
				: svc.ports().stream().filter(x -> Integer.toString(x.port()).equals(pf.port())).findFirst();
		if (sp.isEmpty()) {
			return noServicePort(p, pf, svc);
		}
		ServicePort port = sp.get();
		if (port.protocol() == Protocol.UDP) {
			return p.fail(Step.PORT_FORWARD, svc.name(), "port " + port.describe() + " of " + svc.ref()
					+ " is UDP, and kubectl port-forward only forwards TCP", "test UDP from a pod in the cluster",
					Outcome.NO_LISTENER, "error: UDP protocol is not supported for " + port.port(),
					Refs.servicePortField(svc, port, "protocol"));
		}
		List<Pod> pods = endpoints.selected(svc);
		if (pods.isEmpty()) {
			return p.fail(Step.PORT_FORWARD, svc.name(), "selector " + Texts.labels(svc.selector().get())
					+ " of " + svc.ref() + " matches no pod, so kubectl waits for one (60 s) and gives up",
					"make the selector match the pod template labels", Outcome.NO_ENDPOINTS,
					"error: timed out waiting for the condition", Refs.selector(svc));
		}
		Pod pod = pods.stream().min(Comparator.comparing(Pod::name)).get();
		Optional<Target> resolved = target(svc, port, pod);
		if (resolved.isEmpty()) {
			return p.fail(Step.PORT_FORWARD, pod.name(), "targetPort " + port.targetPort().name() + " of " + svc.ref()
					+ " names no port of pod " + pod.name() + " (it declares " + pod.describePorts() + ")",
					"name the container port " + port.targetPort().name() + ", or set targetPort to a number",
					Outcome.UNDECLARED_PORT, "error: Pod '" + pod.name() + "' does not have a named port '"
							+ port.targetPort().name() + "'",
					Refs.servicePortField(svc, port, "targetPort"));
		}
		int target = resolved.get().port();
		String why = resolved.get().why();
		p.ok(Step.PORT_FORWARD, pod.name() + ":" + target, command + " picks pod " + pod.name()
				+ (pods.size() > 1 ? " (the first of " + pods.size() + "; no load balancing)" : "") + " and forwards Service port "
				+ port.port() + " to " + target + " (" + why + "), bypassing the ClusterIP and kube-proxy",
				Refs.targetPort(svc, port), Refs.selector(svc));
		return dial(p, pod, target);
	}

	/** The pod port kubectl forwards a Service port to, and why; empty when a named targetPort is not in the pod. */
	private record Target(int port, String why) {
	}

	private static Optional<Target> target(Service svc, ServicePort port, Pod pod) {
		if (svc.headless()) {
			return Optional.of(new Target(port.port(), "headless Service: kubectl ignores targetPort and uses the Service port "
					+ port.port()));
		}
		if (port.targetPort().named()) {
			return byNameAnyProtocol(pod, port.targetPort().name()).map(named -> new Target(named.number(), "targetPort "
					+ port.targetPort().name() + " is " + named.number() + " in that pod"));
		}
		int target = port.targetPort().number();
		return Optional.of(new Target(target, port.targetPort().defaulted() ? "targetPort is not set, so it is the port " + target
				: "targetPort " + target));
	}

	/** svc/NAME takes a Service port; this one has no such port. */
	private static Leg.Done noServicePort(Path p, PortForward pf, Service svc) {
		String has = svc.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
		return p.fail(Step.PORT_FORWARD, svc.name(), svc.ref() + " has no port " + (pf.named() ? "named " : "") + pf.port()
				+ ": with svc/NAME, kubectl port-forward takes a Service port, and this Service has " + has,
				"use a Service port, e.g. svc/" + svc.name() + " LOCAL:"
						+ (svc.ports().isEmpty() ? "PORT" : svc.ports().get(0).port()),
				Outcome.NO_SUCH_SERVICE_PORT,
				pf.named() ? "error: Service '" + svc.name() + "' does not have a named port '" + pf.port() + "'"
						: "error: Service " + svc.name() + " does not have a service port " + pf.port(),
				Refs.docField(svc.doc(), "ports", "spec"));
	}

	private static Leg dial(Path p, Pod pod, int port) {
		p.ok(Step.POD, "localhost:" + port, "the container runtime dials localhost:" + port + " inside pod " + pod.name()
				+ "'s network namespace (so an app bound only to 127.0.0.1 answers too)", Refs.workload(pod.owner()));
		Destination d = new Destination("tcp", Protocol.TCP, "localhost", port, "");
		Backend b = new Backend(Optional.of(pod), "127.0.0.1", port, pod.nodeName(), true, pod.doc().loc());
		return new Leg.ToDelivery(Optional.empty(), Protocol.TCP, d, b, List.of(b), Optional.empty()); // loopback: no policy
	}

	/** kubectl's LookupContainerPortNumberByName: containers, then all init containers, protocol ignored. */
	private static Optional<ContainerPort> byNameAnyProtocol(Pod pod, String name) {
		List<Container> ordered = new java.util.ArrayList<>(
				pod.containers().stream().filter(c -> c.kind() == Container.Kind.REGULAR).toList());
		ordered.addAll(pod.containers().stream().filter(c -> c.kind() != Container.Kind.REGULAR).toList());
		for (Container c : ordered) {
			for (ContainerPort cp : c.ports()) {
				if (cp.name().equals(name)) {
					return Optional.of(cp);
				}
			}
		}
		return Optional.empty();
	}


}
