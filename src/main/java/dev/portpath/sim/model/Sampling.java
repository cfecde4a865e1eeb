package dev.portpath.sim.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How to count pods when some workloads are sampled (see {@code ModelBuilder.sampled}): a list that holds
 * every simulated pod of a sampled workload stands for all the replicas it asked for, and the sentence
 * that counts them says that only a sample was simulated.
 */
public final class Sampling {

	private Sampling() {
	}

	/** The number of pods the list stands for. */
	public static int count(List<Pod> pods) {
		if (pods.stream().noneMatch(p -> p.owner().sampled())) {
			return pods.size();
		}
		Map<Workload, Integer> counts = counts(pods);
		long n = 0;
		for (Map.Entry<Workload, Integer> e : counts.entrySet()) {
			Workload w = e.getKey();
			n += w.sampled() && e.getValue() == w.simulated() ? w.replicas() : e.getValue();
		}
		return (int) Math.min(Integer.MAX_VALUE, n);
	}

	/** "" when nothing in the list is sampled, else a clause that says which workloads are and how. */
	public static String note(List<Pod> pods) {
		List<Workload> sampled = pods.stream().map(Pod::owner).filter(Workload::sampled)
			.collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())))
			.stream().sorted(java.util.Comparator.comparing(Workload::id)).toList();
		if (sampled.isEmpty()) {
			return "";
		}
		String which = sampled.size() == 1 ? sampled.get(0).simulated() + " of them"
				: sampled.stream().map(w -> w.simulated() + " of the " + w.replicas() + " of " + w.ref())
					.collect(Collectors.joining(", "));
		return " (a sample: PortPath simulates " + which + ", since the manifests ask for more pods in all than its"
				+ " limit, --max-pods)";
	}

	/**
	 * "" unless a workload whose pods the manifests hold (a dump) runs fewer than it asks for: then a clause
	 * that says so, for example mid-rollout or while pods are Pending.
	 */
	public static String observedNote(List<Pod> pods) {
		List<Workload> fewer = pods.stream().map(Pod::owner).filter(w -> w.observed() && w.simulated() < w.replicas())
			.collect(Collectors.toCollection(() -> java.util.Collections.newSetFromMap(new IdentityHashMap<>())))
			.stream().sorted(java.util.Comparator.comparing(Workload::id)).toList();
		if (fewer.isEmpty()) {
			return "";
		}
		return " (the manifests hold " + fewer.stream().map(w -> w.simulated() + " of the " + w.replicas() + " pods "
				+ w.ref() + " asks for").collect(Collectors.joining("; ")) + ")";
	}

	/** Pods per owner; owners compared by identity (a workload's value includes its whole document). */
	private static Map<Workload, Integer> counts(List<Pod> pods) {
		Map<Workload, Integer> counts = new IdentityHashMap<>();
		pods.forEach(p -> counts.merge(p.owner(), 1, Integer::sum));
		return counts;
	}
}
