package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(ApiController.class)
@Import(EngineConfig.class)
class ApiControllerTest {

	static final String MANIFESTS = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  replicas: 2
			  selector:
			    matchLabels: {app: web}
			  template:
			    metadata:
			      labels: {app: web}
			    spec:
			      containers:
			      - name: app
			        image: nginx:1.27
			        ports:
			        - {name: http, containerPort: 8080}
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: web
			spec:
			  selector: {app: web}
			  ports:
			  - port: 80
			    targetPort: http
			""";

	@Autowired
	MockMvcTester mvc;

	@Value("${portpath.max-request-bytes}")
	long maxRequestBytes;

	private static String json(String manifests, String from, String to) {
		return "{\"manifests\": " + quote(manifests) + (from == null ? "" : ", \"from\": " + quote(from))
				+ (to == null ? "" : ", \"to\": " + quote(to)) + "}";
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Test
	void traceDeliversThroughTheNamedTargetPort() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(json(MANIFESTS, "shell", "http://web/")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("DELIVERED");
				assertThat(b).extractingPath("$.delivered.port").isEqualTo(8080);
				assertThat(b).extractingPath("$.delivered.container").isEqualTo("app");
				assertThat(b).extractingPath("$.hops[0].step").isEqualTo("dns");
				assertThat(b).extractingPath("$.hops[0].refs[0].line").isEqualTo(22);
			});
	}

	@Test
	void fromDefaultsToTheShell() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(json(MANIFESTS, null, "web:81")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("NO_SUCH_SERVICE_PORT");
	}

	@Test
	void checkReportsNamedPortThatNoPodDeclares() {
		String broken = MANIFESTS.replace("targetPort: http", "targetPort: admin-http");
		assertThat(mvc.post().uri("/api/v1/check").contentType(MediaType.APPLICATION_JSON).content(json(broken, null, null)))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.findings[0].code").isEqualTo("named-target-port-not-found");
				assertThat(b).extractingPath("$.findings[0].line").isEqualTo(27);
				assertThat(b).extractingPath("$.summary.error").isEqualTo(1);
			});
	}

	@Test
	void bodyThatIsNotJsonIs400WithAnError() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).content("manifests: x"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("not JSON");
	}

	@Test
	void missingToIs400() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).content(json(MANIFESTS, "shell", null)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("\"to\"");
	}

	@Test
	void yamlThatCannotBeParsedIs400WithItsLine() {
		assertThat(mvc.post().uri("/api/v1/check").contentType(MediaType.APPLICATION_JSON)
			.content(json("kind: Service\nmetadata:\n  name: [unclosed\n", null, null)))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.error").asString().startsWith("YAML cannot be parsed");
				assertThat(b).extractingPath("$.line").isEqualTo(4);
			});
	}

	@Test
	void inputOverTheLimitIs413() {
		String big = "# padding\n".repeat(120_000);
		assertThat(mvc.post().uri("/api/v1/check").contentType(MediaType.APPLICATION_JSON).content(json(big, null, null)))
			.hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("limit");
	}

	@Test
	void unknownFromIs400NotAnEngineFault() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(json(MANIFESTS, "deploy/nope", "web:80")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("no Deployment named nope");
	}

	@Test
	void chunkedBodyOverTheLimitIs413AndIsNotReadPastIt() {
		ChunkedBodies.ChunkedPost post = new ChunkedBodies.ChunkedPost(new ChunkedBodies.EndlessJson(64 * 1024 * 1024));
		post.uri("/api/v1/check").contentType(MediaType.APPLICATION_JSON).header("Transfer-Encoding", "chunked");
		assertThat(mvc.perform(post)).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.error").asString().contains("over the limit of " + maxRequestBytes);
				assertThat(b).extractingPath("$.line").isEqualTo(0);
			});
		assertThat(post.body.consumed).isPositive().isLessThanOrEqualTo(maxRequestBytes + 1);
	}

	@Test
	void chunkedBodyWithinTheLimitIsRead() {
		byte[] json = json(MANIFESTS, "shell", "http://web/").getBytes(StandardCharsets.UTF_8);
		ChunkedBodies.ChunkedPost post = new ChunkedBodies.ChunkedPost(new ByteArrayInputStream(json));
		post.uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).header("Transfer-Encoding", "chunked");
		assertThat(mvc.perform(post)).hasStatusOk().bodyJson().extractingPath("$.outcome").isEqualTo("DELIVERED");
	}
}
