package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The playground's "Judge by" select: the release the form asks for decides what the API server accepts. */
class PlaygroundKubernetesVersionTest extends PlaygroundSlice {

	/** A working app whose Service is named 1web, which only 1.36 accepts (RelaxedServiceNameValidation). */
	static final String DIGIT_FIRST = ExampleFixtures.WORKING.replace("kind: Service\nmetadata:\n  name: web\n",
			"kind: Service\nmetadata:\n  name: 1web\n");

	private MvcTestResult post(String manifests, String version) {
		return mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", manifests).param("from", "shell").param("to", "http://1web/")
			.param("kubernetesVersion", version).exchange();
	}

	@Test
	void thePageOffersBothReleasesWith136Selected() {
		assertThat(mvc.get().uri("/playground")).hasStatusOk()
			.bodyText()
			.contains("<select id=\"kubernetesVersion\" name=\"kubernetesVersion\"",
					"<option value=\"1.35\">Kubernetes 1.35</option>",
					"<option value=\"1.36\" selected=\"selected\">Kubernetes 1.36</option>");
	}

	@Test
	void theChosenReleaseJudgesTheManifestsAndStaysSelected() {
		assertThat(DIGIT_FIRST).contains("name: 1web");
		assertThat(post(DIGIT_FIRST, "1.35")).hasStatusOk()
			.bodyText()
			.contains("a DNS-1035 label must consist of", "INVALID",
					"<option value=\"1.35\" selected=\"selected\">Kubernetes 1.35</option>");
		assertThat(post(DIGIT_FIRST, "1.36")).hasStatusOk().bodyText().contains("DELIVERED").doesNotContain("DNS-1035");
	}
}
