package dev.portpath.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ManifestsTest {

	@Test
	void roundTripKeepsStringsThatLookLikeOtherTypes() {
		String yaml = """
				apiVersion: v1
				kind: Service
				metadata:
				  name: web
				  labels: {enabled: "true", on: yes, date: 2024-01-01}
				spec:
				  ports:
				  - port: 80
				    targetPort: "8080"
				""";
		Manifests m = Manifests.parse(yaml);
		String out = m.dump();
		assertThat(out).contains("targetPort: '8080'", "enabled: 'true'", "on: yes", "date: 2024-01-01", "  - port: 80");
		assertThat(Manifests.parse(out).docs()).isEqualTo(m.docs());
	}

	@Test
	void multiLineStringsAreWrittenAsLiteralBlocks() {
		Manifests m = Manifests.parse("kind: ConfigMap\nmetadata: {name: c}\ndata:\n  a.conf: |\n    one\n    two\n");
		assertThat(m.dump()).contains("a.conf: |\n    one\n    two\n");
	}

	@Test
	void fieldPathsReadWriteAndRemove() {
		Manifests m = Manifests.parse("kind: Service\nmetadata: {name: web, namespace: shop}\nspec:\n  ports:\n  - {port: 80, targetPort: http}\n");
		assertThat(Bugs.get(m, "Service/shop/web/spec.ports[0].targetPort")).isEqualTo("http");
		Bugs.put(m, "Service/shop/web/spec.ports[0].targetPort", 8080);
		assertThat(Bugs.get(m, "Service/shop/web/spec.ports[0]")).isEqualTo(Map.of("port", 80, "targetPort", 8080));
		Bugs.drop(m, "Service/shop/web/spec.ports[0].targetPort");
		assertThat(Bugs.get(m, "Service/shop/web/spec.ports[0]")).isEqualTo(Map.of("port", 80));
		assertThat(Manifests.parent("spec.ports[0].targetPort")).isEqualTo("spec.ports[0]");
		assertThat(Manifests.parent("spec.ports[0]")).isEqualTo("spec.ports");
	}

	@Test
	void typosAndRenamesArePlausibleAndValid() {
		assertThat(Names.typo("web")).isEqualTo("wbe");
		assertThat(Names.typo("http")).isEqualTo("htpt");
		assertThat(Names.typo("grpc")).isEqualTo("gprc");
		assertThat(Names.rename("http")).isEqualTo("web");
		assertThat(Names.rename("a-rather-long-nm")).hasSizeLessThanOrEqualTo(15).doesNotEndWith("-");
	}
}
