package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The running application over real HTTP (Tomcat, error pages, static files, actuator), in the same
 * Spring context as the browser tests.
 */
class ApplicationSmokeTest extends RunningApp {

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void healthHasLivenessAndReadinessGroups() throws Exception {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"UP\"");
		}
	}

	@Test
	void unknownPageIsAFriendly404WithTheSecurityHeaders() throws Exception {
		HttpResponse<String> response = get("/no/such/page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("No page here", "/playground").doesNotContain("Whitelabel", "Exception");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	@Test
	void staticFilesAndWebJarsAreServedWithTheHeaders() throws Exception {
		String page = get("/playground").body();
		for (String asset : new String[] { "/css/app-", "/js/playground-", "/webjars/codemirror/5.65.21/lib/codemirror.js",
				"/webjars/htmx.org/2.0.10/dist/htmx.min.js" }) {
			int at = page.indexOf(asset);
			assertThat(at).as(asset).isGreaterThan(0);
			String path = page.substring(at, page.indexOf('"', at));
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
		}
	}

	@Test
	void bodyOverTheLimitIs413WithAClearPage() throws Exception {
		byte[] body = ("manifests=" + "a".repeat(5 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/playground")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("1 MiB of YAML");
	}

	@Test
	void apiBodyOverTheLimitIs413WithTheContractJson() throws Exception {
		byte[] body = ("{\"manifests\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/api/v1/check")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).startsWith("{\"error\":").contains("\"line\":0");
	}
}
