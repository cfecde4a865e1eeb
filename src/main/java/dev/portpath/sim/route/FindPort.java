package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Protocol;

/**
 * The EndpointSlice controller's FindPort (k8s.io/endpointslice utils.go): a numeric targetPort is used
 * as-is; a name is looked up by name AND protocol in spec.containers in order, then in init containers
 * with restartPolicy Always (sidecars, since v1.33); plain init containers are never searched.
 */
public final class FindPort {

	private FindPort() {
	}

	/** The port a Service port reaches on a pod, if it resolves there. */
	public static Optional<Resolved> find(Pod pod, ServicePort sp) {
		if (!sp.targetPort().named()) {
			return Optional.of(new Resolved(sp.targetPort().number(), Optional.empty()));
		}
		return byName(pod, sp.targetPort().name(), sp.protocol());
	}

	public static Optional<Resolved> byName(Pod pod, String name, Protocol protocol) {
		for (Container.Kind kind : new Container.Kind[] { Container.Kind.REGULAR, Container.Kind.SIDECAR }) {
			for (Container c : pod.containers()) {
				if (c.kind() != kind) {
					continue;
				}
				for (ContainerPort p : c.ports()) {
					if (p.name().equals(name) && p.protocol().equals(protocol)) {
						return Optional.of(new Resolved(p.number(), Optional.of(new Pod.Found(c, p))));
					}
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The ports a Service port's targetPort means on these pods (FindPort per pod, in pod order). For a
	 * headless Service nothing applies them, so a client that dials the Service port reaches the pod on that
	 * port instead: decided here for the trace and for check alike.
	 */
	public static java.util.Set<Integer> targets(ServicePort port, java.util.Collection<Pod> pods) {
		java.util.Set<Integer> targets = new java.util.LinkedHashSet<>();
		for (Pod pod : pods) {
			find(pod, port).ifPresent(r -> targets.add(r.port()));
		}
		return targets;
	}

	/** A port name declared with another protocol, or only on a plain init container: why a name did not resolve. */
	public static Optional<Pod.Found> nearMiss(Pod pod, String name) {
		for (Container c : pod.containers()) {
			for (ContainerPort p : c.ports()) {
				if (p.name().equals(name)) {
					return Optional.of(new Pod.Found(c, p));
				}
			}
		}
		return Optional.empty();
	}

	/** The resolved number, and the declaration it came from when it was a name. */
	public record Resolved(int port, Optional<Pod.Found> declaredBy) {
	}
}
