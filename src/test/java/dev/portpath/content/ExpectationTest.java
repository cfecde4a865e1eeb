package dev.portpath.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Outcome;

/** An author's expectation against the engine's trace, key by key, on a two-pod StatefulSet. */
class ExpectationTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			per-pod-name-lands-on-that-pod         | tcp://db-1.db:5432 | DELIVERED    | db-1         | postgres | 5432 | none      | 1  | ''
			namespace-slash-pod-names-it-too       | tcp://db-1.db:5432 | DELIVERED    | default/db-1 | ''       | ''   | ''        | '' | ''
			one-of-two-reachable-pods-is-wrong     | tcp://db:5432      | DELIVERED    | db-0         | ''       | ''   | ''        | 2  | pod db-0 / db-0 or db-1
			wrong-container-and-port               | tcp://db-1.db:5432 | DELIVERED    | ''           | app      | 80   | ''        | '' | container app / postgres; port 80 / 5432
			a-failing-hop-where-none-fails         | tcp://db-1.db:5432 | DELIVERED    | ''           | ''       | ''   | endpoints | '' | failStep endpoints / none
			every-key-is-compared-with-the-outcome | tcp://db-1.db:5432 | NO_ENDPOINTS | ''           | ''       | ''   | ''        | 0  | outcome NO_ENDPOINTS / DELIVERED; endpoints 0 / 1
			""")
	void eachKeyIsComparedWithTheTrace(String rule, String to, Outcome outcome, String pod, String container, String port,
			String failStep, String endpoints, String mismatches) {
		var trace = new Engine().trace(List.of(new Source("m.yaml", GraderTest.STATEFUL)), "shell", to);
		var expectation = new Expectation(outcome, given(pod), given(container), given(port).map(Integer::parseInt),
				given(failStep), given(endpoints).map(Integer::parseInt));
		assertThat(expectation.mismatches(trace).stream()
			.map(m -> m.key() + " " + m.expected() + " / " + m.traced())
			.toList()).isEqualTo(mismatches.isEmpty() ? List.of() : List.of(mismatches.split("; ")));
	}

	private static Optional<String> given(String value) {
		return value.isEmpty() ? Optional.empty() : Optional.of(value);
	}
}
