package dev.portpath.sim.route;

import java.util.List;

import dev.portpath.sim.model.EndpointSlice;

import dev.portpath.sim.model.Pod;

/**
 * The endpoints of one Service port: the usable (ready) backends, and what was left out and why (pods whose
 * named targetPort did not resolve, pods not ready). {@code terminating} are the not-ready endpoints that
 * still serve while their pods shut down: kube-proxy falls back to them when no endpoint is ready.
 * {@code manual} is true for a selectorless Service's slices; {@code observed} when the endpoints come from the
 * EndpointSlices the cluster's controller wrote (a dump), which kube-proxy uses as they stand.
 */
public record Selection(List<Pod> selected, List<Backend> backends, List<Pod> unresolved, List<Backend> notReady,
		boolean manual, List<Backend> terminating, List<EndpointSlice> observed) {

	public Selection {
		selected = List.copyOf(selected);
		backends = List.copyOf(backends);
		unresolved = List.copyOf(unresolved);
		notReady = List.copyOf(notReady);
		terminating = List.copyOf(terminating);
		observed = List.copyOf(observed);
	}

	/** True when the endpoints are those of EndpointSlices the cluster wrote, not computed from the selector. */
	public boolean fromObservedSlices() {
		return !observed.isEmpty();
	}
}
