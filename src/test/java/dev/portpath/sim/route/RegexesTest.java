package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regular expressions from manifests run on RE2/J, and a pattern too large to run is refused before it compiles. */
class RegexesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			nested-counted-repetition   | ((a{1000}){1000}){1000}
			counted-group               | (a{100}){100}
			long-optional-chain         | (.?){500}
			""")
	void tooLargeToRunMatchesNothingAndSaysWhy(String name, String regex) {
		long start = System.nanoTime();
		assertThat(Regexes.fullMatch(regex, "a".repeat(4096))).isFalse();
		assertThat(Regexes.problem(regex)).hasValueSatisfying(p -> assertThat(p).contains("larger than PortPath runs"));
		assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(2_000_000_000L);
	}

	@Test
	void ordinaryPatternsRun() {
		assertThat(Regexes.fullMatch("/api/v[0-9]+/.*", "/api/v2/users")).isTrue();
		assertThat(Regexes.problem("(?=look)")).hasValueSatisfying(p -> assertThat(p).contains("not an RE2"));
		assertThat(Regexes.size("[a-z{}]{5}")).isLessThan(Regexes.MAX_SIZE);
	}
}
