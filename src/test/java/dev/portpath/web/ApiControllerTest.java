package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

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
		ChunkedPost post = new ChunkedPost(new EndlessJson(64 * 1024 * 1024));
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
		ChunkedPost post = new ChunkedPost(new ByteArrayInputStream(json));
		post.uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON).header("Transfer-Encoding", "chunked");
		assertThat(mvc.perform(post)).hasStatusOk().bodyJson().extractingPath("$.outcome").isEqualTo("DELIVERED");
	}

	/** A POST whose body has no length (as a chunked one arrives) and is read from a stream. */
	static final class ChunkedPost extends AbstractMockHttpServletRequestBuilder<ChunkedPost> {

		final Counted body;

		ChunkedPost(InputStream source) {
			super(HttpMethod.POST);
			this.body = new Counted(source);
		}

		@Override
		protected MockHttpServletRequest createServletRequest(ServletContext servletContext) {
			return new MockHttpServletRequest(servletContext) {

				@Override
				public ServletInputStream getInputStream() {
					return body;
				}
			};
		}
	}

	/** Counts the bytes the server takes from the body. */
	static final class Counted extends ServletInputStream {

		private final InputStream in;

		long consumed;

		Counted(InputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			consumed += b < 0 ? 0 : 1;
			return b;
		}

		@Override
		public int read(byte[] buf, int off, int len) throws IOException {
			int n = in.read(buf, off, len);
			consumed += Math.max(n, 0);
			return n;
		}

		@Override
		public boolean isFinished() {
			return false;
		}

		@Override
		public boolean isReady() {
			return true;
		}

		@Override
		public void setReadListener(ReadListener listener) {
			throw new UnsupportedOperationException();
		}
	}

	/** {@code {"manifests": "aaa...a"}}, {@code size} bytes in all, made as it is read. */
	static final class EndlessJson extends InputStream {

		private static final byte[] HEAD = "{\"manifests\": \"".getBytes(StandardCharsets.US_ASCII);

		private static final byte[] TAIL = "\"}".getBytes(StandardCharsets.US_ASCII);

		private final long size;

		private long at;

		EndlessJson(long size) {
			this.size = size;
		}

		@Override
		public int read() {
			if (at >= size) {
				return -1;
			}
			long i = at++;
			return i < HEAD.length ? HEAD[(int) i] : i >= size - TAIL.length ? TAIL[(int) (i - size + TAIL.length)] : 'a';
		}
	}
}
