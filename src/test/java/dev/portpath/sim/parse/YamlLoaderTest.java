package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YamlLoaderTest {

	private static Loaded load(String yaml) {
		return new YamlLoader().load(List.of(new Source("m.yaml", yaml)));
	}

	static Stream<Arguments> accepted() {
		return Stream.of(
				Arguments.of("two-documents", "kind: Service\n---\nkind: Pod\n", 2, List.of(1, 3)),
				Arguments.of("leading-separator", "---\nkind: Service\n", 1, List.of(2)),
				Arguments.of("document-end-marker", "kind: Service\n...\n---\nkind: Pod\n...\n", 2, List.of(1, 4)),
				Arguments.of("comment-only-document-skipped", "# nothing\n---\nkind: Pod\n", 1, List.of(3)),
				Arguments.of("empty-documents-skipped", "---\n---\nkind: Pod\n---\n", 1, List.of(3)),
				Arguments.of("flow-style", "{\"kind\": \"Service\", \"metadata\": {\"name\": \"x\"}}\n", 1, List.of(1)),
				Arguments.of("kind-list-unpacked", "kind: List\nitems:\n- kind: Service\n- kind: Pod\n", 2, List.of(3, 4)),
				Arguments.of("template-braces-are-data", "kind: ConfigMap\ndata:\n  t: '{{ .Values.x }}'\n", 1, List.of(1)),
				Arguments.of("unknown-kind-kept", "apiVersion: example.com/v1\nkind: Widget\n", 1, List.of(1)),
				Arguments.of("typed-list-unpacked", "apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n"
						+ "- metadata: {name: b}\n", 2, List.of(4, 5)),
				Arguments.of("json-list", "{\"apiVersion\": \"v1\", \"kind\": \"ServiceList\", \"items\": [\n"
						+ "{\"metadata\": {\"name\": \"a\"}}]}\n", 1, List.of(2)));
	}

	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			pod-list-item-takes-pod                | PodList                  | v1                 | Pod
			service-list-item-takes-service        | ServiceList              | v1                 | Service
			deployment-list-takes-group-version    | DeploymentList           | apps/v1            | Deployment
			network-policy-list                    | NetworkPolicyList        | networking.k8s.io/v1 | NetworkPolicy
			""")
	void typedListItemsTakeTheListsItemKind(String rule, String listKind, String apiVersion, String itemKind) {
		Loaded l = load("apiVersion: " + apiVersion + "\nkind: " + listKind + "\nitems:\n- metadata:\n    name: x\n");
		assertThat(l.docs()).singleElement().satisfies(d -> {
			assertThat(d.kind()).isEqualTo(itemKind);
			assertThat(d.apiVersion()).isEqualTo(apiVersion);
			assertThat(d.name()).isEqualTo("x");
		});
	}

	@Test
	void typedListItemKeepsItsOwnKind() {
		Loaded l = load("apiVersion: v1\nkind: PodList\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata: {name: x}\n");
		assertThat(l.docs()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo("Pod"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("accepted")
	void accepts(String name, String yaml, int docs, List<Integer> lines) {
		Loaded l = load(yaml);
		assertThat(l.problems()).isEmpty();
		assertThat(l.docs()).hasSize(docs);
		assertThat(l.docs().stream().map(d -> d.loc().line()).toList()).isEqualTo(lines);
	}

	static Stream<Arguments> refused() {
		String laughs = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
				+ "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n" + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
				+ "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n" + "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
				+ "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n" + "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
				+ "i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n" + "j: &j [*i,*i,*i,*i,*i,*i,*i,*i,*i]\n"
				+ "k: &k [*j,*j,*j,*j,*j,*j,*j,*j,*j]\n" + "l: &l [*k,*k,*k,*k,*k,*k,*k,*k,*k]\n";
		return Stream.of(
				Arguments.of("unclosed-flow-sequence", "kind: Service\nmetadata:\n  name: [x\n", 4, "YAML cannot be parsed"),
				Arguments.of("bad-indentation", "kind: Service\n  metadata: x\n", 2, "YAML cannot be parsed"),
				Arguments.of("tab-indentation", "kind: Service\nspec:\n\tports: []\n", 3, "YAML cannot be parsed"),
				Arguments.of("billion-laughs", laughs, 0, "aliases"),
				Arguments.of("deep-nesting", "a: " + "[".repeat(200) + "]".repeat(200) + "\n", 0, "Nesting Depth"),
				Arguments.of("custom-java-tag", "kind: !!javax.script.ScriptEngineManager [x]\n", 1, ""),
				Arguments.of("scalar-document", "just a sentence\n", 1, "not a mapping"),
				Arguments.of("list-document", "- kind: Service\n", 1, "not a mapping"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusesWithALineAndAReason(String name, String yaml, int line, String words) {
		Loaded l = load(yaml);
		assertThat(l.docs()).isEmpty();
		assertThat(l.problems()).hasSize(1);
		ParseProblem p = l.problems().get(0);
		if (line > 0) {
			assertThat(p.line()).isEqualTo(line);
		}
		assertThat(p.message()).contains(words);
	}

	@Test
	void inputOverTheByteLimitIsRefusedBeforeParsing() {
		Loaded l = new YamlLoader(Limits.DEFAULT.withMaxBytes(100)).load(List.of(new Source("m.yaml", "a: b\n".repeat(40))));
		assertThat(l.problems()).singleElement().satisfies(p -> {
			assertThat(p.tooLarge()).isTrue();
			assertThat(p.message()).contains("200 bytes").contains("100 bytes");
		});
	}

	@Test
	void eachFileKeepsItsOwnLineNumbers() {
		Loaded l = new YamlLoader().load(List.of(new Source("a.yaml", "kind: Pod\n---\nkind: Service\n"),
				new Source("b.yaml", "\n\nkind: Pod\n")));
		assertThat(l.docs()).extracting(d -> d.file() + ":" + d.loc().line()).containsExactly("a.yaml:1", "a.yaml:3", "b.yaml:3");
	}

	@Test
	void quotedNumberIsAStringAndPlainNumberAnInt() {
		YNode ports = load("kind: Service\nspec:\n  a: \"8080\"\n  b: 8080\n").docs().get(0).root().get("spec");
		assertThat(ports.get("a").integer()).isEmpty();
		assertThat(ports.get("a").text()).contains("8080");
		assertThat(ports.get("b").integer()).contains(8080L);
	}

	@Test
	void missingFieldPointsAtTheNearestParent() {
		YMap root = load("kind: Service\nspec:\n  type: NodePort\n").docs().get(0).root();
		assertThat(root.path("spec", "ports", "x").present()).isFalse();
		assertThat(root.path("spec", "ports").loc().line()).isEqualTo(3);
		assertThat(((YMap) root.get("spec")).locOf("type").line()).isEqualTo(3);
	}

	/** A tab that indents is named at its own line, in plain words, with the parser's words after them. */
	@Test
	void aTabIsNamedAtItsLineInPlainWords() {
		Loaded l = load("apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\n");
		assertThat(l.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(4);
			assertThat(p.message()).startsWith("YAML cannot be parsed: line 4 has a tab: YAML indents with spaces only")
				.contains("(the parser says: ");
		});
	}

	/** The parser notices a key without its colon on the next line; the line named is the key's own. */
	@Test
	void aKeyWithoutItsColonIsNamedAtItsOwnLine() {
		Loaded l = load("apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec\n  ports: []\n");
		assertThat(l.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(5);
			assertThat(p.message()).contains("line 5, \"spec\", has no ':' after its key: write it as key: value")
				.contains("(the parser says: could not find expected ':'");
		});
	}
}
