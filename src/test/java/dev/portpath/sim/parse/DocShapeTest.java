package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a document without kind most likely is, from its top-level keys. */
class DocShapeTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			kustomization-resources              | resources: [a.yaml]                                            | KUSTOMIZATION
			kustomization-name-prefix            | namePrefix: prod-                                              | KUSTOMIZATION
			kustomization-with-kind              | {apiVersion: kustomize.config.k8s.io/v1beta1, kind: Kustomization, resources: []} | KUSTOMIZATION
			chart-yaml                           | {apiVersion: v2, name: shop, version: 0.1.0}                   | HELM_CHART
			compose-file                         | {services: {web: {image: nginx}}}                              | COMPOSE
			an-object-missing-its-kind           | {apiVersion: v1, metadata: {name: web}, spec: {}}              | UNKNOWN
			an-object-with-images-in-spec        | {spec: {images: [a]}}                                          | UNKNOWN
			a-service                            | {apiVersion: v1, kind: Service, metadata: {name: web}}         | UNKNOWN
			""")
	void shape(String rule, String yaml, DocShape expected) {
		Loaded l = new YamlLoader().load(List.of(new Source("m.yaml", yaml + "\n")));

		assertThat(DocShape.of(l.docs().get(0).root())).isEqualTo(expected);
	}
}
