package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portpath.sim.trace.ApiError;

/**
 * kubectl's getObjectKind (k8s.io/kubectl/pkg/validation): a document must name apiVersion and kind, as
 * strings, before kubectl sends anything; kubectl prints {@code error validating data: [apiVersion not set,
 * kind not set]}. An empty document is no object and says nothing.
 */
class TypeMetaRulesTest {

	static Stream<Arguments> typeMeta() {
		return Stream.of(
				bad("kind-not-set", "apiVersion: v1\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n",
						"L1 error validating data: kind not set"),
				bad("api-version-not-set", "kind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n",
						"L1 error validating data: apiVersion not set"),
				bad("both-not-set-are-joined-in-brackets", "metadata: {name: web}\nspec: {ports: [{port: 80}]}\n",
						"L1 error validating data: [apiVersion not set, kind not set]"),
				bad("kind-written-empty-points-at-its-line", "apiVersion: v1\nmetadata: {name: web}\nkind:\n",
						"L3 error validating data: kind not set"),
				bad("kind-is-a-list", "apiVersion: v1\nkind: [Service]\nmetadata: {name: web}\n",
						"L2 error validating data: kind isn't string type"),
				bad("api-version-is-a-number", "apiVersion: 1\nkind: Service\nmetadata: {name: web}\n",
						"L1 error validating data: apiVersion isn't string type"),
				bad("api-version-with-two-slashes", "apiVersion: networking.k8s.io/v1/beta\nkind: Ingress\nmetadata: {name: web}\n",
						"L1 error validating data: unexpected GroupVersion string: networking.k8s.io/v1/beta"),
				bad("an-empty-mapping-is-an-object-without-kind", "{}\n",
						"L1 error validating data: [apiVersion not set, kind not set]"),
				bad("a-list-item-without-kind", "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  metadata: {name: web}\n",
						"L4 error validating data: kind not set"),
				bad("second-document-keeps-its-line", "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nmetadata: {name: b}\n",
						"L5 error validating data: [apiVersion not set, kind not set]"),
				ok("empty-documents-say-nothing", "---\n---\n# only a comment\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n"),
				ok("typed-list-items-take-the-list-kind", "apiVersion: v1\nkind: PodList\nitems:\n- metadata: {name: a}\n"),
				ok("custom-kinds-are-fine", "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a}\n"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("typeMeta")
	void kindAndApiVersion(String rule, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}

	@Test
	void anObjectWithoutKindIsNotJudgedFurther() {
		// the Service's port 0 would be an error, but kubectl never sends an object without apiVersion
		assertThat(Cases.errors("kind: Service\nmetadata: {name: web}\nspec: {ports: [{port: 0}]}\n"))
			.extracting(ApiError::message)
			.containsExactly("error validating data: apiVersion not set");
	}

	@Test
	void theFixNamesTheApiVersionOfAKnownKind() {
		assertThat(Cases.errors("kind: Deployment\nmetadata: {name: web}\n")).singleElement().satisfies(e -> {
			assertThat(e.fix()).startsWith("add apiVersion: apps/v1");
			assertThat(e.path()).isEqualTo("Deployment/default/web/apiVersion");
		});
	}

	@Test
	void theFixGuessesTheKindFromTheShape() {
		assertThat(Cases.errors("apiVersion: v1\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80}]\n"))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.fix()).contains("kind: Service?");
				assertThat(e.path()).isEqualTo("Object/default/web/kind");
			});
	}

	@Test
	void aPastedKustomizationSaysToBuildItFirst() {
		String yaml = "resources:\n- deployment.yaml\n- service.yaml\nnamePrefix: prod-\n";

		assertThat(Cases.errors(yaml)).singleElement().satisfies(e -> {
			assertThat(e.message()).isEqualTo("error validating data: [apiVersion not set, kind not set]");
			assertThat(e.fix()).startsWith("this is a kustomization.yaml").contains("`kubectl kustomize DIR`");
		});
	}

	@Test
	void aPastedChartYamlSaysToRenderTheChart() {
		String yaml = "apiVersion: v2\nname: shop\nversion: 0.1.0\nappVersion: \"1.0\"\n";

		assertThat(Cases.errors(yaml)).singleElement().satisfies(e -> {
			assertThat(e.message()).isEqualTo("error validating data: kind not set");
			assertThat(e.fix()).contains("Chart.yaml").contains("`helm template RELEASE CHART`");
		});
	}

	@Test
	void aPastedComposeFileSaysItIsNotKubernetes() {
		assertThat(Cases.errors("services:\n  web:\n    image: nginx\n    ports: [\"8080:80\"]\n")).singleElement()
			.satisfies(e -> assertThat(e.fix()).contains("Docker Compose"));
	}
}
