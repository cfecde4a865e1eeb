package dev.portpath.sim.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.Workload;

/**
 * Why a Service's selector matches no pod, in the order a person would check: the workload it matches is
 * scaled to zero, the workload is in another namespace, or one label is off (a near miss). Shared by
 * the tracer and by check so that both say the same thing.
 */
public record SelectorDiagnosis(Kind kind, Optional<Workload> workload, Optional<Labels.NearMiss> nearMiss) {

	public enum Kind {
		SCALED_TO_ZERO, OTHER_NAMESPACE, NEAR_MISS, NO_MATCH
	}

	public static SelectorDiagnosis of(Cluster cluster, Service svc) {
		Map<String, String> selector = svc.selector().orElse(Map.of());
		List<Workload> sameLabels = cluster.workloadsWithLabels(selector);
		Optional<Workload> scaledDown = sameLabels.stream()
			.filter(w -> w.namespace().equals(svc.namespace()) && w.replicas() == 0)
			.findFirst();
		if (scaledDown.isPresent()) {
			return new SelectorDiagnosis(Kind.SCALED_TO_ZERO, scaledDown, Optional.empty());
		}
		Optional<Workload> otherNs = sameLabels.stream().filter(w -> !w.namespace().equals(svc.namespace())).findFirst();
		if (otherNs.isPresent()) {
			return new SelectorDiagnosis(Kind.OTHER_NAMESPACE, otherNs, Optional.empty());
		}
		Optional<Labels.NearMiss> near = Labels.nearest(selector, cluster.nearMissCandidates(svc.namespace(), selector));
		if (near.isPresent()) {
			return new SelectorDiagnosis(Kind.NEAR_MISS, near.map(Labels.NearMiss::workload), near);
		}
		return new SelectorDiagnosis(Kind.NO_MATCH, Optional.empty(), Optional.empty());
	}
}
