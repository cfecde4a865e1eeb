package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.parse.Doc;

/** names.SimpleNameGenerator: the prefix cut to 58 characters and 5 characters of utilrand's alphabet, here deterministic. */
class GeneratedNamesTest {

	private static List<String> names(String yaml) {
		GeneratedNames.Namer namer = new GeneratedNames.Namer();
		return Cases.docs(yaml).stream().map(namer::name).map(Doc::name).toList();
	}

	@Test
	void aPrefixGetsFiveCharactersOfTheAlphabet() {
		assertThat(names("apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\n")).singleElement()
			.asString()
			.matches("web-[" + GeneratedNames.ALPHABET + "]{5}");
	}

	@Test
	void theSameManifestsGetTheSameNames() {
		String yaml = "apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\n";
		assertThat(names(yaml)).isEqualTo(names(yaml)).containsExactly("web-vstkj");
	}

	@Test
	void objectsSharingAPrefixGetDifferentNames() {
		String pod = "apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\n";
		assertThat(names(pod + "---\n" + pod)).doesNotHaveDuplicates().hasSize(2);
	}

	@Test
	void anEditElsewhereRenamesNothing() {
		String pod = "apiVersion: v1\nkind: Pod\nmetadata: {generateName: web-}\n";
		String other = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {a: b}\n";
		assertThat(names(other + "---\n" + pod).get(1)).isEqualTo(names(pod).get(0));
	}

	@Test
	void aLongPrefixIsCutTo58Characters() {
		String prefix = "a".repeat(70);
		assertThat(names("apiVersion: v1\nkind: Pod\nmetadata: {generateName: " + prefix + "}\n")).singleElement()
			.asString()
			.hasSize(63)
			.startsWith("a".repeat(58));
	}

	@Test
	void aWrittenNameWins() {
		assertThat(names("apiVersion: v1\nkind: Pod\nmetadata: {name: web, generateName: web-}\n")).containsExactly("web");
	}

	@Test
	void withoutAPrefixTheNameStaysEmpty() {
		assertThat(names("apiVersion: v1\nkind: Pod\nmetadata: {labels: {app: web}}\n")).containsExactly("");
	}
}
