package dev.portpath.sim.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.model.PathModifier;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.Redirect;

/**
 * Path modifiers and redirects as the Gateway API defines them: the ReplacePrefixMatch table of
 * HTTPPathModifier, row for row, and the Location rules of HTTPRequestRedirectFilter (scheme, hostname,
 * port and its defaults, path), with the cases of the conformance tests httproute-redirect-port-and-scheme
 * and httproute-redirect-path.
 */
class RewritesTest {

	@ParameterizedTest(name = "{0} with prefix {1} and {2} is {3}")
	@CsvSource(delimiter = '|', emptyValue = "", textBlock = """
			/foo/bar | /foo  | /xyz  | /xyz/bar
			/foo/bar | /foo  | /xyz/ | /xyz/bar
			/foo/bar | /foo/ | /xyz  | /xyz/bar
			/foo/bar | /foo/ | /xyz/ | /xyz/bar
			/foo     | /foo  | /xyz  | /xyz
			/foo/    | /foo  | /xyz  | /xyz/
			/foo/bar | /foo  | ''    | /bar
			/foo/    | /foo  | ''    | /
			/foo     | /foo  | ''    | /
			/foo/    | /foo  | /     | /
			/foo     | /foo  | /     | /
			/strip-prefix/three | /strip-prefix | / | /three
			/a/b     | /     | /api  | /api/a/b
			""")
	void replacePrefixMatchTable(String path, String prefix, String replacement, String expected) {
		assertThat(Rewrites.replacePrefix(prefix, replacement.equals("''") ? "" : replacement, path)).isEqualTo(expected);
	}

	static HttpMessage request(String scheme, String host, int port, String path, String query) {
		return new HttpMessage("GET", scheme, host, port, path, query, Map.of());
	}

	static RouteFilter.RequestRedirect redirect(String scheme, String hostname, Integer port, String fullPath, String prefix,
			int status) {
		Optional<PathModifier> path = fullPath != null ? Optional.of(new PathModifier(true, fullPath))
				: prefix != null ? Optional.of(new PathModifier(false, prefix)) : Optional.empty();
		return new RouteFilter.RequestRedirect(HttpMatchingTest.NODE, "spec.rules[0].filters[0]", Optional.ofNullable(scheme),
				Optional.ofNullable(hostname), path, Optional.ofNullable(port), status);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			scheme-nil-and-port-nil-on-80        | http  | 80   | -     | -    | http://example.org/p
			scheme-nil-and-port-80               | http  | 80   | -     | 80   | http://example.org/p
			scheme-nil-and-port-8080             | http  | 80   | -     | 8080 | http://example.org:8080/p
			scheme-https-and-port-nil            | http  | 80   | https | -    | https://example.org/p
			scheme-https-and-port-443            | http  | 80   | https | 443  | https://example.org/p
			scheme-https-and-port-8443           | http  | 80   | https | 8443 | https://example.org:8443/p
			listener-8080-scheme-nil-port-nil    | http  | 8080 | -     | -    | http://example.org:8080/p
			listener-8080-scheme-nil-port-80     | http  | 8080 | -     | 80   | http://example.org/p
			listener-8080-scheme-https-port-nil  | http  | 8080 | https | -    | https://example.org/p
			listener-443-scheme-nil-port-nil     | https | 443  | -     | -    | https://example.org/p
			listener-443-scheme-nil-port-8443    | https | 443  | -     | 8443 | https://example.org:8443/p
			listener-443-scheme-http-port-nil    | https | 443  | http  | -    | http://example.org/p
			listener-443-scheme-http-port-8080   | https | 443  | http  | 8080 | http://example.org:8080/p
			""")
	void locationPortFollowsTheSchemeAndTheListener(String name, String scheme, int listener, String toScheme, Integer port,
			String location) {
		Redirect r = Rewrites.redirect(redirect(toScheme, "example.org", port, null, null, 302),
				request(scheme, "gw.example", listener, "/p", ""), listener, Optional.empty());
		assertThat(r.location()).isEqualTo(location);
		assertThat(r.status()).isEqualTo(302);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			full-path                            | /original/prefix/path | /original/prefix | /replacement | -            | /replacement
			prefix                               | /original/prefix/path | /original/prefix | -            | /replacement | /replacement/path
			prefix-to-root                       | /original/prefix/path | /original/prefix | -            | /            | /path
			query-kept                           | /original/prefix/path?a=b | /original/prefix | /x       | -            | /x?a=b
			""")
	void locationPath(String name, String target, String prefix, String full, String replace, String expected) {
		int q = target.indexOf('?');
		HttpMessage req = request("http", "gw.example", 80, q < 0 ? target : target.substring(0, q), q < 0 ? "" : target.substring(q + 1));
		Route.Match match = new Route.Match(PathType.PATH_PREFIX, prefix, Optional.empty(), java.util.List.of(),
				java.util.List.of(), Optional.empty(), HttpMatchingTest.NODE);
		Redirect r = Rewrites.redirect(redirect(null, null, null, full, replace, 301), req, 80, Optional.of(match));
		assertThat(r.location()).isEqualTo("http://gw.example" + expected);
		assertThat(r.loop()).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			https-redirect-on-the-https-listener-loops | https | 443 | https | -    | true
			https-redirect-on-the-http-listener        | http  | 80  | https | -    | false
			same-host-and-path-loops                   | http  | 80  | -     | -    | true
			port-only-on-the-same-port-loops           | http  | 80  | -     | 80   | true
			""")
	void aRedirectToTheSameUrlIsALoop(String name, String scheme, int listener, String toScheme, Integer port, boolean loop) {
		Redirect r = Rewrites.redirect(redirect(toScheme, null, port, null, null, 301),
				request(scheme, "shop.example.com", listener, "/", ""), listener, Optional.empty());
		assertThat(r.loop()).isEqualTo(loop);
	}
}
