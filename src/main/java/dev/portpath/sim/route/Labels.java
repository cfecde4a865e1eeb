package dev.portpath.sim.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Workload;

/**
 * Finds the workload a selector was probably meant to match: all but one of its labels agree, and the
 * odd one out has the same key with another value, or the same value under another key (app vs run).
 */
public final class Labels {

	private Labels() {
	}

	public record NearMiss(Workload workload, String difference) {
	}

	public static Optional<NearMiss> nearest(Map<String, String> selector, List<Workload> candidates) {
		for (Workload w : candidates) {
			Map<String, String> labels = w.templateLabels();
			String diff = null;
			int misses = 0;
			for (Map.Entry<String, String> e : selector.entrySet()) {
				String actual = labels.get(e.getKey());
				if (e.getValue().equals(actual)) {
					continue;
				}
				misses++;
				if (actual != null) {
					diff = e.getKey() + " is " + actual + " there, not " + e.getValue();
				}
				else {
					String key = labels.entrySet()
						.stream()
						.filter(l -> l.getValue().equals(e.getValue()))
						.map(Map.Entry::getKey)
						.findFirst()
						.orElse(null);
					diff = key == null ? null : "the value " + e.getValue() + " is under key " + key + ", not " + e.getKey();
				}
			}
			if (misses == 1 && diff != null) {
				return Optional.of(new NearMiss(w, diff));
			}
		}
		return Optional.empty();
	}
}
