package dev.portpath.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Manifests as plain, mutable trees (each YAML document a map), so that a bug can be seeded by changing
 * one field, and the result written back as YAML a learner edits. Only PortPath's own content is read
 * here (lessons, examples, vendored apps), never a learner's text: that goes to the engine as it is.
 * Scalars are typed the YAML 1.2 way (true/false, numbers, null), so a name such as {@code yes} or a
 * date stays a string; comments and flow style are not kept.
 */
final class Manifests {

	private final List<Map<String, Object>> docs;

	private Manifests(List<Map<String, Object>> docs) {
		this.docs = docs;
	}

	/** Reads every non-empty document; a document that is not a map is an error. */
	@SuppressWarnings("unchecked")
	static Manifests parse(String yaml) {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Object doc : yaml().loadAll(yaml)) {
			if (doc == null) {
				continue;
			}
			if (!(doc instanceof Map<?, ?> m)) {
				throw new IllegalArgumentException("a document is not a map");
			}
			out.add((Map<String, Object>) m);
		}
		return new Manifests(out);
	}

	List<Map<String, Object>> docs() {
		return docs;
	}

	Manifests copy() {
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> d : docs) {
			out.add(deepCopy(d));
		}
		return new Manifests(out);
	}

	@SuppressWarnings("unchecked")
	private static <T> T deepCopy(T value) {
		if (value instanceof Map<?, ?> m) {
			Map<String, Object> out = new LinkedHashMap<>();
			m.forEach((k, v) -> out.put(String.valueOf(k), deepCopy(v)));
			return (T) out;
		}
		if (value instanceof List<?> l) {
			List<Object> out = new ArrayList<>();
			l.forEach(v -> out.add(deepCopy(v)));
			return (T) out;
		}
		return value;
	}

	/** The documents as YAML, separated by {@code ---}, in block style with two-space indents. */
	String dump() {
		Yaml y = yaml();
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < docs.size(); i++) {
			if (i > 0) {
				sb.append("---\n");
			}
			sb.append(y.dump(docs.get(i)));
		}
		return sb.toString();
	}

	// ---------------------------------------------------------------- objects

	/** An object of the manifests: its kind, namespace (default when unset) and name. */
	record Obj(String kind, String namespace, String name, Map<String, Object> doc) {

		String key() {
			return kind + "/" + namespace + "/" + name;
		}
	}

	List<Obj> objects() {
		List<Obj> out = new ArrayList<>();
		for (Map<String, Object> d : docs) {
			String kind = str(d.get("kind"));
			Map<String, Object> meta = map(d.get("metadata"));
			String ns = meta == null ? "" : str(meta.get("namespace"));
			out.add(new Obj(kind, ns.isEmpty() && !clusterScoped(kind) ? "default" : ns,
					meta == null ? "" : str(meta.get("name")), d));
		}
		return out;
	}

	Optional<Obj> find(String kind, String namespace, String name) {
		return objects().stream()
			.filter(o -> o.kind().equals(kind) && o.name().equals(name)
					&& (o.namespace().equals(namespace) || namespace.isEmpty() && clusterScoped(kind)))
			.findFirst();
	}

	/** The object a reference path such as {@code Service/shop/api/spec.ports[0]} names, and the field path in it. */
	Optional<Located> locate(String refPath) {
		String[] parts = refPath.split("/", 4);
		if (parts.length < 3) {
			return Optional.empty();
		}
		String field = parts.length == 4 ? parts[3] : "";
		return find(parts[0], parts[1], parts[2]).map(o -> new Located(o, field));
	}

	/** An object and a field path inside it ("" for the object itself). */
	record Located(Obj obj, String field) {
	}

	/** Adds a document (copied, so that later changes may write into it). */
	void add(Map<String, Object> doc) {
		docs.add(deepCopy(doc));
	}

	static boolean clusterScoped(String kind) {
		return switch (kind) {
			case "Namespace", "Node", "IngressClass", "GatewayClass", "PersistentVolume", "ClusterRole",
					"ClusterRoleBinding", "CustomResourceDefinition", "StorageClass", "PriorityClass" -> true;
			default -> false;
		};
	}

	// ---------------------------------------------------------------- fields

	private static final Pattern TOKEN = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

	/** The tokens of a field path: map keys (String) and list indexes (Integer). */
	static List<Object> tokens(String path) {
		List<Object> out = new ArrayList<>();
		var m = TOKEN.matcher(path);
		while (m.find()) {
			out.add(m.group(1) != null ? m.group(1) : Integer.valueOf(m.group(2)));
		}
		return out;
	}

	/** The value at a field path, or null when any step is missing. */
	static Object get(Object root, String path) {
		Object at = root;
		for (Object t : tokens(path)) {
			if (t instanceof String k && at instanceof Map<?, ?> m) {
				at = m.get(k);
			}
			else if (t instanceof Integer i && at instanceof List<?> l && i < l.size()) {
				at = l.get(i);
			}
			else {
				return null;
			}
		}
		return at;
	}

	/** Sets the value at a field path, creating maps on the way; false when a list index is missing. */
	@SuppressWarnings("unchecked")
	static boolean set(Map<String, Object> root, String path, Object value) {
		List<Object> tokens = tokens(path);
		Object at = root;
		for (int i = 0; i < tokens.size() - 1; i++) {
			Object t = tokens.get(i);
			Object next = t instanceof String k && at instanceof Map<?, ?> m ? m.get(k)
					: t instanceof Integer n && at instanceof List<?> l && n < l.size() ? l.get(n) : null;
			if (next == null && t instanceof String k && at instanceof Map<?, ?> m) {
				next = new LinkedHashMap<String, Object>();
				((Map<String, Object>) m).put(k, next);
			}
			if (next == null) {
				return false;
			}
			at = next;
		}
		Object last = tokens.get(tokens.size() - 1);
		if (last instanceof String k && at instanceof Map<?, ?> m) {
			((Map<String, Object>) m).put(k, value);
			return true;
		}
		if (last instanceof Integer n && at instanceof List<?> l && n < l.size()) {
			((List<Object>) l).set(n, value);
			return true;
		}
		return false;
	}

	/** Removes the key or list entry at a field path; false when it is not there. */
	static boolean remove(Map<String, Object> root, String path) {
		List<Object> tokens = tokens(path);
		int cut = path.lastIndexOf('.') > path.lastIndexOf('[') ? path.lastIndexOf('.') : path.lastIndexOf('[');
		Object parent = cut <= 0 ? root : get(root, path.substring(0, cut));
		Object last = tokens.get(tokens.size() - 1);
		if (last instanceof String k && parent instanceof Map<?, ?> m) {
			return m.remove(k) != null;
		}
		if (last instanceof Integer n && parent instanceof List<?> l && n < l.size()) {
			l.remove((int) n);
			return true;
		}
		return false;
	}

	/** The path without its last step: {@code spec.ports[0].targetPort} → {@code spec.ports[0]}. */
	static String parent(String path) {
		int dot = path.lastIndexOf('.');
		int bracket = path.lastIndexOf('[');
		int cut = Math.max(dot, bracket);
		return cut <= 0 ? "" : path.substring(0, cut);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> map(Object o) {
		return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
	}

	@SuppressWarnings("unchecked")
	static List<Object> list(Object o) {
		return o instanceof List<?> l ? (List<Object>) l : null;
	}

	static String str(Object o) {
		return o == null ? "" : String.valueOf(o);
	}

	// ---------------------------------------------------------------- YAML

	private static Yaml yaml() {
		LoaderOptions loader = new LoaderOptions();
		loader.setAllowDuplicateKeys(false);
		loader.setMaxAliasesForCollections(50);
		DumperOptions dumper = new DumperOptions();
		dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		dumper.setIndent(2);
		dumper.setIndicatorIndent(2);
		dumper.setIndentWithIndicator(true);
		dumper.setWidth(200);
		dumper.setSplitLines(false);
		Representer representer = new Representer(dumper) {
			{
				Represent plain = this.representers.get(String.class);
				this.representers.put(String.class, data -> {
					String s = (String) data;
					if (s.indexOf('\n') >= 0 && s.chars().allMatch(c -> c == '\n' || c >= 0x20 && c != 0x7f)
							&& !s.endsWith(" ") && !s.contains(" \n") && !s.startsWith(" ")) {
						return representScalar(Tag.STR, s, DumperOptions.ScalarStyle.LITERAL);
					}
					return plain.representData(s);
				});
			}
		};
		return new Yaml(new SafeConstructor(loader), representer, dumper, loader, new CoreResolver());
	}

	/** YAML 1.2 core schema: only true/false, numbers and null are typed; everything else is a string. */
	private static final class CoreResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
			addImplicitResolver(Tag.INT, Pattern.compile("^(?:[-+]?[0-9]+|0x[0-9a-fA-F]+)$"),
					"-+0123456789");
			addImplicitResolver(Tag.FLOAT,
					Pattern.compile("^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"),
					"-+0123456789.");
			addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
			addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
			addImplicitResolver(Tag.MERGE, Pattern.compile("^(?:<<)$"), "<");
		}
	}
}
