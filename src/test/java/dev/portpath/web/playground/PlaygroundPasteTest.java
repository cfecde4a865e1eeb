package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

/**
 * The playground follows what is pasted (issue 11), takes HTTP details (issue 12), compares two versions of the
 * manifests (issue 13) and answers in one line for its live region (issue 16): page and htmx fragment alike.
 */
class PlaygroundPasteTest extends PlaygroundSlice {

	static String scenario(String path) {
		try {
			return Files.readString(Path.of("src/test/resources/scenarios", path, "manifests.yaml"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private MockMvcRequestBuilder form(boolean htmx, String manifests, String from, String to) {
		var request = mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", manifests).param("from", from).param("to", to);
		if (htmx) {
			request.header("HX-Request", "true");
		}
		return request;
	}

	@Test
	void kindsThatAreNotSimulatedAreNamedAboveTheTrace() {
		assertThat(form(true, scenario("not-simulated/mesh-and-config"), "shop/shell", "http://reviews.shop:9080/"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"not-simulated-title\"", "Not simulated", "VirtualService", "ConfigMap", "DELIVERED")
			.containsPattern("(?s)not-simulated-title.*id=\"trace-title\"");
	}

	@Test
	void aPasteWithoutTheRequestsTargetTracesItsFirstRoute() {
		// the page answered for the example (seen), then the editor holds other manifests: the request follows
		String seen = Playground.fingerprint(ExampleFixtures.BROKEN);
		assertThat(form(true, ExampleFixtures.WORKING, "shell", "hello:81").param("seen", seen))
			.hasStatusOk()
			.bodyText()
			.contains("data-followed=\"true\"", "The request followed your paste: shell → hello:81 names nothing",
					"data-from=\"default/shell\"", "data-to=\"http://web.default:80\"", "DELIVERED",
					"Trace from default/shell to http://web.default:80: DELIVERED to container nginx:80")
			.contains("<input type=\"hidden\" id=\"seen\" name=\"seen\" hx-swap-oob=\"true\" value=\""
					+ Playground.fingerprint(ExampleFixtures.WORKING) + "\">");
	}

	@Test
	void theSameManifestsKeepTheRequestAsTyped() {
		String seen = Playground.fingerprint(ExampleFixtures.WORKING);
		assertThat(form(true, ExampleFixtures.WORKING, "shell", "hello:81").param("seen", seen)).hasStatusOk()
			.bodyText()
			.contains("NXDOMAIN", "data-followed=\"false\"")
			.doesNotContain("followed your paste");
	}

	@Test
	void aPasteWithNoRouteToFollowIsANeutralChoice() {
		String pods = """
				apiVersion: v1
				kind: Pod
				metadata:
				  name: lonely
				spec:
				  containers:
				    - name: app
				      image: nginx
				""";
		assertThat(form(false, pods, "shell", "http://web/").param("seen", "0123456789abcdef")).hasStatusOk()
			.bodyText()
			.contains("Choose a request: shell → http://web/ names nothing in these manifests", "data-state=\"neutral\"")
			.doesNotContain("class=\"problem");
	}

	@Test
	void theExampleCaptionGoesOnceTheTextIsNoLongerTheExample() {
		assertThat(form(true, ExampleFixtures.BROKEN.replace("\n", "\r\n"), "shell", "hello:81")).hasStatusOk()
			.bodyText()
			.contains("id=\"example-story\" class=\"example-story\" hx-swap-oob=\"true\"><strong>The second port misses");
		assertThat(form(true, ExampleFixtures.BROKEN + "\n# mine\n", "shell", "hello:81")).hasStatusOk()
			.bodyText()
			.contains("id=\"example-story\" class=\"example-story\" hx-swap-oob=\"true\" hidden=\"hidden\"></p>");
	}

	@Test
	void theLiveRegionSaysTheOutcomeTheFailingHopAndItsLine() {
		assertThat(form(false, ExampleFixtures.BROKEN, "shell", "hello:81")).hasStatusOk()
			.bodyText()
			.containsPattern("id=\"announce\" class=\"visually-hidden\" role=\"status\" aria-live=\"polite\""
					+ " aria-atomic=\"true\">Trace from shell to hello:81: NO_ENDPOINTS at the endpoints hop, line \\d+")
			.contains("Findings:", "Route map:");
	}

	@Test
	void methodAndHeadersReachTheTraceAndTheReceivedRequestIsShown() {
		assertThat(form(true, scenario("http/rewrite-prefix-with-headers"), "external",
				"http://shop.example.com/api/orders?page=2")
			.param("method", "put")
			.param("headers", "X-Env: dev\r\nX-Tags: client\r\n\r\ncookie: session=1"))
			.hasStatusOk()
			.bodyText()
			.contains("DELIVERED", "<dt>received</dt>", "PUT shop.example.com/v2/orders?page=2 · x-env: prod; x-tags: client,gateway",
					"<dt>sent</dt>");
	}

	@Test
	void aRedirectShowsItsStatusAndLocation() {
		assertThat(form(false, scenario("http/redirect-to-https"), "external", "http://shop.example.com/cart?id=7"))
			.hasStatusOk()
			.bodyText()
			.contains("REDIRECTED", "<dt>redirect</dt>", "Location: https://shop.example.com/cart?id=7");
	}

	@Test
	void aHeaderLineWithoutAColonIsABadRequestNamingTheLine() {
		assertThat(form(false, ExampleFixtures.WORKING, "shell", "http://web/").param("headers", "X-Ok: 1\nbroken"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("The headers cannot be read", "line 2 of the headers");
		assertThat(form(true, ExampleFixtures.WORKING, "shell", "http://web/").param("method", "GE T")).hasStatusOk()
			.bodyText()
			.contains("This request cannot be traced");
	}

	@Test
	void theHttpDetailsOpenWhenGiven() {
		assertThat(form(false, ExampleFixtures.WORKING, "shell", "http://web/").param("method", "POST")).hasStatusOk()
			.bodyText()
			.contains("<details id=\"http-details\" class=\"http-details field wide\" open=\"open\">",
					"<option value=\"POST\" selected=\"selected\">POST</option>");
		assertThat(form(false, ExampleFixtures.WORKING, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.contains("<details id=\"http-details\" class=\"http-details field wide\">");
	}

	@Test
	void compareListsWhatBrokeAsAWholePageWithoutJavaScript() {
		String broken = ExampleFixtures.WORKING.replace("targetPort: 80", "targetPort: 8080");
		assertThat(form(false, broken, "shell", "http://web/").param("base", ExampleFixtures.WORKING)
			.param("compare", "1"))
			.hasStatusOk()
			.bodyText()
			.contains("<!DOCTYPE html>", "id=\"diff-title\"", "1 broke", "class=\"change broke\"", "web:80/TCP",
					"<details id=\"compare\" class=\"compare\" open=\"open\">")
			.containsPattern("broke: it reached .*, now UNDECLARED_PORT");
	}

	@Test
	void compareAnswersInTheFragmentForHtmx() {
		String fixed = ExampleFixtures.WORKING;
		String broken = fixed.replace("targetPort: 80", "targetPort: 8080");
		assertThat(form(true, fixed, "shell", "http://web/").param("base", broken)).hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"result\"")
			.contains("class=\"change fixed\"", "1 fixed", "Compared: 1 fixed");
		assertThat(form(true, fixed, "shell", "http://web/").param("base", fixed)).hasStatusOk()
			.bodyText()
			.contains("Every route reaches the same place in both");
	}

	@Test
	void comparedManifestsThatCannotBeReadSaySoWithoutSpoilingTheTrace() {
		assertThat(form(true, ExampleFixtures.WORKING, "shell", "http://web/").param("base", "a: [")).hasStatusOk()
			.bodyText()
			.contains("DELIVERED", "The compared manifests cannot be read");
	}

	@Test
	void aTabSaysSoInPlainWordsOnItsLine() {
		String tabbed = ExampleFixtures.WORKING.replace("    - port: 80", "\t- port: 80");
		assertThat(form(true, tabbed, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.contains("data-state=\"yaml-error\"", "has a tab: YAML indents with spaces only");
	}

	@Test
	void aKeyWithoutItsColonNamesTheLineToFix() {
		String half = ExampleFixtures.WORKING.replace("      targetPort: 80", "      targetP\n");
		int line = (int) half.lines().takeWhile(l -> !l.contains("targetP")).count() + 1;
		assertThat(form(true, half, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.contains("data-state=\"yaml-error\"");
	}

	@Test
	void aPastedKustomizationSaysToBuildItFirst() throws IOException {
		Path dir = Path.of("src/test/resources/scenarios/not-simulated/kustomization-pasted");
		String pasted = Files.readString(dir.resolve("kustomization.yaml")) + "---\n"
				+ Files.readString(dir.resolve("deployment.yaml")) + "---\n" + Files.readString(dir.resolve("service.yaml"));
		assertThat(form(true, pasted, "shell", "http://web/")).hasStatusOk()
			.bodyText()
			.contains("Not simulated", "kubectl kustomize")
			.doesNotContain("not-simulated quiet");
	}

	@Test
	void aShareLinkCarriesTheHttpDetails() throws Exception {
		var result = form(false, scenario("http/rewrite-prefix-with-headers"), "external",
				"http://shop.example.com/api/orders?page=2").param("method", "PUT").param("headers", "X-Env: dev\nX-Tags: client")
			.exchange();
		String body = result.getResponse().getContentAsString();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("id=\"share-link\" href=\"([^\"]+)\"").matcher(body);
		assertThat(link.find()).isTrue();
		String href = link.group(1).replace("&amp;", "&");
		assertThat(href).contains("&method=PUT&headers=X-Env%3A%20dev%0AX-Tags%3A%20client");
		assertThat(mvc.get().uri(java.net.URI.create(href))).hasStatusOk()
			.bodyText()
			.contains("<option value=\"PUT\" selected=\"selected\">PUT</option>",
					"PUT shop.example.com/v2/orders?page=2 · x-env: prod; x-tags: client,gateway");
	}
}
