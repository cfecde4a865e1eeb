package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Requests Tomcat cannot read (a request line or headers past server.max-http-request-header-size, 64 KB)
 * get a page that names the limit and the way around it, or the API's JSON error; written over a raw socket,
 * since an HTTP client may refuse to send them.
 */
class UnreadableRequestsTest extends RunningApp {

	/** The status line, the headers and the body Tomcat sends back, then closes. */
	private String send(String requestHead) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(requestHead.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	private static String body(String answer) {
		return answer.substring(answer.indexOf("\r\n\r\n") + 4);
	}

	@Test
	void aShareLinkPastTheRequestLineLimitGetsAPageThatSaysWhatToDo() throws IOException {
		String answer = send("GET /playground?s=" + "A".repeat(70_000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: text/html;charset=UTF-8")
			.containsIgnoringCase("X-Content-Type-Options: nosniff")
			.containsIgnoringCase("Content-Security-Policy: default-src 'none'; style-src 'self'; frame-ancestors 'none'");
		assertThat(body(answer)).contains("could not read this request", "longer than the 64 KB it accepts",
				"paste them into the playground", "href=\"/playground\"").doesNotContain("HTTP Status 400", "Tomcat");
	}

	@Test
	void headersPastTheLimitOnTheApiGetTheApisJsonError() throws IOException {
		String answer = send("POST /api/v1/check HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "p".repeat(70_000)
				+ "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
		assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
		JsonNode error = new ObjectMapper().readTree(body(answer));
		assertThat(error.get("line").asInt()).isZero();
		assertThat(error.get("error").asText()).contains("64 KB", "POST them to /api/v1/trace or /api/v1/check");
	}

	@Test
	void otherRefusalsAreSaidByTheirStatus() throws IOException {
		// Tomcat refuses a transfer coding it does not know with 501, before the application sees the request
		String answer = send("POST /playground HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: rot13\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 501");
		assertThat(body(answer)).contains("could not read this request (HTTP 501)").doesNotContain("64 KB", "Tomcat");
	}

	@Test
	void errorsTheApplicationAnswersKeepItsOwnPages() throws IOException {
		String answer = send("GET /no/such/page HTTP/1.1\r\nHost: localhost\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
		assertThat(answer).startsWith("HTTP/1.1 404");
		assertThat(body(answer)).contains("No page here").doesNotContain("could not read this request");
	}
}
