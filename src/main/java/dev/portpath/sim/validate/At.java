package dev.portpath.sim.validate;

import org.jspecify.annotations.Nullable;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;

/**
 * A field as the API server names it ({@code spec.ports[1].name}), its YAML node, and the line to
 * point at: where the key is written, or where the nearest written parent is when it is absent. The
 * path text is only built when an error needs it: most fields are valid, and validation visits them all.
 */
final class At {

	private final @Nullable At parent;

	/** The key under the parent, "[i]" for a list item, or the whole path when there is no parent. */
	private final String segment;

	private final YNode node;

	private final int line;

	private @Nullable String path;

	private At(@Nullable At parent, String segment, YNode node, int line) {
		this.parent = parent;
		this.segment = segment;
		this.node = node;
		this.line = line;
	}

	At(String path, YNode node, int line) {
		this(null, path, node, line);
		this.path = path;
	}

	static At root(Doc doc) {
		return new At("", doc.root(), doc.loc().line());
	}

	At child(String key) {
		if (node instanceof YMap m) {
			YMap.Entry e = m.entries().get(key);
			if (e != null) {
				return new At(this, key, e.value(), e.keyLoc().line());
			}
		}
		return new At(this, key, new YNode.Missing(node.loc()), line);
	}

	At index(int i, YNode item) {
		return new At(this, "[" + i + "]", item, item.loc().line());
	}

	/** The same place under the name the API server uses after defaulting (clusterIP to clusterIPs). */
	At as(String otherPath) {
		return new At(otherPath, node, line);
	}

	String path() {
		String known = path;
		if (known == null) {
			String p = parent == null ? "" : parent.path();
			known = segment.startsWith("[") ? p + segment : p.isEmpty() ? segment : p + "." + segment;
			path = known;
		}
		return known;
	}

	YNode node() {
		return node;
	}

	int line() {
		return line;
	}

	/** Absent, or written as YAML null: the API server sees the zero value. */
	boolean absent() {
		return !node.present() || (node instanceof YScalar s && s.kind() == YScalar.Kind.NULL);
	}

	/** The path the JSON decoder reports: field names only, no list indexes. */
	String jsonPath() {
		return path().replaceAll("\\[\\d+]", "");
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof At a && a.line == line && a.node == node && a.path().equals(path());
	}

	@Override
	public int hashCode() {
		return path().hashCode() * 31 + line;
	}

	@Override
	public String toString() {
		return path() + "@" + line;
	}
}
