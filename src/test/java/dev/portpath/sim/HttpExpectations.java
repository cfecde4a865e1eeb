package dev.portpath.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.assertj.core.api.SoftAssertions;

import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpOptions;
import dev.portpath.sim.trace.Trace;

/**
 * The HTTP side of a golden scenario (trace contract 1.1): the request options a scenario.yaml may give
 * ({@code method}, {@code headers} as a map or a list of [name, value] pairs, {@code sni}), and the
 * expectations on the answer: {@code symptom} (text it contains), {@code redirect} ({@code status},
 * {@code location}), {@code receivedPath}, {@code receivedHeaders} (name to value, each must be received as
 * written), {@code absentHeaders} (names the app must not receive), {@code mirrors} (how many, or the pod
 * names' prefixes), {@code responseHeaders} (name to value) and {@code pod} (the prefix of the delivered
 * pod's name, for which of several backends wins).
 */
final class HttpExpectations {

	private HttpExpectations() {
	}

	@SuppressWarnings("unchecked")
	static HttpOptions options(Map<String, Object> scenario) {
		List<Header> headers = new ArrayList<>();
		Object h = scenario.get("headers");
		if (h instanceof Map<?, ?> map) {
			map.forEach((k, v) -> headers.add(new Header(String.valueOf(k), String.valueOf(v))));
		}
		else if (h instanceof List<?> list) {
			for (Object pair : list) {
				List<Object> kv = (List<Object>) pair;
				headers.add(new Header(String.valueOf(kv.get(0)), String.valueOf(kv.get(1))));
			}
		}
		return new HttpOptions(Optional.ofNullable(scenario.get("method")).map(String::valueOf), headers,
				Optional.ofNullable(scenario.get("sni")).map(String::valueOf));
	}

	@SuppressWarnings("unchecked")
	static void check(Trace t, Map<String, Object> expect) {
		SoftAssertions soft = new SoftAssertions();
		if (expect.containsKey("symptom")) {
			soft.assertThat(t.symptom()).as("symptom").contains(String.valueOf(expect.get("symptom")));
		}
		if (expect.containsKey("pod")) {
			soft.assertThat(t.delivered().map(e -> e.pod()).orElse("")).as("delivered pod")
				.startsWith(String.valueOf(expect.get("pod")));
		}
		if (expect.get("redirect") instanceof Map<?, ?> r) {
			soft.assertThat(t.http().redirect()).as("redirect").isPresent();
			t.http().redirect().ifPresent(x -> {
				soft.assertThat(x.location()).as("redirect location").isEqualTo(r.get("location"));
				if (r.containsKey("status")) {
					soft.assertThat(x.status()).as("redirect status").isEqualTo(r.get("status"));
				}
			});
		}
		Optional<HttpMessage> received = t.http().received();
		if (expect.containsKey("receivedPath")) {
			soft.assertThat(received.map(HttpMessage::path).orElse(null)).as("received path").isEqualTo(expect.get("receivedPath"));
		}
		if (expect.get("receivedHeaders") instanceof Map<?, ?> want) {
			Map<String, String> got = received.map(HttpMessage::headers).orElse(Map.of());
			want.forEach((k, v) -> soft.assertThat(got.get(String.valueOf(k).toLowerCase(java.util.Locale.ROOT)))
				.as("received header " + k).isEqualTo(String.valueOf(v)));
		}
		if (expect.get("absentHeaders") instanceof List<?> names) {
			Map<String, String> got = received.map(HttpMessage::headers).orElse(Map.of());
			names.forEach(n -> soft.assertThat(got).as("received headers").doesNotContainKey(String.valueOf(n).toLowerCase(java.util.Locale.ROOT)));
		}
		if (expect.containsKey("mirrors")) {
			soft.assertThat(t.http().mirrors().map(List::size).orElse(0)).as("mirrors").isEqualTo(expect.get("mirrors"));
		}
		if (expect.get("responseHeaders") instanceof Map<?, ?> want) {
			Map<String, String> got = t.http().responseHeaders().orElse(Map.of());
			want.forEach((k, v) -> soft.assertThat(got.get(String.valueOf(k).toLowerCase(java.util.Locale.ROOT)))
				.as("response header " + k).isEqualTo(String.valueOf(v)));
		}
		soft.assertAll();
	}
}
