package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.ValueMatch;
import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.HttpMessage;

/**
 * One table per matching rule of the Gateway API (apis/v1/httproute_types.go, grpcroute_types.go): each row
 * a match, a request, and whether the match holds, named after what it shows.
 */
class HttpMatchingTest {

	static final YNode NODE = new YMap(Map.of(), Loc.NONE);

	/** {@code name=value}, {@code name~regex}, comma-separated. */
	static List<ValueMatch> values(String spec, boolean lower) {
		List<ValueMatch> out = new ArrayList<>();
		if (spec == null || spec.isBlank()) {
			return out;
		}
		for (String part : spec.split(",")) {
			boolean regex = part.contains("~");
			String[] kv = part.split(regex ? "~" : "=", 2);
			out.add(new ValueMatch(lower ? kv[0].trim().toLowerCase() : kv[0].trim(), regex, kv[1].trim(), NODE));
		}
		return out;
	}

	static HttpMessage request(String method, String target, String headers) {
		Map<String, String> h = new LinkedHashMap<>();
		if (headers != null && !headers.isBlank()) {
			for (String part : headers.split(",")) {
				String[] kv = part.split(":", 2);
				h.merge(kv[0].trim().toLowerCase(), kv[1].trim(), (a, b) -> a + "," + b);
			}
		}
		int q = target.indexOf('?');
		return new HttpMessage(method, "http", "shop.example.com", 80, q < 0 ? target : target.substring(0, q),
				q < 0 ? "" : target.substring(q + 1), h);
	}

	static Route.Match http(String type, String path, String method, String headers, String query) {
		return new Route.Match(PathType.of(type, PathType.PATH_PREFIX), path, Optional.ofNullable(method),
				values(headers, true), values(query, false), Optional.empty(), NODE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			exact-is-whole-path                  | Exact             | /abc        | /abc      | true
			exact-not-with-trailing-slash        | Exact             | /abc        | /abc/     | false
			exact-is-case-sensitive              | Exact             | /abc        | /Abc      | false
			prefix-by-whole-elements             | PathPrefix        | /abc        | /abc/def  | true
			prefix-not-a-string-prefix           | PathPrefix        | /abc        | /abcd     | false
			prefix-trailing-slash-ignored        | PathPrefix        | /abc/       | /abc      | true
			prefix-root-matches-everything       | PathPrefix        | /           | /x/y      | true
			regex-is-a-full-match                | RegularExpression | /api/v[0-9] | /api/v2   | true
			regex-does-not-match-a-part          | RegularExpression | /api/v[0-9] | /api/v2/x | false
			regex-not-re2-matches-nothing        | RegularExpression | /(?=a)      | /a        | false
			""")
	void path(String name, String type, String value, String path, boolean holds) {
		assertThat(HttpMatching.matches(http(type, value, null, null, null), request("GET", path, null))).isEqualTo(holds);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			no-method-matches-any                | -      | DELETE | true
			method-equal                         | POST   | POST   | true
			method-differs                       | POST   | GET    | false
			head-is-not-get                      | GET    | HEAD   | false
			""")
	void method(String name, String want, String sent, boolean holds) {
		assertThat(HttpMatching.matches(http("PathPrefix", "/", want, null, null), request(sent, "/", null))).isEqualTo(holds);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			exact-header                             | version=two               | Version: two              | true
			header-name-any-case                     | VERSION=two               | version: two              | true
			header-value-is-case-sensitive           | version=two               | version: Two              | false
			missing-header-fails                     | version=two               | color: blue               | false
			all-headers-must-hold                    | version=two,color=blue    | version: two              | false
			both-headers-hold                        | version=two,color=blue    | version: two,color: blue  | true
			regex-header-full-match                  | x-canary~ye?s             | x-canary: yes             | true
			regex-header-not-partial                 | x-canary~ye?s             | x-canary: yes-please      | false
			regex-header-needs-the-header            | x-canary~.*               | -                         | false
			only-the-first-entry-of-a-name-counts    | version=one,Version=two   | version: one              | true
			the-second-entry-is-ignored              | version=one,Version=two   | version: two              | false
			host-header-matches-the-host             | host=shop.example.com     | -                         | true
			""")
	void headers(String name, String want, String sent, boolean holds) {
		Route.Match m = new Route.Match(PathType.PATH_PREFIX, "/", Optional.empty(), values(want, true), List.of(),
				Optional.empty(), NODE);
		assertThat(HttpMatching.matches(m, request("GET", "/", sent))).isEqualTo(holds);
	}

	@org.junit.jupiter.api.Test
	void aRepeatedRequestHeaderIsMatchedAsItsValuesJoinedWithComma() {
		Route.Match m = new Route.Match(PathType.PATH_PREFIX, "/", Optional.empty(),
				List.of(new ValueMatch("tag", false, "a,b", NODE)), List.of(), Optional.empty(), NODE);
		assertThat(HttpMatching.matches(m, request("GET", "/", "tag: a,tag: b"))).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			query-exact                              | animal=whale          | /?animal=whale                      | true
			query-name-is-case-sensitive             | animal=whale          | /?ANIMAL=whale                      | false
			query-value-is-case-sensitive            | animal=whale          | /?animal=Whale                      | false
			other-params-do-not-matter               | animal=whale          | /?animal=whale&otherparam=irrelevant | true
			value-not-a-prefix                       | animal=whale          | /?animal=whaledolphin               | false
			first-value-of-a-repeated-param          | animal=whale          | /?animal=whale&animal=dolphin       | true
			all-params-must-hold                     | animal=dolphin,color=blue | /?animal=dolphin&color=yellow   | false
			regex-query                              | animal~wh.*           | /?animal=whale                      | true
			no-query-no-match                        | animal=whale          | /                                   | false
			""")
	void query(String name, String want, String target, boolean holds) {
		assertThat(HttpMatching.matches(http("PathPrefix", "/", null, null, want), request("GET", target, null))).isEqualTo(holds);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			service-and-method                   | false | helloworld.Greeter | SayHello | /helloworld.Greeter/SayHello | true
			service-only-any-method              | false | helloworld.Greeter | -        | /helloworld.Greeter/SayBye   | true
			method-only-any-service              | false | -                  | SayHello | /other.Svc/SayHello          | true
			method-differs                       | false | helloworld.Greeter | SayHello | /helloworld.Greeter/SayBye   | false
			exact-is-case-sensitive              | false | helloworld.greeter | -        | /helloworld.Greeter/SayHello | false
			regex-service                        | true  | helloworld\\..*    | -        | /helloworld.Greeter/SayHello | true
			regex-method-full-match              | true  | -                  | Say      | /a.B/SayHello                | false
			not-a-grpc-path                      | false | a.B                | -        | /                            | false
			""")
	void grpc(String name, boolean regex, String service, String method, String path, boolean holds) {
		Route.Match m = new Route.Match(PathType.PATH_PREFIX, "/", Optional.empty(), List.of(), List.of(),
				Optional.of(new Route.GrpcMethod(regex, service == null ? "" : service, method == null ? "" : method)), NODE);
		assertThat(HttpMatching.matches(m, request("POST", path, null))).isEqualTo(holds);
	}
}
