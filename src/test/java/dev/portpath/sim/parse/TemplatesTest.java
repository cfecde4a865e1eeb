package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Helm template markup in the raw text: the advice to render it comes before any parse error. */
class TemplatesTest {

	private static final String CHART_SERVICE = """
			apiVersion: v1
			kind: Service
			metadata:
			  name: {{ include "shop.fullname" . }}
			  labels:
			    {{- include "shop.labels" . | nindent 4 }}
			spec:
			  type: {{ .Values.service.type }}
			  ports:
			    - port: {{ .Values.service.port }}
			      targetPort: http
			""";

	private static Loaded load(String yaml) {
		return new YamlLoader().load(List.of(new Source("service.yaml", yaml)));
	}

	@Test
	void aChartTemplateThatCannotBeParsedIsAnsweredWithHelmAdviceFirst() {
		Loaded l = load(CHART_SERVICE);

		assertThat(l.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(4);
			assertThat(p.message()).startsWith("line 4 holds template markup ({{ include \"shop.fullname\" . }}), so this looks"
					+ " like a Helm chart template").contains("run `helm template RELEASE CHART`").contains("YAML cannot be parsed at line");
		});
	}

	@Test
	void aTemplateThatParsesIsKeptWithItsHelmLines() {
		// quoted markup is valid YAML: the objects are read, and the lines are kept for the not-simulated report
		Loaded l = load("apiVersion: v1\nkind: Service\nmetadata:\n  name: \"{{ .Release.Name }}-web\"\nspec:\n"
				+ "  ports:\n  - port: 80\n    targetPort: \"{{ .Values.port }}\"\n");

		assertThat(l.problems()).isEmpty();
		assertThat(l.helmMarkup()).extracting(m -> m.loc().line()).containsExactly(4, 8);
	}

	static Stream<Arguments> otherTemplates() {
		return Stream.of(Arguments.of("prometheus-rule-labels", "description: '{{ $labels.pod }} down for {{ $value | humanize }}'"),
				Arguments.of("alertmanager-define", "text: '{{ define \"slack.title\" }}{{ .CommonLabels.alertname }}{{ end }}'"),
				Arguments.of("argo-workflow-parameter", "args: '{{inputs.parameters.message}}'"),
				Arguments.of("grafana-legend", "legendFormat: '{{ container }} (k8s)'"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("otherTemplates")
	void otherTemplatesInDataAreNotHelms(String rule, String line) {
		Loaded l = load("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  " + line + "\n");

		assertThat(l.problems()).isEmpty();
		assertThat(l.helmMarkup()).isEmpty();
	}

	@Test
	void aParseErrorFarFromOrdinaryMarkupIsAnOrdinaryParseError() {
		Loaded l = load("apiVersion: v1\nkind: ConfigMap\ndata:\n  a: '{{ $labels.pod }}'\n---\nkind: Service\n  metadata: x\n");

		assertThat(l.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("YAML cannot be parsed"));
	}

	@Test
	void markupOnTheFailingLineIsNamedEvenWithoutHelmWords() {
		Loaded l = load("apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ name }}-web\n");

		assertThat(l.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(4);
			assertThat(p.message()).startsWith("line 4 holds template markup ({{ name }}): if this is a Helm chart template");
		});
	}

	@Test
	void manyBracesCostLinearTime() {
		String text = "a: '" + "{{".repeat(300_000) + "'\n" + "{{ x\n".repeat(100_000);
		long start = System.nanoTime();

		List<Templates.Mark> helm = Templates.helm(new Source("m.yaml", text), 10);
		Templates.explaining(new Source("m.yaml", text), 50_000);

		assertThat(helm).isEmpty();
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
	}

	@Test
	void aLongMarkupIsShortenedInTheMessage() {
		List<Templates.Mark> marks = Templates.helm(new Source("m.yaml", "x: {{ .Values." + "a".repeat(300) + " }}\n"), 5);

		assertThat(marks).singleElement().satisfies(m -> {
			assertThat(m.markup()).endsWith("...").hasSizeLessThan(70);
			assertThat(m.loc().col()).isEqualTo(4);
		});
	}
}
