package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YScalarTest {

	/** YAML 1.1 integers as SnakeYAML resolves them: decimal, 0x, 0o, underscores, a sign; too long is no number. */
	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "8080, 8080", "0, 0", "007, 7", "0x1F, 31", "0o17, 15", "1_000, 1000", "+80, 80", "-1, -1",
			"123456789012345678, 123456789012345678", "9223372036854775807, 9223372036854775807",
			"99999999999999999999, ", "0x, " })
	void anIntegerScalarReadsAsYamlMeantIt(String text, Long expected) {
		YScalar s = new YScalar(text, YScalar.Kind.INT, false, Loc.NONE);
		if (expected == null) {
			assertThat(s.integer()).isEmpty();
		}
		else {
			assertThat(s.integer()).contains(expected);
		}
	}

	@ParameterizedTest
	@CsvSource({ "8080, STR", "8080, FLOAT", "true, BOOL" })
	void onlyAnIntegerScalarIsAnInteger(String text, YScalar.Kind kind) {
		assertThat(new YScalar(text, kind, false, Loc.NONE).integer()).isEmpty();
	}
}
