package dev.portpath.sim.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping with string keys, in the order written. */
public record YMap(Map<String, Entry> entries, Loc loc) implements YNode {

	/** One key and its value; the key's location is where the field is written. */
	public record Entry(String key, Loc keyLoc, YNode value) {
	}

	public YMap {
		entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
	}

	@Override
	public YNode get(String key) {
		Entry e = entries.get(key);
		return e == null ? new YNode.Missing(loc) : e.value();
	}

	public boolean has(String key) {
		return entries.containsKey(key);
	}

	/** Where {@code key} is written, or where this map starts when the key is absent. */
	public Loc locOf(String key) {
		Entry e = entries.get(key);
		return e == null ? loc : e.keyLoc();
	}
}
