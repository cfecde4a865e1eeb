package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.provider.Arguments;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loaded;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.trace.ApiError;

/**
 * Table helpers: a case is a name that reads as the rule, a YAML snippet, and the errors expected as
 * {@code "L<line> <message>"}; a case without expected errors must be accepted.
 */
final class Cases {

	/** Lines 1-8 of {@link #pod}; the first line of the ports block is line 9. */
	static final String POD_HEAD = """
			apiVersion: v1
			kind: Pod
			metadata: {name: web}
			spec:
			  containers:
			  - name: app
			    image: nginx
			    ports:
			""";

	/** Lines 1-4 of {@link #svc}; the first line of the spec body is line 5. */
	static final String SVC_HEAD = """
			apiVersion: v1
			kind: Service
			metadata: {name: web}
			spec:
			""";

	private Cases() {
	}

	/** A Pod with one container whose {@code ports:} list is {@code ports} (starting on line 9). */
	static String pod(String ports) {
		return POD_HEAD + indent(ports, "    ");
	}

	/** A Service whose spec body is {@code spec} (starting on line 5). */
	static String svc(String spec) {
		return SVC_HEAD + indent(spec, "  ");
	}

	static String indent(String block, String by) {
		return Arrays.stream(block.stripTrailing().split("\n")).map(l -> by + l).collect(Collectors.joining("\n", "", "\n"));
	}

	static Arguments bad(String name, String yaml, String... expected) {
		return Arguments.of(name, yaml, List.of(expected));
	}

	static Arguments ok(String name, String yaml) {
		return Arguments.of(name, yaml, List.of());
	}

	static List<Doc> docs(String yaml) {
		Loaded loaded = new YamlLoader().load(List.of(new Source("manifests.yaml", yaml)));
		assertThat(loaded.problems()).as("the snippet must be valid YAML").isEmpty();
		return loaded.docs();
	}

	static List<ApiError> errors(String yaml) {
		return errors(yaml, FeatureGates.DEFAULT);
	}

	static List<ApiError> errors(String yaml, FeatureGates gates) {
		return new Validator(dev.portpath.sim.parse.Budget.unlimited(), gates).validate(docs(yaml));
	}

	/** Runs a case: the errors must be exactly {@code expected}, each with a path and a fix. */
	static void check(String yaml, List<String> expected) {
		check(yaml, expected, FeatureGates.DEFAULT);
	}

	/** Runs a case judged with the feature gates of one Kubernetes release. */
	static void check(String yaml, List<String> expected, FeatureGates gates) {
		List<ApiError> errors = errors(yaml, gates);
		assertThat(errors).allSatisfy(e -> {
			assertThat(e.file()).isEqualTo("manifests.yaml");
			assertThat(e.path()).matches("[A-Za-z]+/[a-z0-9-]+/[^/]*/.+");
			assertThat(e.fix()).isNotBlank().doesNotEndWith(".");
		});
		assertThat(errors.stream().map(e -> "L" + e.line() + " " + e.message()).toList())
			.containsExactlyElementsOf(expected);
	}
}
