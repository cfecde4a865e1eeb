package dev.portpath.sim.model;

import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * A {@code ports[]} entry of a container. {@code name} is empty when unnamed; {@code hostPort} is 0
 * when unset (hostNetwork pods have it defaulted to {@code number}, as the API server does).
 */
public record ContainerPort(String name, int number, Protocol protocol, int hostPort, String hostIP, YNode node,
		String path) {

	public String describe() {
		return (name.isEmpty() ? "" : name + " ") + number + "/" + protocol;
	}
}
