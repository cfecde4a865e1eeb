package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The /api page documents every endpoint the controllers serve, with the fields they read. */
@WebMvcTest(HomeController.class)
class ApiPageTest {

	@Autowired
	MockMvcTester mvc;

	private String page() {
		var result = mvc.get().uri("/api").exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void documentsRoutesDiffAndPractice() {
		assertThat(page()).contains("POST /api/v1/routes", "POST /api/v1/diff", "GET /api/v1/practice",
				"POST /api/v1/practice/check", "<code>base</code>", "<code>head</code>", "{base: $base, head: $head}",
				"\"changes\"", "\"summary\"", "\"broke\": true", "still-broken", "retargeted",
				"{\"seed\", \"level\", \"app\", \"kinds\", \"manifests\", \"goal\": {\"from\", \"to\"}}",
				"{\"seed\", \"level\", \"manifests\"}")
			.containsPattern("\\{\"routes\": \\[\\{\"kind\": \"service\", \"entry\": \"web:80/TCP\"");
	}

	@Test
	void documentsTheHttpRequestFieldsAndWhatTheAnswerAdds() {
		assertThat(page()).contains("id=\"http\"", "<code>method</code>", "<code>headers</code>", "<code>sni</code>",
				"[name, value]", "\"received\":", "<code>redirect</code>", "<code>mirrors</code>",
				"<code>responseHeaders</code>", "<code>REDIRECTED</code>", "step <code>filter</code>", "kubernetesVersion");
	}

	@Test
	void theFirstExamplesAnswerIsTheAnswerToIt() {
		String page = page();
		// the first request traces a Service whose selector matches no pod: its answer is NO_ENDPOINTS
		Matcher first = Pattern.compile("(?s)/api/v1/trace \\\\\\n.*?\"to\": \"http://web/\"\\}'.*?\"outcome\": \"(\\w+)\"")
			.matcher(page);
		assertThat(first.find()).isTrue();
		assertThat(first.group(1)).isEqualTo("NO_ENDPOINTS");
	}

	@Test
	void everyCodeBlockCanBeScrolledByKeyboard() {
		assertThat(page()).doesNotContain("<pre>").contains("<pre tabindex=\"0\"");
	}
}
