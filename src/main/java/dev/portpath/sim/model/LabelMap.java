package dev.portpath.sim.model;

import org.jspecify.annotations.Nullable;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A pod's labels, read-only and sorted (output is deterministic). The replicas of one workload share
 * their template's labels, so those are kept once and a pod adds only what is its own (a StatefulSet
 * pod's name and index): a thousand replicas of a template with many labels do not copy them a thousand
 * times.
 */
final class LabelMap extends AbstractMap<String, String> {

	private final SortedMap<String, String> base;

	private final SortedMap<String, String> own;

	private @Nullable SortedMap<String, String> merged;

	private LabelMap(SortedMap<String, String> base, SortedMap<String, String> own) {
		this.base = base;
		this.own = own;
	}

	static LabelMap of(Map<String, String> labels) {
		return labels instanceof LabelMap l ? l : new LabelMap(Collections.unmodifiableSortedMap(new TreeMap<>(labels)),
				Collections.emptySortedMap());
	}

	/** These labels with a few more (or other values) of one pod's own. */
	LabelMap with(Map<String, String> more) {
		return more.isEmpty() ? this : new LabelMap(base, Collections.unmodifiableSortedMap(new TreeMap<>(more)));
	}

	@Override
	public @Nullable String get(Object key) {
		String v = own.get(key);
		return v != null ? v : base.get(key);
	}

	@Override
	public boolean containsKey(Object key) {
		return own.containsKey(key) || base.containsKey(key);
	}

	@Override
	public Set<Map.Entry<String, String>> entrySet() {
		return sorted().entrySet();
	}

	@Override
	public int size() {
		return sorted().size();
	}

	private SortedMap<String, String> sorted() {
		if (own.isEmpty()) {
			return base;
		}
		if (merged == null) {
			TreeMap<String, String> m = new TreeMap<>(base);
			m.putAll(own);
			merged = Collections.unmodifiableSortedMap(m);
		}
		return merged;
	}
}
