package dev.portpath.sim.parse;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads multi-document YAML with SnakeYAML's compose API (node trees with marks, no object
 * construction, so no custom tags or types can run) into {@link YNode} trees that keep file, line and
 * column. Empty documents are skipped; {@code kind: List} and typed lists ({@code PodList}, ...) are
 * unpacked into their items.
 */
public final class YamlLoader {

	private final Limits limits;

	/** Keys already interned during this load: a map lookup is cheaper than the JVM's string table. */
	private final Map<String, String> keys = new java.util.HashMap<>();

	/** Mappings and sequences met while converting the current document, aliases counted each time. */
	private long nonScalars;

	public YamlLoader(Limits limits) {
		this.limits = limits;
	}

	public YamlLoader() {
		this(Limits.DEFAULT);
	}

	public Loaded load(List<Source> sources) {
		List<Doc> docs = new ArrayList<>();
		List<ParseProblem> problems = new ArrayList<>();
		long total = 0;
		for (Source source : sources) {
			total += source.text().getBytes(StandardCharsets.UTF_8).length;
		}
		if (total > limits.maxBytes()) {
			problems.add(new ParseProblem(sources.size() == 1 ? sources.get(0).name() : "", 0,
					"the input is " + size(total) + ", more than the limit of " + size(limits.maxBytes())
							+ "; split it or raise the limit (--max-bytes)",
					true));
			return new Loaded(List.of(), problems);
		}
		List<Templates.Mark> helm = new ArrayList<>();
		for (Source source : sources) {
			loadOne(source, docs, problems);
			if (!problems.isEmpty()) {
				break;
			}
			helm.addAll(Templates.helm(source, MAX_HELM_LINES - helm.size()));
		}
		return new Loaded(List.copyOf(docs), List.copyOf(problems), helm);
	}

	private void loadOne(Source source, List<Doc> docs, List<ParseProblem> problems) {
		String file = source.name();
		try {
			Composer composer = newComposer(source);
			while (composer.checkNode()) {
				Node node = composer.getNode();
				if (node == null) {
					continue;
				}
				Map<Node, YNode> converted = new IdentityHashMap<>();
				YNode root = convert(file, node, 0, converted);
				// an alias is a node met twice; only then can the tree be larger than the text, so only then count
				if (converted.size() < nonScalars && expandedSize(node, new IdentityHashMap<>(), 0) > MAX_EXPANDED_NODES) {
					problems.add(new ParseProblem(file, node.getStartMark().getLine() + 1, "YAML aliases expand this document to more than "
							+ MAX_EXPANDED_NODES + " nodes (a \"billion laughs\" shape); no Kubernetes object needs that", true));
					return;
				}
				nonScalars = 0;
				if (root instanceof YScalar s && s.kind() == YScalar.Kind.NULL) {
					continue; // an empty document, such as a comment-only one
				}
				if (!(root instanceof YMap map)) {
					problems.add(new ParseProblem(file, root.loc().line(),
							"this document is not a mapping, so it is not a Kubernetes object (it starts with "
									+ describe(root) + ")",
							false));
					return;
				}
				addObjects(map, docs);
				if (docs.size() > limits.maxDocuments()) {
					problems.add(new ParseProblem(file, root.loc().line(), "more than " + limits.maxDocuments()
							+ " objects, the most PortPath reads at once; split the manifests, or raise the limit (--max-objects)",
							true));
					return;
				}
			}
		}
		catch (MarkedYAMLException ex) {
			Mark mark = ex.getProblemMark() != null ? ex.getProblemMark() : ex.getContextMark();
			int line = mark == null ? 0 : mark.getLine() + 1;
			String problem = ex.getProblem() == null ? ex.getMessage() : ex.getProblem();
			String context = ex.getContext() == null ? "" : " (" + ex.getContext() + ")";
			problems.add(unparsable(source, line, problem + context));
		}
		catch (DepthException ex) {
			problems.add(new ParseProblem(file, ex.line, "YAML nests deeper than " + limits.maxDepth()
					+ " levels (or refers to itself through an alias); no Kubernetes object needs that", true));
		}
		catch (YAMLException ex) {
			String msg = ex.getMessage() == null ? "unreadable" : ex.getMessage();
			boolean limit = msg.contains("exceed") || msg.contains("limit");
			problems.add(new ParseProblem(file, 0, "YAML cannot be parsed: " + msg, limit));
		}
	}

	/**
	 * Why a source cannot be parsed. Text with template markup is most likely a Helm chart's template, and the
	 * parser's complaint about a {@code {} is no help: the advice to render it comes first, at the markup's line,
	 * and the parser's words follow. A tab or a key without its colon is said in plain words, at the line to fix.
	 */
	private static ParseProblem unparsable(Source source, int line, String problem) {
		Templates.Mark mark = Templates.explaining(source, line);
		if (mark == null) {
			YamlWords.Said said = YamlWords.explain(source.text(), line, problem);
			return said == null ? new ParseProblem(source.name(), line, "YAML cannot be parsed: " + problem, false)
					: new ParseProblem(source.name(), said.line(), "YAML cannot be parsed: " + said.message(), false);
		}
		String markup = "line " + mark.loc().line() + " holds template markup (" + mark.markup() + ")";
		String advice = mark.helm()
				? markup + ", so this looks like a Helm chart template, which is not YAML until Helm renders it: "
				: markup + ": if this is a Helm chart template, it is not YAML until Helm renders it: ";
		return new ParseProblem(source.name(), mark.loc().line(), advice + Templates.HELM_ADVICE + " (YAML cannot be parsed"
				+ (line > 0 ? " at line " + line : "") + ": " + problem + ")", false);
	}

	/** A document's objects: the document itself, or the items of a list ({@code kind: List}, {@code PodList}...). */
	private static void addObjects(YMap map, List<Doc> docs) {
		String kind = map.get("kind").str("");
		if (kind.endsWith("List") && map.get("items").isSeq()) {
			for (YNode item : map.get("items").items()) {
				if (item instanceof YMap m) {
					YMap typed = typedItem(m, kind, map.get("apiVersion"));
					docs.add(new Doc(typed, typed.loc()));
				}
			}
		}
		else {
			docs.add(new Doc(map, map.loc()));
		}
	}

	/**
	 * An item of a list. {@code kubectl get pods -o yaml} prints {@code kind: List} with typed items, but
	 * the API itself (and some tools) return a typed list such as {@code PodList} whose items carry no kind
	 * or apiVersion: those take the list's item kind and group version, as the API server's own decoding of
	 * a list does.
	 */
	static YMap typedItem(YMap item, String listKind, YNode listApiVersion) {
		if (listKind.equals("List") || (item.has("kind") && item.has("apiVersion"))) {
			return item;
		}
		Map<String, YMap.Entry> entries = new LinkedHashMap<>();
		if (!item.has("apiVersion") && listApiVersion instanceof YScalar v) {
			entries.put("apiVersion", new YMap.Entry("apiVersion", item.loc(), new YScalar(v.value(), v.kind(), false, item.loc())));
		}
		if (!item.has("kind")) {
			String kind = listKind.substring(0, listKind.length() - "List".length());
			entries.put("kind", new YMap.Entry("kind", item.loc(), new YScalar(kind, YScalar.Kind.STR, false, item.loc())));
		}
		entries.putAll(item.entries());
		return new YMap(entries, item.loc());
	}

	/**
	 * What {@code new Yaml(...).composeAll(reader)} builds, without the Yaml object: its constructor and
	 * representer are never used here, yet setting them up loads a few hundred classes and
	 * java.util.logging, a tenth of a cold command line's run.
	 */
	private Composer newComposer(Source source) {
		LoaderOptions options = new LoaderOptions();
		options.setMaxAliasesForCollections(limits.maxAliases());
		options.setAllowRecursiveKeys(false);
		// Kubernetes' own decoder rejects duplicate keys in strict mode; kubectl apply warns. We keep the
		// last one, as the API server's lenient decoding does, rather than refusing the whole input.
		options.setAllowDuplicateKeys(true);
		options.setNestingDepthLimit(limits.maxDepth());
		options.setCodePointLimit(Math.max(limits.maxBytes(), 1024));
		return new Composer(new ParserImpl(new StreamReader(new StringReader(source.text())), options), new FastResolver(),
				options);
	}

	private static final class DepthException extends RuntimeException {
		final int line;

		DepthException(int line) {
			super(null, null, false, false);
			this.line = line;
		}
	}

	/** Lines of Helm markup kept for the answer: enough to point at, far fewer than a large chart may have. */
	static final int MAX_HELM_LINES = 200;

	/** Aliases are shared nodes; this many nodes after expanding them is far beyond any manifest. */
	static final long MAX_EXPANDED_NODES = 2_000_000;

	/** The node count with every alias expanded, memoised so that computing it stays linear. */
	private long expandedSize(Node node, Map<Node, Long> sizes, int depth) {
		Long known = sizes.get(node);
		if (known != null) {
			return known;
		}
		if (depth > limits.maxDepth()) {
			throw new DepthException(node.getStartMark().getLine() + 1);
		}
		sizes.put(node, Long.MAX_VALUE / 4); // a node that refers to itself counts as too large
		long size = 1;
		if (node instanceof SequenceNode seq) {
			for (Node child : seq.getValue()) {
				size = Math.min(Long.MAX_VALUE / 4, size + expandedSize(child, sizes, depth + 1));
			}
		}
		else if (node instanceof MappingNode m) {
			for (NodeTuple t : m.getValue()) {
				size = Math.min(Long.MAX_VALUE / 4, size + expandedSize(t.getKeyNode(), sizes, depth + 1)
						+ expandedSize(t.getValueNode(), sizes, depth + 1));
			}
		}
		sizes.put(node, size);
		return size;
	}

	/**
	 * Converts a node tree. An alias is the very node it refers to, so converted nodes are memoised and
	 * shared; a node that contains itself recurses until the depth limit stops it.
	 */
	private YNode convert(String file, Node node, int depth, Map<Node, YNode> done) {
		if (!(node instanceof ScalarNode)) {
			nonScalars++;
		}
		YNode seen = done.get(node);
		if (seen != null) {
			return seen;
		}
		YNode converted = convertNew(file, node, depth, done);
		if (!(node instanceof ScalarNode)) {
			done.put(node, converted);
		}
		return converted;
	}

	private YNode convertNew(String file, Node node, int depth, Map<Node, YNode> done) {
		Loc loc = new Loc(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
		if (depth > limits.maxDepth()) {
			throw new DepthException(loc.line());
		}
		if (node instanceof ScalarNode s) {
			return new YScalar(s.getValue(), kindOf(s), s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN, loc);
		}
		if (node instanceof SequenceNode seq) {
			List<YNode> items = new ArrayList<>(seq.getValue().size());
			for (Node child : seq.getValue()) {
				items.add(convert(file, child, depth + 1, done));
			}
			return new YSeq(List.copyOf(items), loc);
		}
		MappingNode m = (MappingNode) node;
		LinkedHashMap<String, YMap.Entry> entries = new LinkedHashMap<>();
		for (NodeTuple t : m.getValue()) {
			Node k = t.getKeyNode();
			// interned: the rules look fields up by literal names, and equal references compare at once
			String key = k instanceof ScalarNode ks ? keys.computeIfAbsent(ks.getValue(), String::intern) : "?";
			Loc keyLoc = new Loc(file, k.getStartMark().getLine() + 1, k.getStartMark().getColumn() + 1);
			entries.remove(key); // the later duplicate wins and keeps its own position
			entries.put(key, new YMap.Entry(key, keyLoc, convert(file, t.getValueNode(), depth + 1, done)));
		}
		return YMap.of(entries, loc);
	}

	private static YScalar.Kind kindOf(ScalarNode s) {
		Tag tag = s.getTag();
		if (Tag.INT.equals(tag)) {
			return YScalar.Kind.INT;
		}
		if (Tag.FLOAT.equals(tag)) {
			return YScalar.Kind.FLOAT;
		}
		if (Tag.BOOL.equals(tag)) {
			return YScalar.Kind.BOOL;
		}
		if (Tag.NULL.equals(tag)) {
			return YScalar.Kind.NULL;
		}
		return YScalar.Kind.STR;
	}

	private static String describe(YNode n) {
		if (n instanceof YSeq) {
			return "a list";
		}
		return "the value '" + n.str("") + "'";
	}

	private static String size(long bytes) {
		if (bytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
		}
		if (bytes >= 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f KiB", bytes / 1024.0);
		}
		return bytes + " bytes";
	}
}
