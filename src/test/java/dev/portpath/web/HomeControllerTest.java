package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(HomeController.class)
class HomeControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void homeSaysWhatPortPathIsAndLeadsOn() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Where does my request go?", "href=\"/playground\"", "href=\"/lessons\"", "href=\"/api\"",
					"Kubernetes <span>1.35/1.36</span>")
			.containsPattern("/css/app(-[0-9a-f]+)?\\.css");
	}

	/** The home page gives the README's own kubectl line, so that the two never drift apart. */
	@Test
	void homeSaysHowToUseItOnYourCluster() throws IOException {
		String kubectlGet = Files.readAllLines(Path.of("README.md"))
			.stream()
			.map(String::strip)
			.filter(l -> l.startsWith("kubectl get services,"))
			.findFirst()
			.orElseThrow();
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Use it on your cluster", kubectlGet, "| bin/portpath check --file -", "nodes,namespaces",
					"kubectl portpath check -n shop");
	}

	@Test
	void apiPageDocumentsBothEndpointsWithCurl() {
		assertThat(mvc.get().uri("/api")).hasStatusOk()
			.bodyText()
			.contains("POST /api/v1/trace", "POST /api/v1/check", "curl -s <span>http://localhost</span>/api/v1/trace",
					"{\"error\": \"...\", \"line\": N}", "/actuator/health/readiness");
	}

	@Test
	void everyPageCarriesTheSecurityHeaders() {
		assertThat(mvc.get().uri("/")).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("Referrer-Policy", "no-referrer")
			.containsHeader("Content-Security-Policy");
	}

	@Test
	void pagesHaveNoInlineScriptStyleOrHandler() {
		for (String page : new String[] { "/", "/api" }) {
			assertThat(mvc.get().uri(page)).bodyText()
				.doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
				.doesNotContainPattern("<style")
				.doesNotContainPattern("\\sstyle=")
				.doesNotContainPattern("\\son[a-z]+=");
		}
	}
}
