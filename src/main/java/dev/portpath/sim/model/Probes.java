package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.List;

import dev.portpath.sim.parse.YNode;

/**
 * Probes that name a port the container does not declare. The kubelet resolves a probe's port name
 * in its own container only; when it is missing the probe fails every time.
 */
public final class Probes {

	private static final List<String> PROBES = List.of("readinessProbe", "livenessProbe", "startupProbe");

	private static final List<String> HANDLERS = List.of("httpGet", "tcpSocket", "grpc");

	private Probes() {
	}

	/** A probe whose named port is not declared: which probe, which handler, the name, and its node. */
	public record Undeclared(Container container, String probe, String handler, String port, YNode node) {

		public String path() {
			return container.path() + "." + probe + "." + handler + ".port";
		}

		/** A failing readiness or startup probe keeps the pod from ever becoming Ready. */
		public boolean blocksReadiness() {
			return !probe.equals("livenessProbe");
		}
	}

	public static List<Undeclared> undeclared(Container c) {
		List<Undeclared> out = new ArrayList<>();
		for (String probe : PROBES) {
			for (String handler : HANDLERS) {
				YNode port = c.node().path(probe, handler, "port");
				if (port.integer().isEmpty() && port.text().isPresent()
						&& c.ports().stream().noneMatch(p -> p.name().equals(port.text().get()))) {
					out.add(new Undeclared(c, probe, handler, port.text().get(), port));
				}
			}
		}
		return out;
	}
}
