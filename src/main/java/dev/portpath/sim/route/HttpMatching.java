package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.ValueMatch;
import dev.portpath.sim.trace.HttpMessage;

/**
 * Gateway API request matching, decided here for the trace and for check: an HTTPRouteMatch (path, method,
 * headers, query parameters, all of which must hold) or a GRPCRouteMatch (service, method, headers), and
 * the precedence among the matches of all the routes a listener serves (HTTPRouteRule.Matches,
 * GRPCRouteRule.Matches, HTTPRouteSpec.Hostnames).
 */
public final class HttpMatching {

	/** Query parameters read from one request; the rest are ignored, as a proxy bounds them too. */
	static final int MAX_QUERY_PARAMS = 256;

	private HttpMatching() {
	}

	/** True when every part of the match holds for the request. */
	public static boolean matches(Route.Match m, HttpMessage r) {
		if (m.grpc().isPresent()) {
			return grpc(m.grpc().get(), r.path()) && headers(m.headers(), r);
		}
		return path(m.pathType(), m.pathValue(), r.path()) && m.method().map(x -> x.equals(r.method())).orElse(true)
				&& headers(m.headers(), r) && query(m.queryParams(), r.query());
	}

	/**
	 * Exact compares the whole path, case-sensitively; PathPrefix compares whole path elements, a trailing
	 * slash ignored; RegularExpression (implementation-specific) is a full match on RE2.
	 */
	public static boolean path(PathType type, String value, String path) {
		return switch (type) {
			case EXACT -> Paths.exact(value, path);
			case REGULAR_EXPRESSION -> Regexes.fullMatch(value, path);
			default -> Paths.prefix(value, path);
		};
	}

	/**
	 * Every header match holds: names compare case-insensitively, and of several entries with one name only
	 * the first counts (HTTPHeaderMatch.Name). A header the request lacks fails an Exact match and a
	 * RegularExpression one alike. The Host header is matched against the request's host.
	 */
	static boolean headers(List<ValueMatch> matches, HttpMessage r) {
		for (ValueMatch m : effective(matches)) {
			Optional<String> value = m.name().equals("host") ? Optional.of(r.host()) : r.header(m.name());
			if (value.isEmpty() || !(m.regex() ? Regexes.fullMatch(m.value(), value.get()) : m.value().equals(value.get()))) {
				return false;
			}
		}
		return true;
	}

	/** Every query match holds, names compared exactly, on the first value of a repeated parameter. */
	static boolean query(List<ValueMatch> matches, String rawQuery) {
		Map<String, String> params = queryParams(rawQuery);
		for (ValueMatch m : effective(matches)) {
			String value = params.get(m.name());
			if (value == null || !(m.regex() ? Regexes.fullMatch(m.value(), value) : m.value().equals(value))) {
				return false;
			}
		}
		return true;
	}

	/** The entries that count: the first of each name (the model holds header names in lower case already). */
	public static List<ValueMatch> effective(List<ValueMatch> matches) {
		Set<String> seen = new HashSet<>();
		List<ValueMatch> out = new ArrayList<>();
		for (ValueMatch m : matches) {
			if (seen.add(m.name())) {
				out.add(m);
			}
		}
		return out;
	}

	/** name=value pairs of a query string, the first value of each name ("" for a bare name). */
	public static Map<String, String> queryParams(String rawQuery) {
		Map<String, String> out = new LinkedHashMap<>();
		if (rawQuery.isEmpty()) {
			return out;
		}
		int n = 0;
		for (String kv : rawQuery.split("&", MAX_QUERY_PARAMS + 1)) {
			if (n++ == MAX_QUERY_PARAMS) {
				break;
			}
			int eq = kv.indexOf('=');
			out.putIfAbsent(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
		}
		return out;
	}

	/**
	 * A gRPC method match on the request path /SERVICE/METHOD: an empty service or method matches any;
	 * Exact compares case-sensitively, RegularExpression is a full RE2 match.
	 */
	static boolean grpc(Route.GrpcMethod g, String path) {
		int slash = path.indexOf('/', 1);
		if (!path.startsWith("/") || slash < 0) {
			return g.service().isEmpty() && g.method().isEmpty();
		}
		String service = path.substring(1, slash);
		String method = path.substring(slash + 1);
		return part(g.regex(), g.service(), service) && part(g.regex(), g.method(), method);
	}

	private static boolean part(boolean regex, String want, String got) {
		return want.isEmpty() || (regex ? Regexes.fullMatch(want, got) : want.equals(got));
	}

	/**
	 * The spec's precedence, most specific first: the route with the longest matching non-wildcard hostname,
	 * then the longest matching hostname; then for HTTPRoute an Exact path, the longest prefix, a method
	 * match, the most header matches, the most query matches, and for GRPCRoute the most characters of
	 * service, of method, the most header matches; then the oldest route (creationTimestamp, when written),
	 * the first by namespace/name, and the first rule.
	 */
	static Comparator<Rules.Choice> precedence(String host) {
		return Comparator.<Rules.Choice>comparingInt(c -> -hostChars(c.route(), host, false))
			.thenComparingInt(c -> -hostChars(c.route(), host, true))
			.thenComparingInt(c -> c.route().kind().equals("GRPCRoute") ? 1 : 0)
			.thenComparingInt(c -> c.match().map(m -> m.grpc().isEmpty() && m.pathType() == PathType.EXACT ? 0 : 1).orElse(1))
			.thenComparing(c -> -c.match().map(HttpMatching::specificity).orElse(c.route().kind().equals("GRPCRoute") ? 0 : 1))
			.thenComparingInt(c -> -c.match().map(m -> m.grpc().map(g -> g.method().length()).orElse(0)).orElse(0))
			.thenComparingInt(c -> c.match().flatMap(Route.Match::method).isPresent() ? 0 : 1)
			.thenComparingInt(c -> -c.match().map(m -> effective(m.headers()).size()).orElse(0))
			.thenComparingInt(c -> -c.match().map(m -> effective(m.queryParams()).size()).orElse(0))
			.thenComparing(c -> c.route().doc().root().path("metadata", "creationTimestamp").str("~"))
			.thenComparing(c -> c.route().namespace() + "/" + c.route().name())
			.thenComparingInt(c -> c.rule().index());
	}

	/** An HTTPRoute match's path length (a prefix's, or an exact path's), a GRPCRoute match's service length. */
	private static int specificity(Route.Match m) {
		return m.grpc().map(g -> g.service().length()).orElse(m.pathValue().length());
	}

	/** The characters of the route hostname that matches the host: any, or only a non-wildcard one. */
	static int hostChars(Route r, String host, boolean wildcards) {
		int best = 0;
		for (String h : r.hostnames()) {
			if ((wildcards || !h.startsWith("*.")) && Hosts.gatewayMatches(h, host.toLowerCase(Locale.ROOT))) {
				best = Math.max(best, h.length());
			}
		}
		return best;
	}
}
