package dev.portpath.sim.parse;

import org.jspecify.annotations.Nullable;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads multi-document YAML with SnakeYAML's parser (events with marks, no object construction, so no
 * custom tags or types can run), composed into {@link YNode} trees that keep file, line and column.
 * Empty documents are skipped; {@code kind: List} and typed lists ({@code PodList}, ...) are unpacked
 * into their items.
 */
public final class YamlLoader {

	private final Limits limits;

	/** Keys already interned during this load: a map lookup is cheaper than the JVM's string table. */
	private final Map<String, String> keys = new java.util.HashMap<>();

	public YamlLoader(Limits limits) {
		this.limits = limits;
	}

	public YamlLoader() {
		this(Limits.DEFAULT);
	}

	public Loaded load(List<Source> sources) {
		return load(sources, d -> d);
	}

	/**
	 * Reads the sources, handing each object to {@code each} as soon as it is composed, while its tree is
	 * still in the processor's cache; the loaded documents are the objects {@code each} returns.
	 */
	public Loaded load(List<Source> sources, UnaryOperator<Doc> each) {
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
			loadOne(source, docs, problems, each);
			if (!problems.isEmpty()) {
				break;
			}
			helm.addAll(Templates.helm(source, MAX_HELM_LINES - helm.size()));
		}
		return new Loaded(List.copyOf(docs), List.copyOf(problems), helm);
	}

	private void loadOne(Source source, List<Doc> docs, List<ParseProblem> problems,
			UnaryOperator<Doc> each) {
		String file = source.name();
		try {
			Composition c = new Composition(file, source.text());
			for (YNode root = c.document(); root != null; root = c.document()) {
				// an alias of a collection is a node met twice; only then can the tree be larger than the text
				if (c.sharedCollections && expandedSize(root, new IdentityHashMap<>()) > MAX_EXPANDED_NODES) {
					problems.add(new ParseProblem(file, root.loc().line(), "YAML aliases expand this document to more than "
							+ MAX_EXPANDED_NODES + " nodes (a \"billion laughs\" shape); no Kubernetes object needs that", true));
					return;
				}
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
				int before = docs.size();
				addObjects(map, docs);
				for (int i = before; i < docs.size(); i++) {
					docs.set(i, each.apply(docs.get(i)));
				}
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
		catch (SelfReference ex) {
			problems.add(new ParseProblem(file, ex.line, "the YAML alias *" + ex.anchor + " at line " + ex.line
					+ " stands for a node that contains it, so the document would nest without end; no Kubernetes object needs that",
					true));
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
	 * Composes {@link YNode} trees from the parser's events, as SnakeYAML's {@code Composer} composes its node
	 * graph, with the same rules: tags resolved as its resolver resolves them, global tags refused, anchors
	 * per document, aliases of collections counted against the limit, nesting depth limited. Going from
	 * events straight to the tree PortPath reads, rather than through SnakeYAML's nodes first, spares a
	 * second tree for every document: reading a 2 MB paste took a sixth less time and made an eighth less
	 * garbage (CompositionTest holds the two trees equal over the corpus). Duplicate keys are kept, the
	 * later one winning, as the API server's lenient decoding does (Kubernetes' strict mode and kubectl
	 * warn). Comments are not asked for, so the parser emits none.
	 */
	private final class Composition {

		/** Marks an anchor whose collection is still being composed: an alias to it would contain itself. */
		private static final YNode OPEN = new YNode.Missing(Loc.NONE);

		private final String file;

		private final ParserImpl parser;

		/** The anchors of the current document. */
		private final Map<String, YNode> anchors = new java.util.HashMap<>();

		/** One builder per nesting level, reused by every mapping at that level. */
		private final List<YMap.Fields.Builder> builders = new ArrayList<>();

		/** Aliases of collections in this source, counted as SnakeYAML's composer counts them. */
		private int collectionAliases;

		/** Whether the current document refers to a collection twice. */
		private boolean sharedCollections;

		Composition(String file, String text) {
			this.file = file;
			// the parser's one limit is the length of the text; the composer's (aliases, nesting) are kept below
			LoaderOptions options = new LoaderOptions();
			options.setCodePointLimit(Math.max(limits.maxBytes(), 1024));
			this.parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
		}

		/** The next document's root, or null at the end of the text. */
		@Nullable
		YNode document() {
			if (parser.checkEvent(Event.ID.StreamStart)) {
				parser.getEvent();
			}
			if (parser.checkEvent(Event.ID.StreamEnd)) {
				return null;
			}
			parser.getEvent(); // document start
			anchors.clear();
			sharedCollections = false;
			YNode root = node(0);
			parser.getEvent(); // document end
			return root;
		}

		private YNode node(int depth) {
			Event event = parser.getEvent();
			if (event instanceof AliasEvent alias) {
				return aliased(alias);
			}
			if (depth > limits.maxDepth()) {
				throw new YAMLException("Nesting Depth exceeded max " + limits.maxDepth());
			}
			Mark start = event.getStartMark();
			Loc loc = new Loc(file, start.getLine() + 1, start.getColumn() + 1);
			if (event instanceof ScalarEvent scalar) {
				YScalar node = new YScalar(scalar.getValue(), scalarKind(scalar),
						scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN, loc);
				anchor(scalar.getAnchor(), node);
				return node;
			}
			CollectionStartEvent open = (CollectionStartEvent) event;
			checkTag(open.getTag(), start);
			String anchor = open.getAnchor();
			anchor(anchor, OPEN);
			YNode node = open instanceof SequenceStartEvent ? sequence(loc, depth) : mapping(loc, depth);
			anchor(anchor, node);
			return node;
		}

		private YNode sequence(Loc loc, int depth) {
			List<YNode> items = new ArrayList<>();
			while (!parser.checkEvent(Event.ID.SequenceEnd)) {
				items.add(node(depth + 1));
			}
			parser.getEvent();
			return new YSeq(List.copyOf(items), loc);
		}

		private YNode mapping(Loc loc, int depth) {
			YMap.Fields.Builder entries = builder(depth);
			while (!parser.checkEvent(Event.ID.MappingEnd)) {
				YNode k = node(depth + 1);
				// interned: the rules look fields up by literal names, and equal references compare at once
				String key = k instanceof YScalar ks ? keys.computeIfAbsent(ks.value(), String::intern) : "?";
				entries.put(key, k.loc(), node(depth + 1));
			}
			parser.getEvent();
			return YMap.of(entries, loc);
		}

		/** The builder of this nesting level: a mapping's keys are composed before its values, one at a time. */
		private YMap.Fields.Builder builder(int depth) {
			while (builders.size() <= depth) {
				builders.add(new YMap.Fields.Builder(16));
			}
			return builders.get(depth).reset();
		}

		private YNode aliased(AliasEvent alias) {
			YNode node = anchors.get(alias.getAnchor());
			if (node == null) {
				throw new Refused("found undefined alias " + alias.getAnchor(), alias.getStartMark());
			}
			if (node == OPEN) {
				throw new SelfReference(alias.getAnchor(), alias.getStartMark().getLine() + 1);
			}
			if (!(node instanceof YScalar)) {
				sharedCollections = true;
				if (++collectionAliases > limits.maxAliases()) {
					throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max=" + limits.maxAliases());
				}
			}
			return node;
		}

		private void anchor(@Nullable String anchor, YNode node) {
			if (anchor != null) {
				anchors.put(anchor, node);
			}
		}

		/** The kind a scalar's tag gives it: the resolver's for an implicit tag, else the tag written. */
		private YScalar.Kind scalarKind(ScalarEvent scalar) {
			String tag = scalar.getTag();
			if (tag == null || tag.equals("!")) {
				return FastResolver.kind(scalar.getValue(), scalar.getImplicit().canOmitTagInPlainScalar());
			}
			checkTag(tag, scalar.getStartMark());
			return FastResolver.kindOfTag(tag);
		}

		/** A written tag, refused when it is a global one (a class name, say), as the composer's tag inspector refuses it. */
		private void checkTag(@Nullable String written, Mark at) {
			if (written != null && FastResolver.customGlobal(written)) {
				throw new Refused("Global tag is not allowed: " + written, at);
			}
		}
	}

	/** A refusal of the composer's kind, with the place in the text. */
	private static final class Refused extends MarkedYAMLException {
		private static final long serialVersionUID = 1L;

		Refused(String problem, Mark at) {
			super(null, null, problem, at);
		}
	}

	/** An alias inside the collection it stands for. */
	private static final class SelfReference extends RuntimeException {
		private static final long serialVersionUID = 1L;

		final String anchor;

		final int line;

		SelfReference(String anchor, int line) {
			super(null, null, false, false);
			this.anchor = anchor;
			this.line = line;
		}
	}

	/** Lines of Helm markup kept for the answer: enough to point at, far fewer than a large chart may have. */
	static final int MAX_HELM_LINES = 200;

	/** Aliases are shared nodes; this many nodes after expanding them is far beyond any manifest. */
	static final long MAX_EXPANDED_NODES = 2_000_000;

	/** The node count with every alias expanded, memoised so that computing it stays linear. */
	private static long expandedSize(YNode node, Map<YNode, Long> sizes) {
		Long known = sizes.get(node);
		if (known != null) {
			return known;
		}
		long size = 1;
		if (node instanceof YSeq seq) {
			for (YNode child : seq.items()) {
				size = Math.min(Long.MAX_VALUE / 4, size + expandedSize(child, sizes));
			}
		}
		else if (node instanceof YMap m) {
			for (YMap.Entry e : m.entries().values()) {
				size = Math.min(Long.MAX_VALUE / 4, size + 1 + expandedSize(e.value(), sizes));
			}
		}
		sizes.put(node, size);
		return size;
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
