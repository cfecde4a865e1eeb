package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.trace.Header;

/**
 * Header modifiers as HTTPHeaderFilter defines them (set overwrites, add appends with ',', remove drops;
 * names case-insensitive), with the examples of its field docs; and CORS origins (HTTPCORSFilter.AllowOrigins).
 */
class FiltersTest {

	static Map<String, String> headers(String spec) {
		Map<String, String> h = new LinkedHashMap<>();
		if (spec != null && !spec.isBlank()) {
			for (String part : spec.split(";")) {
				String[] kv = part.split(":", 2);
				h.put(kv[0].trim(), kv[1].trim());
			}
		}
		return h;
	}

	static List<Header> list(String spec) {
		return headers(spec).entrySet().stream().map(e -> new Header(e.getKey(), e.getValue())).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			set-overwrites                        | my-header: foo            | my-header: bar  |                 |                        | my-header: bar
			set-name-any-case                     | my-header: foo            | My-Header: bar  |                 |                        | my-header: bar
			add-appends-with-comma                | my-header: foo            |                 | my-header: bar,baz |                     | my-header: foo,bar,baz
			add-a-new-header                      |                           |                 | x-added: 1      |                        | x-added: 1
			remove-drops-case-insensitively       | my-header1: foo; my-header2: bar; my-header3: baz | |             | My-Header1,my-header3  | my-header2: bar
			conformance-set-add-remove            | x-header-remove: remove-val; x-header-add-append: append-val-1; x-header-set: set-val | x-header-set: set-overwrites-values | x-header-add: header-val-1; x-header-add-append: header-val-2 | x-header-remove | x-header-add-append: append-val-1,header-val-2; x-header-set: set-overwrites-values; x-header-add: header-val-1
			""")
	void headerModifier(String name, String before, String set, String add, String remove, String after) {
		RouteFilter.HeaderModifier m = new RouteFilter.HeaderModifier(HttpMatchingTest.NODE, "f", false, list(set), list(add),
				remove == null ? List.of() : List.of(remove.split(",")));
		assertThat(Filters.modify(headers(before), m)).containsExactlyEntriesOf(headers(after));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			star-allows-all                  | *                         | https://anything.example | true
			exact-origin                     | https://www.foo.com       | https://www.foo.com      | true
			default-port-is-the-schemes      | https://www.foo.com:443   | https://www.foo.com      | true
			other-scheme                     | https://www.foo.com       | http://www.foo.com       | false
			wildcard-left-of-the-host        | https://*.bar.com         | https://a.b.bar.com      | true
			wildcard-needs-the-suffix        | https://*.bar.com         | https://bar.org          | false
			""")
	void corsOrigins(String name, String allowed, String origin, boolean ok) {
		RouteFilter.Cors c = new RouteFilter.Cors(HttpMatchingTest.NODE, "f", List.of(allowed), false, List.of(), List.of(),
				List.of(), 5);
		assertThat(Cors.allowed(c, origin)).isEqualTo(ok);
	}
}
