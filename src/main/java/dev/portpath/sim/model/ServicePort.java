package dev.portpath.sim.model;

import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/** One {@code spec.ports[i]} of a Service; {@code nodePort} is 0 when none is allocated. */
public record ServicePort(int index, String name, Protocol protocol, int port, TargetPort targetPort, int nodePort,
		YNode node) {

	public String path() {
		return "spec.ports[" + index + "]";
	}

	/** {@code web:80/TCP} style label, with the name when there is one. */
	public String describe() {
		return port + "/" + protocol + (name.isEmpty() ? "" : " (" + name + ")");
	}
}
