package dev.portpath.sim.model;

import java.util.List;

import dev.portpath.sim.parse.YNode;

/** A container of a pod template; {@code path} is its field path, e.g. {@code spec.template.spec.containers[0]}. */
public record Container(String name, Kind kind, List<ContainerPort> ports, YNode node, String path) {

	/** Regular containers, sidecars (init containers with restartPolicy Always, 1.33+) and plain init containers. */
	public enum Kind {
		REGULAR, SIDECAR, INIT
	}

	public Container {
		ports = List.copyOf(ports);
	}

	/** Running containers listen for traffic; plain init containers have exited before the pod is Running. */
	public boolean running() {
		return kind != Kind.INIT;
	}
}
