package dev.portpath.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpOptions;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Trace;

/**
 * The Gateway API conformance suite's own requests, traced through its vendored manifests
 * (src/test/resources/corpus/gateway-api-conformance, and src/test/resources/conformance/gateway-api for the
 * redirect, header-modifier, mirror, host-rewrite and misdirected-request tests): the base manifests plus one
 * test's file, as the suite applies them one test at a time. Each row of gateway-api-conformance.csv is a
 * request a conformance test makes (conformance/tests/*.go at the vendored commit: path, method, headers, Host,
 * SNI) and what that test expects: the backend Service that answers, or the status (404, 421), or a redirect's
 * status and Location, and for the rewrite, header-modifier and mirror tests what the backend receives and
 * where the copies go. The rows were read off the Go tests, not off PortPath's output.
 */
class GatewayConformanceTest {

	static final Path CORPUS = Path.of("src/test/resources/corpus/gateway-api-conformance");

	/** More of the suite's manifests, vendored beside the corpus (SOURCES.md there). */
	static final Path MORE = Path.of("src/test/resources/conformance/gateway-api");

	@ParameterizedTest(name = "{0} {1} {2} {3} {4}")
	@CsvFileSource(resources = "/gateway-api-conformance.csv", delimiter = '|', nullValues = "-", numLinesToSkip = 1)
	void request(String test, String url, String method, String sni, String headers, String expect, String receivedPath,
			String receivedHeaders, String mirroredTo) throws IOException {
		List<Source> sources = new ArrayList<>();
		sources.add(new Source("manifests.yaml", Files.readString(CORPUS.resolve("manifests.yaml"), StandardCharsets.UTF_8)));
		Path file = Files.exists(CORPUS.resolve(test + ".yaml")) ? CORPUS.resolve(test + ".yaml") : MORE.resolve(test + ".yaml");
		sources.add(new Source(test + ".yaml", Files.readString(file, StandardCharsets.UTF_8)));
		HttpOptions http = new HttpOptions(Optional.ofNullable(method), headers(headers), Optional.ofNullable(sni));
		String to = url.startsWith("http") ? url : "http://gateway.conformance" + url;
		Trace t = new Engine().trace(sources, "external", to, http);
		SoftAssertions soft = new SoftAssertions();
		if (expect.equals("404") || expect.equals("421")) {
			soft.assertThat(t.outcome()).as("outcome").isEqualTo(Outcome.NO_MATCHING_RULE);
			soft.assertThat(t.symptom()).as("symptom").contains("HTTP " + expect);
		}
		else if (expect.matches("30[1-8] .*")) {
			soft.assertThat(t.outcome()).as("outcome").isEqualTo(Outcome.REDIRECTED);
			soft.assertThat(t.http().redirect()).as("redirect").hasValueSatisfying(r -> {
				assertThat(r.status()).as("status").isEqualTo(Integer.parseInt(expect.substring(0, 3)));
				assertThat(r.location()).as("Location").isEqualTo(expect.substring(4));
			});
			soft.assertThat(t.endpoints()).as("no backend sees a redirected request").isEmpty();
		}
		else {
			soft.assertThat(t.outcome()).as("outcome (the conformance pods declare no ports)")
				.isIn(Outcome.DELIVERED, Outcome.UNDECLARED_PORT);
			soft.assertThat(t.endpoints()).as("endpoints").isNotEmpty()
				.allSatisfy(e -> assertThat(e.pod()).as("pod of the backend").startsWith(expect + "-"));
		}
		if (receivedPath != null) {
			soft.assertThat(t.http().received().map(HttpMessage::path).orElse(null)).as("received path").isEqualTo(receivedPath);
		}
		if (receivedHeaders != null) {
			Map<String, String> got = t.http().received().map(HttpMessage::headers).orElse(Map.of());
			for (Map.Entry<String, String> e : expectedHeaders(receivedHeaders).entrySet()) {
				if (e.getKey().equals("host")) {
					soft.assertThat(t.http().received().map(HttpMessage::host).orElse(null)).as("received Host").isEqualTo(e.getValue());
				}
				else if (e.getValue().equals("absent")) {
					soft.assertThat(got).as("received headers").doesNotContainKey(e.getKey());
				}
				else {
					soft.assertThat(got.get(e.getKey())).as("received " + e.getKey()).isEqualTo(e.getValue());
				}
			}
		}
		if (mirroredTo != null) {
			List<String> pods = t.http().mirrors().orElse(List.of()).stream().map(m -> m.endpoint().pod()).toList();
			String[] want = mirroredTo.split(",");
			soft.assertThat(pods).as("mirrors").hasSize(want.length);
			for (int i = 0; i < Math.min(want.length, pods.size()); i++) {
				soft.assertThat(pods.get(i)).as("mirror " + i).startsWith(want[i] + "-");
			}
		}
		soft.assertAll();
	}

	/** {@code Name: value; Name: value} as the request's headers. */
	static List<Header> headers(String spec) {
		List<Header> out = new ArrayList<>();
		expectedHeaders(spec).forEach((k, v) -> out.add(new Header(k, v)));
		return out;
	}

	static Map<String, String> expectedHeaders(String spec) {
		Map<String, String> out = new LinkedHashMap<>();
		if (spec != null && !spec.isBlank()) {
			for (String part : spec.split(";")) {
				int colon = part.indexOf(':');
				out.put(part.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), part.substring(colon + 1).trim());
			}
		}
		return out;
	}
}
