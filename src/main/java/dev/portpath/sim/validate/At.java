package dev.portpath.sim.validate;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;

/**
 * A field as the API server names it ({@code spec.ports[1].name}), its YAML node, and the line to
 * point at: where the key is written, or where the nearest written parent is when it is absent.
 */
record At(String path, YNode node, int line) {

	static At root(Doc doc) {
		return new At("", doc.root(), doc.loc().line());
	}

	At child(String key) {
		String p = path.isEmpty() ? key : path + "." + key;
		if (node instanceof YMap m && m.has(key)) {
			return new At(p, m.get(key), m.locOf(key).line());
		}
		return new At(p, new YNode.Missing(node.loc()), line);
	}

	At index(int i, YNode item) {
		return new At(path + "[" + i + "]", item, item.loc().line());
	}

	/** The same place under the name the API server uses after defaulting (clusterIP to clusterIPs). */
	At as(String otherPath) {
		return new At(otherPath, node, line);
	}

	/** Absent, or written as YAML null: the API server sees the zero value. */
	boolean absent() {
		return !node.present() || (node instanceof YScalar s && s.kind() == YScalar.Kind.NULL);
	}

	/** The path the JSON decoder reports: field names only, no list indexes. */
	String jsonPath() {
		return path.replaceAll("\\[\\d+]", "");
	}
}
