package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Bodies the server must not read whole, over real HTTP: chunked bodies (no Content-Length) far over the
 * 4 MiB limit, and a form that does not decode. Each answers at once, in the shape its caller reads.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLimitsTest extends RunningApp {

	/** 64 MiB: sixteen times the limit, so a server that read it whole would have taken far more than the limit. */
	static final long HUGE = 64L * 1024 * 1024;

	private final HttpClient http = HttpClient.newHttpClient();

	/** The status line, headers and body of a response read off the wire. */
	record Answer(int status, String headers, String body) {
	}

	/**
	 * POSTs {@code head} then 'a' until {@code HUGE} bytes, in 64 KiB chunks over a raw socket (an HTTP client
	 * stops at the first failed write and loses the answer; a browser reads it), while reading the answer.
	 * {@code sent[0]} ends as the bytes the server let through: what it read, and what the sockets buffered.
	 */
	private Answer chunked(String path, String contentType, boolean htmx, String head, long[] sent) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + contentType
					+ "\r\nTransfer-Encoding: chunked\r\n" + (htmx ? "HX-Request: true\r\n" : "") + "\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			Thread writer = new Thread(() -> {
				byte[] data = new byte[64 * 1024];
				Arrays.fill(data, (byte) 'a');
				byte[] first = head.getBytes(StandardCharsets.US_ASCII);
				try {
					chunk(out, first, first.length);
					sent[0] += first.length;
					while (sent[0] < HUGE) {
						chunk(out, data, data.length);
						sent[0] += data.length;
					}
					out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
				}
				catch (IOException ex) {
					// the server closed the connection: it read what it needed
				}
			});
			writer.start();
			Answer answer = read(socket.getInputStream());
			writer.join(30_000);
			return answer;
		}
	}

	private static void chunk(OutputStream out, byte[] data, int length) throws IOException {
		out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
		out.write(data, 0, length);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
	}

	private static Answer read(InputStream in) throws IOException {
		DataInputStream data = new DataInputStream(new BufferedInputStream(in));
		String status = line(data);
		StringBuilder headers = new StringBuilder();
		for (String h = line(data); !h.isEmpty(); h = line(data)) {
			headers.append(h.toLowerCase(Locale.ROOT)).append('\n');
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (headers.indexOf("transfer-encoding: chunked") >= 0) {
			for (int n = Integer.parseInt(line(data).strip(), 16); n > 0; n = Integer.parseInt(line(data).strip(), 16)) {
				body.write(data.readNBytes(n));
				line(data);
			}
		}
		else {
			Matcher length = Pattern.compile("content-length: (\\d+)").matcher(headers);
			body.write(length.find() ? data.readNBytes(Integer.parseInt(length.group(1))) : data.readAllBytes());
		}
		return new Answer(Integer.parseInt(status.split(" ")[1]), headers.toString(), body.toString(StandardCharsets.UTF_8));
	}

	private static String line(DataInputStream in) throws IOException {
		StringBuilder s = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
			if (c != '\r') {
				s.append((char) c);
			}
		}
		return s.toString();
	}

	@Test
	void chunkedJsonOverTheLimitIs413WithTheContractJson() throws Exception {
		long[] sent = { 0 };
		Answer answer = chunked("/api/v1/check", "application/json", false, "{\"manifests\": \"", sent);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).startsWith("{\"error\":").contains("over the limit of 4194304 bytes", "\"line\":0");
		// the limit, Tomcat's swallowing of what follows (2 MiB) and the sockets' buffers, not the 64 MiB
		assertThat(sent[0]).isLessThan(HUGE / 4);
	}

	@Test
	void chunkedFormOverTheLimitIs413WithThePlaygroundFragment() throws Exception {
		long[] sent = { 0 };
		Answer answer = chunked("/playground", "application/x-www-form-urlencoded", true, "to=web%3A80&manifests=", sent);
		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.body()).startsWith("<div id=\"result\"").contains("The manifests are too large", "1 MiB of YAML");
		assertThat(sent[0]).isLessThan(HUGE / 4);
	}

	@Test
	void formThatDoesNotDecodeIs400WithThePlaygroundFragmentAndNoStackTrace(CapturedOutput log) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/playground")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.POST(HttpRequest.BodyPublishers.ofString("manifests=%ff%fe&from=shell&to=web%3A80"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
		assertThat(response.body()).startsWith("<div id=\"result\"")
			.contains("The form cannot be read", "UTF-8")
			.doesNotContain("\"timestamp\"");
		assertThat(log.getAll()).doesNotContain("InvalidParameterException", "MalformedInputException");
	}

	@Test
	void pageFormThatDoesNotDecodeIs400WithThePage() throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/playground")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("manifests=%ff%fe"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<!DOCTYPE html>", "The form cannot be read", "<textarea id=\"manifests\"");
	}

	@Test
	void otherFormsThatDoNotDecodeAre400WithTheErrorPageAndNoStackTrace(CapturedOutput log) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url("/quizzes/any/items/any")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString("option=%ff%fe"))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<!DOCTYPE html>").doesNotContain("Whitelabel", "Exception");
		assertThat(log.getAll()).doesNotContain("InvalidParameterException", "MalformedInputException");
	}
}
