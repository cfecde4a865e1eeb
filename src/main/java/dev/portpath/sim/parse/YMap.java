package dev.portpath.sim.parse;

import org.jspecify.annotations.Nullable;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** A YAML mapping with string keys, in the order written. */
public record YMap(Map<String, Entry> entries, Loc loc) implements YNode {

	/** One key and its value; the key's location is where the field is written. */
	public record Entry(String key, Loc keyLoc, YNode value) {
	}

	public YMap {
		entries = entries instanceof Fields f ? f : new Fields(new LinkedHashMap<>(entries));
	}

	/** A map the loader built and hands over: kept in order, not copied again. */
	static YMap of(LinkedHashMap<String, Entry> entries, Loc loc) {
		return new YMap(new Fields(entries), loc);
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

	/**
	 * The fields of a mapping, read-only, in the order written. Most Kubernetes mappings have a handful
	 * of keys and the rules look fields up by literal names, which the loader interns; so a small map is
	 * searched in place (same reference first, then same hash and text) rather than hashed. Large ones (a
	 * ConfigMap's data, say) get a hash index.
	 */
	static final class Fields extends AbstractMap<String, YMap.Entry> {

		private static final int SCAN = 12;

		private final String[] keys;

		private final YMap.Entry[] values;

		private final @Nullable Map<String, Integer> index;

		Fields(LinkedHashMap<String, YMap.Entry> from) {
			keys = new String[from.size()];
			values = new YMap.Entry[from.size()];
			int i = 0;
			for (Map.Entry<String, YMap.Entry> e : from.entrySet()) {
				keys[i] = e.getKey();
				values[i] = e.getValue();
				i++;
			}
			if (keys.length > SCAN) {
				index = new HashMap<>(keys.length * 2);
				for (int k = 0; k < keys.length; k++) {
					index.put(keys[k], k);
				}
			}
			else {
				index = null;
			}
		}

		private int find(Object key) {
			if (index != null) {
				Integer at = index.get(key);
				return at == null ? -1 : at;
			}
			if (!(key instanceof String s)) {
				return -1;
			}
			// one pass: the keys are interned and so are the literal names the rules ask for, so the reference
			// usually matches; a key built at run time matches by hash and text (a String caches its hash)
			int h = s.hashCode();
			for (int i = 0; i < keys.length; i++) {
				String k = keys[i];
				if (k == s || (k.hashCode() == h && k.equals(s))) {
					return i;
				}
			}
			return -1;
		}

		@Override
		public YMap.@Nullable Entry get(Object key) {
			int i = find(key);
			return i < 0 ? null : values[i];
		}

		@Override
		public boolean containsKey(Object key) {
			return find(key) >= 0;
		}

		@Override
		public int size() {
			return keys.length;
		}

		@Override
		public Set<Map.Entry<String, YMap.Entry>> entrySet() {
			return new AbstractSet<>() {
				@Override
				public Iterator<Map.Entry<String, YMap.Entry>> iterator() {
					return new Iterator<>() {
						private int i;

						@Override
						public boolean hasNext() {
							return i < keys.length;
						}

						@Override
						public Map.Entry<String, YMap.Entry> next() {
							if (i >= keys.length) {
								throw new NoSuchElementException();
							}
							Map.Entry<String, YMap.Entry> e = new SimpleImmutableEntry<>(keys[i], values[i]);
							i++;
							return e;
						}
					};
				}

				@Override
				public int size() {
					return keys.length;
				}
			};
		}
	}
}
