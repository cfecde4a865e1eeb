package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

class PlaygroundControllerTest extends PlaygroundSlice {

	private MvcTestResult post(boolean htmx, String manifests, String from, String to) {
		var request = mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", manifests).param("from", from).param("to", to);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return request.exchange();
	}

	@Test
	void opensWithTheFirstExampleAsAWholePage() {
		assertThat(mvc.get().uri("/playground")).hasStatusOk()
			.bodyText()
			.contains("<!DOCTYPE html>", "<textarea id=\"manifests\"", "The second port misses", "NO_ENDPOINTS")
			.containsPattern("/webjars/codemirror/5\\.65\\.21/lib/codemirror\\.js")
			.containsPattern("/webjars/htmx\\.org/2\\.\\d+\\.\\d+/dist/htmx\\.min\\.js")
			.contains("name=\"htmx-config\"", "\"allowEval\": false", "\"includeIndicatorStyles\": false");
	}

	@Test
	void htmxRequestGetsOnlyTheResultFragment() {
		assertThat(post(true, ExampleFixtures.WORKING, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"result\"")
			.doesNotContain("<html", "<textarea")
			.contains("DELIVERED", "hx-swap-oob=\"innerHTML:#from\"", "<datalist id=\"to-options\" hx-swap-oob=\"true\">",
					"deployment/web");
	}

	@Test
	void formPostWithoutHtmxGetsTheWholePage() {
		assertThat(post(false, ExampleFixtures.WORKING, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.contains("<!DOCTYPE html>", "DELIVERED", "<option value=\"deployment/web\"")
			.doesNotContain("hx-swap-oob");
	}

	@Test
	void deliveredTraceShowsEveryHopItsLinesTheEndpointsAndTheDiagram() {
		assertThat(post(true, ExampleFixtures.WORKING, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"step\">dns</span>", "<span class=\"step\">kube-proxy</span>",
					"<span class=\"step\">container</span>", "data-line=\"26\"", "line 26", "Endpoints (2)",
					"<svg", "web:80/TCP", "80 → 80/TCP", "Route map", "Port fields");
	}

	/** The service hop neither moves nor translates the address: it is shown once, not as an arrow to itself. */
	@Test
	void aHopThatKeepsItsAddressShowsItOnce() {
		assertThat(post(true, ExampleFixtures.WORKING, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.containsPattern("<span class=\"step\">service</span>\\s*<span class=\"addr\">[0-9.]+:80</span>")
			.doesNotContainPattern("<span>([^<]+)</span> → <span\\s*>\\1</span>");
	}

	@Test
	void failingHopShowsItsFixAndMarksItsLines() {
		assertThat(post(true, ExampleFixtures.BROKEN, "shell", "hello:81")).hasStatusOk()
			.bodyText()
			.contains("<li class=\"hop fail\">", "fix:", "name the container port admin", "NO_ENDPOINTS",
					"data-marks=\"16 36\"", "class=\"box fail\"", "named-target-port-not-found");
	}

	@Test
	void yamlThatCannotBeParsedIs400WithItsLine() {
		assertThat(post(false, "kind: Service\nmetadata:\n  name: [unclosed\n", "shell", "web:80"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The YAML cannot be read", "data-line=\"4\"", "line 4", "data-marks=\"4\"");
	}

	@Test
	void htmxAnswersTheSameMessageWith200SoTheConsoleStaysClean() {
		assertThat(post(true, "kind: Service\nmetadata:\n  name: [unclosed\n", "shell", "web:80")).hasStatusOk()
			.bodyText()
			.contains("The YAML cannot be read", "line 4", "data-status=\"400\"");
	}

	@Test
	void unknownFromIs400WithTheEngineMessage() {
		assertThat(post(false, ExampleFixtures.WORKING, "deploy/nope", "http://web/")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("This request cannot be traced", "no Deployment named nope", "Route map");
	}

	@Test
	void manifestsOverTheEngineLimitAre413() {
		assertThat(post(false, "# padding\n".repeat(120_000), "shell", "web:80")).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyText()
			.contains("The manifests are too large", "limit");
	}

	@Test
	void requestBodyOverTheLimitIs413BeforeAnythingReadsIt() {
		assertThat(mvc.post().uri("/playground").header("HX-Request", "true")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(new byte[5 * 1024 * 1024]))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyText()
			.contains("too large", "1 MiB of YAML");
	}

	@Test
	void emptyEditorIsANeutralStateNotAnError() {
		assertThat(post(false, "", "shell", "web:80")).hasStatusOk()
			.bodyText()
			.contains("Nothing to trace yet", "data-state=\"neutral\"", "kubectl get svc,endpointslices",
					"href=\"/playground?example=working-web\"")
			.doesNotContain("class=\"problem", "id=\"share-link\"");
	}

	@Test
	void noToYetIsAHintNotAnError() {
		assertThat(post(false, ExampleFixtures.WORKING, "shell", "")).hasStatusOk()
			.bodyText()
			.contains("Choose where the request goes", "Route map")
			.doesNotContain("class=\"trace\"");
	}

	@Test
	void everyUserStringIsEscaped() {
		assertThat(post(false, ExampleFixtures.WORKING, "shell", "http://web/<script>alert(1)</script>"))
			.bodyText()
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void shareLinkRestoresTheSameTrace() throws Exception {
		String edited = ExampleFixtures.WORKING.replace("replicas: 2", "replicas: 3");
		String page = post(false, edited, "shell", "http://web.default/").getResponse().getContentAsString(
				java.nio.charset.StandardCharsets.UTF_8);
		Matcher link = Pattern.compile("id=\"share-link\" href=\"/playground\\?s=([A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(link.find()).isTrue();
		assertThat(mvc.get().uri("/playground").param("s", link.group(1))).hasStatusOk()
			.bodyText()
			.contains("replicas: 3", "value=\"http://web.default/\"", "DELIVERED", "Endpoints (3)");
	}

	@Test
	void damagedShareLinkIs400WithAnExplanation() {
		assertThat(mvc.get().uri("/playground").param("s", "not-a-link")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("This share link is damaged");
	}

	@Test
	void exampleLoadsItsManifestsAndRequest() {
		assertThat(mvc.get().uri("/playground").param("example", "working-web")).hasStatusOk()
			.bodyText()
			.contains("A working web app", "Service web sends port 80", "value=\"http://web/\"", "image: nginx:1.27",
					"DELIVERED");
	}

	@Test
	void unknownExampleIs404() {
		assertThat(mvc.get().uri("/playground").param("example", "nope")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("No such example");
	}

	@Test
	void routeMapPickTracesItsRow() {
		assertThat(mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", ExampleFixtures.BROKEN).param("from", "shell").param("to", "hello:81")
			.param("pick", "default/shell http://hello.default:80"))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"http://hello.default:80\"", "DELIVERED");
	}

	@Test
	void typedFromWinsOverTheList() {
		assertThat(mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", ExampleFixtures.WORKING).param("from", "shell").param("fromOther", "external")
			.param("to", "http://web/"))
			.bodyText()
			.contains("<option value=\"external\" selected=\"selected\"", "NXDOMAIN");
	}

	@Test
	void securityHeadersAreOnThePage() {
		assertThat(mvc.get().uri("/playground")).hasStatusOk()
			.headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "no-referrer")
			.satisfies(h -> assertThat(h.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'",
					"script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval"));
	}
}
