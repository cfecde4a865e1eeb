package dev.portpath.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The server as the image starts it: the packaged jar with {@code -Dspring.aot.enabled=true}, so the bean
 * definitions are the ones {@code process-aot} generated at package time. Every other test starts the
 * context the ordinary way; this one makes sure the generated one serves the same pages and answers.
 */
class AotServerIT {

	static final Path JAR = Path.of("target", "portpath.jar").toAbsolutePath();

	static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static Process server;

	static int port;

	@BeforeAll
	static void start() throws Exception {
		assumeTrue(Files.isRegularFile(JAR), "no target/portpath.jar: run ./mvnw verify (the package phase builds it)");
		server = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Dspring.aot.enabled=true", "-jar", JAR.toString(), "--server.port=0")).redirectErrorStream(true).start();
		Pattern started = Pattern.compile("Tomcat started on port (\\d+)");
		StringBuilder log = new StringBuilder();
		BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
		for (String line; port == 0 && System.nanoTime() < deadline && (line = out.readLine()) != null;) {
			log.append(line).append('\n');
			assertThat(line).as("the AOT start logs no error").doesNotContain(" ERROR ");
			Matcher m = started.matcher(line);
			if (m.find()) {
				port = Integer.parseInt(m.group(1));
			}
		}
		assertThat(port).as(log.toString()).isPositive();
		Thread drain = new Thread(() -> {
			try {
				out.lines().forEach(l -> { });
			}
			catch (java.io.UncheckedIOException ex) {
				// the server was stopped and its output closed: nothing left to drain
			}
		}, "aot-server-log");
		drain.setDaemon(true);
		drain.start();
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (server != null) {
			server.destroy();
			if (!server.waitFor(20, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	@ParameterizedTest(name = "GET {0}")
	@CsvSource({ "/, Where does my request go?", "/lessons, Lessons", "/quizzes, Quizzes", "/playground, Trace",
			"/api, /api/v1/trace", "/actuator/health/readiness, UP" })
	void servesThePages(String path, String text) throws Exception {
		HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)));
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains(text);
	}

	/** UnreadableRequests is a web server customizer, which the generated bean definitions must still apply. */
	@Test
	void aLinkPastTheRequestLineLimitGetsPortPathsPage() throws Exception {
		HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/playground?s=" + "A".repeat(70_000))));
		assertThat(r.statusCode()).isEqualTo(400);
		assertThat(r.body()).contains("could not read this request", "64 KB").doesNotContain("HTTP Status 400");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "json-api, /api/v1/trace, application/json", "htmx-fragment, /playground, application/x-www-form-urlencoded" })
	void tracesARequest(String name, String path, String type) throws Exception {
		String manifests = Files.readString(Path.of("content/examples/selector-typo/manifests.yaml"));
		String body = type.equals("application/json")
				? new JsonMapper().writeValueAsString(Map.of("manifests", manifests, "from", "shell", "to", "http://web/"))
				: "manifests=" + URLEncoder.encode(manifests, StandardCharsets.UTF_8) + "&from=shell&to="
						+ URLEncoder.encode("http://web/", StandardCharsets.UTF_8);
		HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Content-Type", type).header("HX-Request", "true").POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(r.statusCode()).isEqualTo(200);
		assertThat(r.body()).contains("NO_ENDPOINTS");
	}
}
