package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The optional "kubernetesVersion" of the API's requests: the release an answer is judged by, and says it was. */
@WebMvcTest(ApiController.class)
@Import(EngineConfig.class)
class ApiKubernetesVersionTest {

	/** ApiControllerTest's app, with a Service name that only 1.36 accepts (RelaxedServiceNameValidation). */
	static final String MANIFESTS = ApiControllerTest.MANIFESTS.replace("  name: web\nspec:\n  selector", "  name: 1web\nspec:\n  selector");

	@Autowired
	MockMvcTester mvc;

	private static String body(String version) {
		return "{\"manifests\": \"" + MANIFESTS.replace("\n", "\\n") + "\", \"to\": \"http://1web/\""
				+ (version == null ? "" : ", \"kubernetesVersion\": \"" + version + "\"") + "}";
	}

	@Test
	void withoutAVersionTheAnswerIsJudgedBy136() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).content(body(null)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("DELIVERED");
				assertThat(b).extractingPath("$.kubernetes").isEqualTo("1.36");
			});
	}

	@Test
	void version135RefusesTheNameAndSaysSo() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).content(body("1.35")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("INVALID");
				assertThat(b).extractingPath("$.kubernetes").isEqualTo("1.35");
			});
		assertThat(mvc.post().uri("/api/v1/check").contentType(MediaType.APPLICATION_JSON)
			.content("{\"manifests\": \"" + MANIFESTS.replace("\n", "\\n") + "\", \"kubernetesVersion\": \"1.35\"}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.errors[0].path").isEqualTo("Service/default/1web/metadata.name");
				assertThat(b).extractingPath("$.kubernetes").isEqualTo("1.35");
			});
	}

	@Test
	void anotherVersionIsABadRequest() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).content(body("1.34")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("\"kubernetesVersion\" is 1.35 or 1.36, not \"1.34\"");
	}
}
