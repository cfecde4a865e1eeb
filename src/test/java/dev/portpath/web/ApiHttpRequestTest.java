package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The HTTP fields of POST /api/v1/trace (trace contract 1.1): "method", "headers" as an object or as a list of
 * [name, value] pairs, "sni"; and the answer's request, received, redirect and mirrors. A request without them
 * answers as before, without those fields.
 */
@WebMvcTest(ApiController.class)
@Import(EngineConfig.class)
class ApiHttpRequestTest {

	static final String MANIFESTS = """
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: v1}
			spec:
			  selector: {matchLabels: {app: v1}}
			  template:
			    metadata: {labels: {app: v1}}
			    spec:
			      containers: [{name: app, image: echo, ports: [{name: http, containerPort: 8080}]}]
			---
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: v2}
			spec:
			  selector: {matchLabels: {app: v2}}
			  template:
			    metadata: {labels: {app: v2}}
			    spec:
			      containers: [{name: app, image: echo, ports: [{name: http, containerPort: 8080}]}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: v1}
			spec: {selector: {app: v1}, ports: [{port: 80, targetPort: http}]}
			---
			apiVersion: v1
			kind: Service
			metadata: {name: v2}
			spec: {selector: {app: v2}, ports: [{port: 80, targetPort: http}]}
			---
			apiVersion: gateway.networking.k8s.io/v1
			kind: Gateway
			metadata: {name: public}
			spec:
			  gatewayClassName: eg
			  listeners: [{name: http, protocol: HTTP, port: 80}]
			---
			apiVersion: gateway.networking.k8s.io/v1
			kind: HTTPRoute
			metadata: {name: shop}
			spec:
			  parentRefs: [{name: public}]
			  rules:
			  - matches: [{path: {value: /old}}]
			    filters: [{type: RequestRedirect, requestRedirect: {scheme: https, statusCode: 301}}]
			  - matches: [{method: POST, headers: [{name: x-canary, value: "true"}]}]
			    filters:
			    - {type: RequestHeaderModifier, requestHeaderModifier: {add: [{name: x-seen, value: gw}]}}
			    - {type: RequestMirror, requestMirror: {backendRef: {name: v1, port: 80}}}
			    backendRefs: [{name: v2, port: 80}]
			  - backendRefs: [{name: v1, port: 80}]
			""";

	@Autowired
	MockMvcTester mvc;

	private static String body(String to, String extra) {
		return "{\"manifests\": " + quote(MANIFESTS) + ", \"from\": \"external\", \"to\": " + quote(to)
				+ (extra.isEmpty() ? "" : ", " + extra) + "}";
	}

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Test
	void methodAndHeadersAsAnObjectPickTheRuleAndShowWhatTheAppReceives() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/cart?id=1", "\"method\": \"POST\", \"headers\": {\"X-Canary\": \"true\"}")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("DELIVERED");
				assertThat(b).extractingPath("$.delivered.pod").asString().startsWith("v2-");
				assertThat(b).extractingPath("$.request.method").isEqualTo("POST");
				assertThat(b).extractingPath("$.request.query").isEqualTo("id=1");
				assertThat(b).extractingPath("$.request.headers.x-canary").isEqualTo("true");
				assertThat(b).extractingPath("$.received.headers.x-seen").isEqualTo("gw");
				assertThat(b).extractingPath("$.mirrors[0].pod").asString().startsWith("v1-");
				assertThat(b).extractingPath("$.mirrors[0].percent").isEqualTo(100);
			});
	}

	@Test
	void headersAsPairsJoinARepeatedName() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/", "\"headers\": [[\"X-Tag\", \"a\"], [\"x-tag\", \"b\"]]")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.request.headers.x-tag").isEqualTo("a,b");
				assertThat(b).extractingPath("$.received.headers.x-tag").isEqualTo("a,b");
			});
	}

	@Test
	void aRedirectAnswersWithItsLocation() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/old/page", "")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("REDIRECTED");
				assertThat(b).extractingPath("$.redirect.status").isEqualTo(301);
				assertThat(b).extractingPath("$.redirect.location").isEqualTo("https://shop.example.com/old/page");
				assertThat(b).doesNotHavePath("$.received");
			});
	}

	@Test
	void aPlainRequestHasNoNewFields() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/", "")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("DELIVERED");
				assertThat(b).doesNotHavePath("$.received");
				assertThat(b).doesNotHavePath("$.request.method");
				assertThat(b).doesNotHavePath("$.mirrors");
			});
	}

	@Test
	void sniIsForHttps() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/", "\"sni\": \"shop.example.com\"")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("--sni is the TLS server name of an https://");
	}

	@Test
	void headersOfAnotherShapeAre400() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/", "\"headers\": \"X-Canary: true\"")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("\"headers\" is an object of name to value");
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("http://shop.example.com/", "\"headers\": {\"Bad Name\": \"x\"}")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("a header name is a word");
	}
}
