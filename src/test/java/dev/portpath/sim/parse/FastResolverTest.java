package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The fast resolver must give every plain scalar the tag SnakeYAML's default resolver gives it. */
class FastResolverTest {

	private final Resolver slow = new Resolver();

	/** The kind PortPath reads a tag as. */
	private static YScalar.Kind kind(Tag tag) {
		return Tag.INT.equals(tag) ? YScalar.Kind.INT : Tag.FLOAT.equals(tag) ? YScalar.Kind.FLOAT
				: Tag.BOOL.equals(tag) ? YScalar.Kind.BOOL : Tag.NULL.equals(tag) ? YScalar.Kind.NULL : YScalar.Kind.STR;
	}

	@ParameterizedTest(name = "[{0}]")
	@ValueSource(strings = { "", " ", "~", "null", "Null", "NULL", "nULL", "none", "name", "namespace", "n", "N", "no",
			"No", "NO", "nO", "yes", "Yes", "YES", "y", "Y", "true", "True", "TRUE", "tRUE", "targetPort", "t", "false",
			"off", "Off", "OFF", "on", "On", "ON", "oN", "o", "f", "8080", "80", "0", "00", "007", "0644", "089", "0x1F",
			"0b101", "-1", "+1", "--port=8080", "-v", "+x", "-.5", "-.inf", "+.inf", "-0", "~x", "~", "!", "&", "*", "!!", "-:", "1_000", "1:30", "1.5", "1e5", "1e", ".5", ".inf", ".nan", "-.inf", "2026-12-06",
			"2026-12-06T07:00:00Z", "<<", "<", "http", "HTTP", "TCP", "app.kubernetes.io/name", "10.96.0.10",
			"1.2.3.4", "65535", "99999999999999999999", "1 ", "1a", "12:34", "web", "*", "&a", "!x", "-", "+", "." })
	void sameTagAsSnakeYaml(String value) {
		assertThat(FastResolver.kind(value, true)).isEqualTo(kind(slow.resolve(NodeId.scalar, value, true)));
	}

	@Test
	void sameTagForRandomShortValues() {
		Random random = new Random(42);
		String alphabet = "0123456789abcnotfyNOTFY-+._:eExX ~<!&*";
		List<String> differ = new ArrayList<>();
		for (int i = 0; i < 50_000; i++) {
			StringBuilder sb = new StringBuilder();
			int n = random.nextInt(7);
			for (int k = 0; k < n; k++) {
				sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String v = sb.toString();
			if (FastResolver.kind(v, true) != kind(slow.resolve(NodeId.scalar, v, true))) {
				differ.add("[" + v + "]");
			}
		}
		assertThat(differ).isEmpty();
	}

	/** A written tag: YAML's own types are read as their kind; any other global tag is refused as SnakeYAML's inspector refuses it. */
	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource({ "int, INT, false", "float, FLOAT, false", "bool, BOOL, false", "null, NULL, false",
			"str, STR, false", "timestamp, STR, false", "binary, STR, false", "map, STR, false", "javax.script.ScriptEngineManager, STR, true",
			"java.io.File, STR, true" })
	void writtenTags(String name, YScalar.Kind kind, boolean refused) {
		Tag tag = new Tag(Tag.PREFIX + name);
		assertThat(FastResolver.kindOfTag(tag.getValue())).isEqualTo(kind);
		assertThat(FastResolver.customGlobal(tag.getValue())).isEqualTo(refused).isEqualTo(tag.isCustomGlobal());
		assertThat(FastResolver.customGlobal("!local")).isFalse();
	}
}
