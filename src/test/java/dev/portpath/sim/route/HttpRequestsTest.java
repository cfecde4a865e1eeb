package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpOptions;
import dev.portpath.sim.trace.Protocol;

/** The HTTP side of a request: what is accepted, what is refused with a reason, and the defaults filled in. */
class HttpRequestsTest {

	static HttpOptions headers(Header... h) {
		return new HttpOptions(Optional.empty(), List.of(h), Optional.empty());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			method-with-space          | GET POST     | is not an HTTP method
			method-too-long            | AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | is not an HTTP method
			""")
	void badMethods(String name, String method, String says) {
		assertThatThrownBy(() -> HttpRequests.check(new HttpOptions(Optional.of(method), List.of(), Optional.empty()), "http"))
			.isInstanceOf(BadRequestException.class).hasMessageContaining(says);
	}

	@Test
	void methodIsUpperCased() {
		assertThat(HttpRequests.check(new HttpOptions(Optional.of("post"), List.of(), Optional.empty()), "http").method())
			.contains("POST");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			name-with-space            | X Canary   | true          | a header name is a word
			name-with-colon            | :authority | x             | a header name is a word
			value-with-line-break      | X-A        | a\\r\\nX-B: b | control character
			host-not-a-host-name       | Host       | shop/x        | is not a host name
			""")
	void badHeaders(String name, String header, String value, String says) {
		String v = value.replace("\\r", "\r").replace("\\n", "\n");
		assertThatThrownBy(() -> HttpRequests.check(headers(new Header(header, v)), "http"))
			.isInstanceOf(BadRequestException.class).hasMessageContaining(says);
	}

	@Test
	void atMost64Headers() {
		Header[] many = IntStream.range(0, 65).mapToObj(i -> new Header("x-" + i, "v")).toArray(Header[]::new);
		assertThatThrownBy(() -> HttpRequests.check(headers(many), "http")).hasMessageContaining("at most 64 headers");
		assertThatThrownBy(() -> HttpRequests.check(headers(new Header("x", "v".repeat(4097))), "http"))
			.hasMessageContaining("longer than 4096");
	}

	@Test
	void headersAndMethodAreForHttpSniForHttps() {
		assertThatThrownBy(() -> HttpRequests.check(headers(new Header("x", "1")), "tcp"))
			.hasMessageContaining("apply to http:// and https://");
		assertThatThrownBy(() -> HttpRequests.check(new HttpOptions(Optional.empty(), List.of(), Optional.of("a.b")), "http"))
			.hasMessageContaining("--sni is the TLS server name of an https://");
	}

	@Test
	void theClientSendsGetWithTheHostOfToUnlessAHostHeaderSaysOtherwise() {
		Destination d = new Destination("http", Protocol.TCP, "shop.example.com", 80, "/api?version=2#top");
		HttpMessage plain = HttpRequests.sent(d, HttpOptions.NONE);
		assertThat(plain.method()).isEqualTo("GET");
		assertThat(plain.host()).isEqualTo("shop.example.com");
		assertThat(plain.path()).isEqualTo("/api");
		assertThat(plain.query()).isEqualTo("version=2");
		HttpMessage withHost = HttpRequests.sent(d, headers(new Header("Host", "Other.Example.com:8080"),
				new Header("X-Tag", "a"), new Header("x-tag", "b")));
		assertThat(withHost.host()).isEqualTo("other.example.com");
		assertThat(withHost.headers()).containsExactly(java.util.Map.entry("x-tag", "a,b"));
	}
}
