package dev.portpath.sim.route;

import java.util.List;

import dev.portpath.sim.model.Pod;

/**
 * The endpoints of one Service port: the usable backends, and what was left out and why (pods whose
 * named targetPort did not resolve, pods not ready).
 */
public record Selection(List<Pod> selected, List<Backend> backends, List<Pod> unresolved, List<Backend> notReady,
		boolean manual) {

	public Selection {
		selected = List.copyOf(selected);
		backends = List.copyOf(backends);
		unresolved = List.copyOf(unresolved);
		notReady = List.copyOf(notReady);
	}
}
