package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The loader composes its trees from SnakeYAML's parser events. These tests hold it to what SnakeYAML's own
 * composer builds from the same text (every value, tag, line and column of every corpus file) and to the
 * composer's refusals: undefined aliases, global tags, too many aliases, too deep.
 */
class CompositionTest {

	private static Loaded load(String yaml) {
		return new YamlLoader().load(List.of(new Source("m.yaml", yaml)));
	}

	static Stream<Path> corpusFiles() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
			return files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList().stream();
		}
	}

	/** Each document of a working app, composed by SnakeYAML and by the loader: the same tree, node for node. */
	@ParameterizedTest(name = "{0}")
	@MethodSource("corpusFiles")
	void theLoaderBuildsWhatSnakeYamlsComposerBuilds(Path file) throws IOException {
		String text = Files.readString(file);
		Loaded loaded = new YamlLoader(Limits.DEFAULT.withMaxBytes(64 * 1024 * 1024)).load(List.of(new Source("f.yaml", text)));
		assertThat(loaded.problems()).isEmpty();

		LoaderOptions options = new LoaderOptions();
		options.setCodePointLimit(64 * 1024 * 1024);
		List<Node> composed = new ArrayList<>();
		for (Node n : new Yaml(options).composeAll(new StringReader(text))) {
			if (n instanceof MappingNode m && !listKind(m)) {
				composed.add(n);
			}
		}
		List<YMap> roots = loaded.docs().stream().map(Doc::root).filter(r -> r.loc().line() > 0).toList();
		List<YMap> plain = roots.stream().filter(r -> composed.stream().anyMatch(n -> sameStart(n, r))).toList();
		assertThat(plain).hasSameSizeAs(composed);
		for (int i = 0; i < composed.size(); i++) {
			same(composed.get(i), plain.get(i), "$");
		}
	}

	private static boolean listKind(MappingNode m) {
		return m.getValue().stream().anyMatch(t -> t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("kind")
				&& t.getValueNode() instanceof ScalarNode v && v.getValue().endsWith("List"));
	}

	private static boolean sameStart(Node n, YNode y) {
		return n.getStartMark().getLine() + 1 == y.loc().line() && n.getStartMark().getColumn() + 1 == y.loc().col();
	}

	private static void same(Node n, YNode y, String path) {
		assertThat(sameStart(n, y)).as("%s starts at %s:%s", path, n.getStartMark().getLine() + 1, n.getStartMark().getColumn() + 1)
			.isTrue();
		if (n instanceof ScalarNode s) {
			assertThat(y).as(path).isInstanceOf(YScalar.class);
			YScalar ys = (YScalar) y;
			assertThat(ys.value()).as(path).isEqualTo(s.getValue());
			assertThat(ys.quoted()).as(path).isEqualTo(s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN);
			assertThat(ys.kind()).as(path + " " + s.getTag()).isEqualTo(kind(s.getTag()));
		}
		else if (n instanceof SequenceNode seq) {
			assertThat(y).as(path).isInstanceOf(YSeq.class);
			List<YNode> items = y.items();
			assertThat(items).as(path).hasSameSizeAs(seq.getValue());
			for (int i = 0; i < items.size(); i++) {
				same(seq.getValue().get(i), items.get(i), path + "[" + i + "]");
			}
		}
		else {
			assertThat(y).as(path).isInstanceOf(YMap.class);
			YMap m = (YMap) y;
			List<NodeTuple> tuples = ((MappingNode) n).getValue();
			List<String> keys = tuples.stream().map(t -> t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?").toList();
			assertThat(m.entries().keySet()).as(path).containsExactlyElementsOf(keys.stream().distinct().toList()
				.stream().sorted((a, b) -> Integer.compare(keys.lastIndexOf(a), keys.lastIndexOf(b))).toList());
			for (NodeTuple t : tuples) {
				String key = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "?";
				if (keys.lastIndexOf(key) == tuples.indexOf(t)) {
					same(t.getValueNode(), m.get(key), path + "." + key);
				}
			}
		}
	}

	private static YScalar.Kind kind(Tag tag) {
		return Tag.INT.equals(tag) ? YScalar.Kind.INT : Tag.FLOAT.equals(tag) ? YScalar.Kind.FLOAT
				: Tag.BOOL.equals(tag) ? YScalar.Kind.BOOL : Tag.NULL.equals(tag) ? YScalar.Kind.NULL : YScalar.Kind.STR;
	}

	/** Anchors and aliases as Helm charts and hand-written values use them: the alias reads as its anchor. */
	@Test
	void anAliasReadsAsTheNodeItNames() {
		Loaded l = load("""
				kind: Pod
				metadata:
				  labels: &labels {app: web, tier: front}
				  annotations:
				    owner: &who team-a
				spec:
				  nodeSelector: *labels
				  hostname: *who
				""");
		YMap root = l.docs().get(0).root();
		assertThat(root.path("spec", "nodeSelector")).isSameAs(root.path("metadata", "labels"));
		assertThat(root.path("spec", "nodeSelector", "tier").str("")).isEqualTo("front");
		assertThat(root.path("spec", "hostname").str("")).isEqualTo("team-a");
	}

	/** A later anchor of the same name replaces the earlier one, and anchors do not carry into the next document. */
	@Test
	void anAnchorNamedAgainReplacesTheEarlierOneWithinItsDocument() {
		Loaded l = load("kind: A\na: &x 1\nb: &x 2\nc: *x\n---\nkind: B\nd: *x\n");
		assertThat(l.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(7);
			assertThat(p.message()).contains("found undefined alias x");
		});
		assertThat(load("kind: A\na: &x 1\nb: &x 2\nc: *x\n").docs().get(0).root().get("c").str("")).isEqualTo("2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			undefined-alias            | kind: Pod\\nspec: *nothing\\n                       | 2 | found undefined alias nothing
			self-containing-sequence   | kind: Pod\\nspec: &a [1, *a]\\n                      | 2 | the YAML alias *a at line 2 stands for a node that contains it
			self-containing-mapping    | kind: Pod\\nspec: &s\\n  inner:\\n    again: *s\\n  | 4 | the YAML alias *s at line 4 stands for a node that contains it
			global-tag                 | kind: !!java.io.File [x]\\n                         | 1 | Global tag is not allowed
			""")
	void refusesAsSnakeYamlsComposerWould(String rule, String yaml, int line, String words) {
		Loaded l = load(yaml.replace("\\n", "\n"));
		assertThat(l.docs()).isEmpty();
		assertThat(l.problems()).singleElement().satisfies(p -> {
			if (line > 0) {
				assertThat(p.line()).isEqualTo(line);
			}
			assertThat(p.message()).contains(words);
		});
	}

	/** 64 levels are read; the 65th is refused, as SnakeYAML's composer refuses it with the same limit. */
	@ParameterizedTest(name = "{0} levels")
	@CsvSource({ "64, true", "65, false" })
	void nestingIsLimited(int levels, boolean read) {
		Loaded l = load("a: " + "[".repeat(levels) + "]".repeat(levels) + "\n");
		if (read) {
			assertThat(l.problems()).isEmpty();
		}
		else {
			assertThat(l.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Nesting Depth exceeded max 64"));
		}
	}

	/** Aliases of collections are counted over the whole file, as SnakeYAML counts them; scalars are free. */
	@Test
	void aliasesOfCollectionsAreCountedAndScalarsAreNot() {
		StringBuilder many = new StringBuilder("kind: ConfigMap\nbase: &b {x: 1}\ns: &s v\ndata:\n");
		for (int i = 0; i < 101; i++) {
			many.append("  k").append(i).append(": *b\n");
		}
		assertThat(load(many.toString()).problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("aliases for non-scalar nodes exceeds the specified max=100"));
		assertThat(load(many.toString().replace("*b", "*s")).problems()).isEmpty();
	}
}
