package dev.portpath.sim.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.Engine;
import dev.portpath.sim.trace.CheckReport;

/** helm template output split at its "# Source:" comments, so findings name the template. */
class HelmSourcesTest {

	static final String RENDERED = """
			---
			# Source: shop/templates/service.yaml
			apiVersion: v1
			kind: Service
			metadata:
			  name: web
			spec:
			  selector: {app: web}
			  ports:
			    - port: 80
			      targetPort: http
			---
			# Source: shop/templates/deployment.yaml
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector: {matchLabels: {app: web}}
			  template:
			    metadata: {labels: {app: web}}
			    spec:
			      containers:
			        - name: web
			          image: ghcr.io/acme/web:1
			          ports: [{containerPort: 8080, name: web}]
			""";

	@Test
	void eachTemplateIsASourceNamedAfterIt() {
		List<Source> sources = HelmSources.split(new Source("rendered.yaml", RENDERED));
		assertThat(sources).extracting(Source::name).containsExactly("shop/templates/service.yaml",
				"shop/templates/deployment.yaml");
		assertThat(sources.get(0).text()).startsWith("apiVersion: v1\n");
		assertThat(sources.get(1).text()).startsWith("apiVersion: apps/v1\n");
	}

	@Test
	void aFindingNamesTheTemplateAndTheLineInIt() {
		CheckReport r = new Engine().check(HelmSources.split(new Source("rendered.yaml", RENDERED)));
		assertThat(r.findings()).filteredOn(f -> f.code().equals("named-target-port-not-found")).singleElement()
			.satisfies(f -> {
				assertThat(f.file()).isEqualTo("shop/templates/service.yaml");
				assertThat(f.line()).isEqualTo(9);
			});
	}

	@Test
	void textWithoutSourceCommentsIsLeftWhole() {
		Source plain = new Source("m.yaml", "apiVersion: v1\nkind: Service\n# Source: not after a separator\n");
		assertThat(HelmSources.split(plain)).containsExactly(plain);
	}

	@Test
	void aSourceCommentInsideADocumentIsNotASplit() {
		String text = "---\n# Source: a.yaml\nkind: ConfigMap\ndata:\n  x: |\n    # Source: b.yaml\n";
		assertThat(HelmSources.split(new Source("m.yaml", text))).extracting(Source::name).containsExactly("a.yaml");
	}
}
