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

	public record NearMiss(Workload workload, String key, String difference) {
	}

	public static Optional<NearMiss> nearest(Map<String, String> selector, List<Workload> candidates) {
		for (Workload w : candidates) {
			Map<String, String> labels = w.templateLabels();
			String diff = null;
			String key = null;
			int misses = 0;
			for (Map.Entry<String, String> e : selector.entrySet()) {
				String actual = labels.get(e.getKey());
				if (e.getValue().equals(actual)) {
					continue;
				}
				misses++;
				key = e.getKey();
				if (actual != null) {
					diff = e.getKey() + " is " + actual + " there, not " + e.getValue();
				}
				else {
					String other = labels.entrySet()
						.stream()
						.filter(l -> l.getValue().equals(e.getValue()))
						.map(Map.Entry::getKey)
						.findFirst()
						.orElse(null);
					if (other != null) {
						diff = "the value " + e.getValue() + " is under key " + other + ", not " + e.getKey();
					}
					else if (selector.size() > 1) {
						var onMetadata = w.doc().root().path("metadata", "labels", e.getKey());
						boolean onObject = onMetadata.present() && e.getValue().equals(onMetadata.str(""));
						diff = "its pods have no label " + e.getKey() + (onObject ? "; " + w.ref() + " has " + e.getKey()
								+ "=" + e.getValue() + " in metadata.labels, which pods do not inherit (only"
								+ " spec.template.metadata.labels reach them)" : "");
					}
				}
			}
			if (misses == 1 && diff != null && key != null) {
				return Optional.of(new NearMiss(w, key, diff));
			}
		}
		return Optional.empty();
	}
}
