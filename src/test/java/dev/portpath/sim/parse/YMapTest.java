package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YMapTest {

	private static YMap load(String yaml) {
		Loaded loaded = new YamlLoader().load(List.of(new Source("m.yaml", yaml)));
		assertThat(loaded.problems()).isEmpty();
		return loaded.docs().get(0).root();
	}

	/**
	 * A key written twice: the later value wins and sits where it is written, as the API server's lenient
	 * decoding keeps it, whether the mapping is searched in place (a few keys) or indexed (more than twelve).
	 */
	@ParameterizedTest(name = "{0} keys, key {1} written again")
	@CsvSource({ "3, 0", "3, 2", "12, 5", "13, 0", "13, 12", "40, 7", "40, 39" })
	void theLaterOfTwoEqualKeysWinsAtItsOwnPlace(int keys, int repeated) {
		StringBuilder yaml = new StringBuilder("kind: ConfigMap\ndata:\n");
		List<String> order = new ArrayList<>();
		for (int i = 0; i < keys; i++) {
			yaml.append("  k").append(i).append(": v").append(i).append('\n');
			order.add("k" + i);
		}
		yaml.append("  k").append(repeated).append(": again\n");
		order.remove("k" + repeated);
		order.add("k" + repeated);

		YMap data = (YMap) load(yaml.toString()).get("data");

		assertThat(data.entries().keySet()).containsExactlyElementsOf(order);
		assertThat(data.get("k" + repeated).str("")).isEqualTo("again");
		assertThat(data.locOf("k" + repeated).line()).isEqualTo(keys + 3);
		for (int i = 0; i < keys; i++) {
			assertThat(data.has("k" + i)).isTrue();
			// a key built at run time (not the loader's interned one) is found by its text
			assertThat(data.get(new String("k" + i)).present()).isTrue();
		}
		assertThat(data.has("k" + keys)).isFalse();
		assertThat(data.get("missing").present()).isFalse();
	}

	/** Every key written twice in a large mapping: linear work, and each key once, at its second place. */
	@ParameterizedTest(name = "{0} keys")
	@CsvSource({ "5", "5000" })
	void aMappingWithEveryKeyRepeatedKeepsEachOnce(int keys) {
		StringBuilder yaml = new StringBuilder("kind: ConfigMap\ndata:\n");
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < keys; i++) {
				yaml.append("  k").append(i).append(": p").append(pass).append('\n');
			}
		}
		YMap data = (YMap) load(yaml.toString()).get("data");

		assertThat(data.entries()).hasSize(keys);
		assertThat(data.get("k0").str("")).isEqualTo("p1");
		assertThat(data.get("k" + (keys - 1)).str("")).isEqualTo("p1");
		assertThat(data.locOf("k0").line()).isEqualTo(keys + 3);
	}

	/** A map made in code (a typed list's item, say) reads as one the loader built. */
	@ParameterizedTest(name = "{0}")
	@CsvSource({ "apiVersion", "kind", "metadata" })
	void aCopiedMapFindsEveryKey(String key) {
		YMap loaded = load("apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n");
		YMap copy = new YMap(new java.util.LinkedHashMap<>(loaded.entries()), loaded.loc());

		assertThat(copy.entries().keySet()).containsExactly("apiVersion", "kind", "metadata");
		assertThat(copy.get(key)).isSameAs(loaded.get(key));
	}
}
