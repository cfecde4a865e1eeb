package dev.portpath.sim.parse;

import org.jspecify.annotations.Nullable;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** A YAML mapping with string keys, in the order written. */
public record YMap(Map<String, Entry> entries, Loc loc) implements YNode {

	/** One key and its value; the key's location is where the field is written. */
	public record Entry(String key, Loc keyLoc, YNode value) {
	}

	public YMap {
		entries = entries instanceof Fields f ? f : Fields.copyOf(entries);
	}

	/** A map the loader built and hands over: kept in order, not copied again. */
	static YMap of(Fields.Builder entries, Loc loc) {
		return new YMap(entries.build(), loc);
	}

	@Override
	public YNode get(String key) {
		YNode value = fields().node(key);
		return value == null ? new YNode.Missing(loc) : value;
	}

	public boolean has(String key) {
		return fields().find(key) >= 0;
	}

	/** Where {@code key} is written, or where this map starts when the key is absent. */
	public Loc locOf(String key) {
		Fields f = fields();
		int i = f.find(key);
		return i < 0 ? loc : f.locs[i];
	}

	/** The entries as the compact constructor made them. */
	private Fields fields() {
		return (Fields) entries;
	}

	/**
	 * The fields of a mapping, read-only, in the order written. Most Kubernetes mappings have a handful
	 * of keys and the rules look fields up by literal names: a small map is searched in place, comparing
	 * each key's hash, kept in an array beside the keys, before the key itself, so a miss (an optional field
	 * left out, the common case) reads no key at all. Large ones (a ConfigMap's data, say) get a hash index.
	 */
	static final class Fields extends AbstractMap<String, YMap.Entry> {

		private static final int SCAN = 12;

		private final String[] keys;

		private final int[] hashes;

		/** Where each key is written. */
		private final Loc[] locs;

		/** The values, read without an Entry in between: a lookup is a walk through memory, and each hop costs. */
		private final YNode[] nodes;

		private final @Nullable Map<String, Integer> index;

		/** {@code index}, when the caller has one already: each key's position, for more than {@link #SCAN} keys. */
		private Fields(String[] keys, int[] hashes, Loc[] locs, YNode[] nodes, @Nullable Map<String, Integer> index) {
			this.keys = keys;
			this.hashes = hashes;
			this.locs = locs;
			this.nodes = nodes;
			if (index == null && keys.length > SCAN) {
				Map<String, Integer> byKey = new HashMap<>(keys.length * 2);
				for (int k = 0; k < keys.length; k++) {
					byKey.put(keys[k], k);
				}
				index = byKey;
			}
			this.index = index;
		}

		static Fields copyOf(Map<String, YMap.Entry> from) {
			Builder b = new Builder(from.size());
			from.forEach((key, e) -> b.put(key, e.keyLoc(), e.value()));
			return b.build();
		}

		@Nullable
		YNode node(String key) {
			int i = find(key);
			return i < 0 ? null : nodes[i];
		}

		int find(Object key) {
			if (index != null) {
				Integer at = index.get(key);
				return at == null ? -1 : at;
			}
			if (!(key instanceof String s)) {
				return -1;
			}
			int h = s.hashCode();
			for (int i = 0; i < hashes.length; i++) {
				if (hashes[i] == h && keys[i].equals(s)) {
					return i;
				}
			}
			return -1;
		}

		/**
		 * Collects a mapping's fields in the order written; the loader keeps one per nesting level and reuses
		 * it. A key written twice keeps the later value, at the later position, as the API server's lenient
		 * decoding does: the earlier one is dropped when the fields are built, found by a scan of a handful
		 * of keys, or past that through the hash index the fields need anyway, so any size costs linear time.
		 */
		static final class Builder {

			private String[] keys;

			private int[] hashes;

			private Loc[] locs;

			private YNode[] nodes;

			private int size;

			Builder(int capacity) {
				keys = new String[capacity];
				hashes = new int[capacity];
				locs = new Loc[capacity];
				nodes = new YNode[capacity];
			}

			void put(String key, Loc keyLoc, YNode value) {
				if (size == keys.length) {
					int grown = Math.max(4, size * 2);
					keys = Arrays.copyOf(keys, grown);
					hashes = Arrays.copyOf(hashes, grown);
					locs = Arrays.copyOf(locs, grown);
					nodes = Arrays.copyOf(nodes, grown);
				}
				keys[size] = key;
				hashes[size] = key.hashCode();
				locs[size] = keyLoc;
				nodes[size] = value;
				size++;
			}

			/** Empties the builder for the next mapping; its arrays are kept. */
			Builder reset() {
				size = 0;
				return this;
			}

			/** The fields collected, in arrays of their own: the builder may be reset and used again. */
			Fields build() {
				Map<String, Integer> last = null;
				boolean writtenTwice = false;
				if (size > SCAN) {
					last = new HashMap<>(size * 2);
					for (int i = 0; i < size; i++) {
						last.put(keys[i], i);
					}
					writtenTwice = last.size() < size;
				}
				else {
					for (int i = 0; i < size && !writtenTwice; i++) {
						writtenTwice = writtenAgain(i);
					}
				}
				if (!writtenTwice) { // the common case: the positions map, if any, is the index
					return new Fields(Arrays.copyOf(keys, size), Arrays.copyOf(hashes, size), Arrays.copyOf(locs, size),
							Arrays.copyOf(nodes, size), last);
				}
				// a key written twice keeps its last writing only
				String[] k = new String[size];
				int[] h = new int[size];
				Loc[] l = new Loc[size];
				YNode[] v = new YNode[size];
				int n = 0;
				for (int i = 0; i < size; i++) {
					if (last != null ? last.getOrDefault(keys[i], -1) == i : !writtenAgain(i)) {
						k[n] = keys[i];
						h[n] = hashes[i];
						l[n] = locs[i];
						v[n] = nodes[i];
						n++;
					}
				}
				return new Fields(Arrays.copyOf(k, n), Arrays.copyOf(h, n), Arrays.copyOf(l, n), Arrays.copyOf(v, n), null);
			}

			private boolean writtenAgain(int i) {
				for (int j = i + 1; j < size; j++) {
					if (hashes[j] == hashes[i] && keys[j].equals(keys[i])) {
						return true;
					}
				}
				return false;
			}
		}

		@Override
		public YMap.@Nullable Entry get(Object key) {
			int i = find(key);
			return i < 0 ? null : new YMap.Entry(keys[i], locs[i], nodes[i]);
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
							Map.Entry<String, YMap.Entry> e = new SimpleImmutableEntry<>(keys[i],
									new YMap.Entry(keys[i], locs[i], nodes[i]));
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
