package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Header;

/**
 * Reads a Gateway API route (HTTPRoute, GRPCRoute, TCPRoute, TLSRoute, UDPRoute) with its matches, filters
 * and backendRefs, applying the CRDs' defaults (a match without a path is PathPrefix "/", a header or query
 * match without a type is Exact, a redirect without a statusCode is 302, a mirror without percent or
 * fraction copies every request).
 */
final class RouteBuilder {

	private RouteBuilder() {
	}

	static Route route(Doc d) {
		YNode spec = d.root().get("spec");
		List<Route.ParentRef> parents = new ArrayList<>();
		for (YNode p : spec.get("parentRefs").items()) {
			parents.add(new Route.ParentRef(p.get("group").str("gateway.networking.k8s.io"), p.get("kind").str("Gateway"),
					p.get("namespace").str(d.namespace()), p.get("name").str(""), p.get("sectionName").text(),
					p.get("port").integer().map(Long::intValue), p));
		}
		List<String> hostnames = spec.get("hostnames").items().stream()
			.flatMap(h -> h.text().stream())
			.map(h -> h.toLowerCase(Locale.ROOT))
			.toList();
		List<Route.RouteRule> rules = new ArrayList<>();
		int i = 0;
		for (YNode r : spec.get("rules").items()) {
			List<Route.Match> matches = new ArrayList<>();
			for (YNode m : r.get("matches").items()) {
				matches.add(match(d.kind(), m));
			}
			String at = "spec.rules[" + i + "]";
			List<Route.BackendRef> backends = new ArrayList<>();
			int j = 0;
			for (YNode b : r.get("backendRefs").items()) {
				String path = at + ".backendRefs[" + j++ + "]";
				backends.add(backendRef(b, d.namespace(), (int) (long) b.get("weight").integer().orElse(1L),
						filters(b.get("filters"), path, d.namespace()), path));
			}
			rules.add(new Route.RouteRule(i++, matches, filters(r.get("filters"), at, d.namespace()), backends, r));
		}
		return new Route(d.kind(), d.namespace(), d.name(), parents, hostnames, rules, d);
	}

	private static Route.BackendRef backendRef(YNode b, String namespace, int weight, List<RouteFilter> filters,
			String path) {
		return new Route.BackendRef(b.get("group").str(""), b.get("kind").str("Service"), b.get("namespace").str(namespace),
				b.get("name").str(""), b.get("port").integer().map(Long::intValue), weight, filters, b, path);
	}

	private static Route.Match match(String kind, YNode m) {
		List<ValueMatch> headers = new ArrayList<>();
		for (YNode h : m.get("headers").items()) {
			headers.add(new ValueMatch(h.get("name").str("").toLowerCase(Locale.ROOT),
					h.get("type").str("Exact").equals("RegularExpression"), h.get("value").str(""), h));
		}
		List<ValueMatch> query = new ArrayList<>();
		for (YNode q : m.get("queryParams").items()) {
			query.add(new ValueMatch(q.get("name").str(""), q.get("type").str("Exact").equals("RegularExpression"),
					q.get("value").str(""), q));
		}
		if (kind.equals("GRPCRoute")) {
			YNode method = m.get("method");
			String service = method.get("service").str("");
			String name = method.get("method").str("");
			String path = service.isEmpty() ? "/" : "/" + service + "/" + name;
			Optional<Route.GrpcMethod> grpc = method.present()
					? Optional.of(new Route.GrpcMethod(method.get("type").str("Exact").equals("RegularExpression"), service, name))
					: Optional.empty();
			return new Route.Match(name.isEmpty() ? PathType.PATH_PREFIX : PathType.EXACT, path, Optional.empty(), headers,
					query, grpc, m);
		}
		return new Route.Match(PathType.of(m.path("path", "type").str(""), PathType.PATH_PREFIX),
				m.path("path", "value").str("/"), m.get("method").text(), headers, query, Optional.empty(), m);
	}

	/** The filters of a rule or a backendRef at {@code at}, in the order written. */
	static List<RouteFilter> filters(YNode list, String at, String namespace) {
		List<RouteFilter> out = new ArrayList<>();
		int k = 0;
		for (YNode f : list.items()) {
			out.add(filter(f, at + ".filters[" + k++ + "]", namespace));
		}
		return out;
	}

	private static RouteFilter filter(YNode f, String path, String namespace) {
		String type = f.get("type").str("");
		return switch (type) {
			case "RequestHeaderModifier" -> headerModifier(f, f.get("requestHeaderModifier"), path, false);
			case "ResponseHeaderModifier" -> headerModifier(f, f.get("responseHeaderModifier"), path, true);
			case "RequestRedirect" -> {
				YNode r = f.get("requestRedirect");
				yield new RouteFilter.RequestRedirect(f, path, r.get("scheme").text(),
						r.get("hostname").text().map(h -> h.toLowerCase(Locale.ROOT)), pathModifier(r.get("path")),
						r.get("port").integer().map(Long::intValue), (int) (long) r.get("statusCode").integer().orElse(302L));
			}
			case "URLRewrite" -> {
				YNode r = f.get("urlRewrite");
				yield new RouteFilter.UrlRewrite(f, path, r.get("hostname").text().map(h -> h.toLowerCase(Locale.ROOT)),
						pathModifier(r.get("path")));
			}
			case "RequestMirror" -> mirror(f, path, namespace);
			case "CORS" -> cors(f, path);
			default -> new RouteFilter.Other(f, path, type, f.path("extensionRef", "kind").str("") + " "
					+ f.path("extensionRef", "name").str(""));
		};
	}

	private static RouteFilter headerModifier(YNode f, YNode m, String path, boolean response) {
		return new RouteFilter.HeaderModifier(f, path, response, headers(m.get("set")), headers(m.get("add")),
				m.get("remove").items().stream().flatMap(x -> x.text().stream()).toList());
	}

	private static List<Header> headers(YNode list) {
		return list.items().stream().map(h -> new Header(h.get("name").str(""), h.get("value").str(""))).toList();
	}

	private static Optional<PathModifier> pathModifier(YNode p) {
		if (!p.present()) {
			return Optional.empty();
		}
		boolean full = p.get("type").str("").equals("ReplaceFullPath");
		return Optional.of(new PathModifier(full, p.get(full ? "replaceFullPath" : "replacePrefixMatch").str("")));
	}

	/** A mirror's share: percent, else numerator/denominator (denominator 100 by default), else every request. */
	private static RouteFilter mirror(YNode f, String path, String namespace) {
		YNode m = f.get("requestMirror");
		double percent = 100;
		if (m.get("percent").integer().isPresent()) {
			percent = m.get("percent").integer().get();
		}
		else if (m.get("fraction").present()) {
			long numerator = m.path("fraction", "numerator").integer().orElse(0L);
			long denominator = m.path("fraction", "denominator").integer().orElse(100L);
			percent = denominator <= 0 ? 0 : Math.min(100.0, 100.0 * numerator / denominator);
		}
		Route.BackendRef ref = backendRef(m.get("backendRef"), namespace, 1, List.of(), path + ".requestMirror.backendRef");
		return new RouteFilter.RequestMirror(f, path, ref, Math.max(0, percent));
	}

	private static RouteFilter cors(YNode f, String path) {
		YNode c = f.get("cors");
		return new RouteFilter.Cors(f, path, strings(c.get("allowOrigins")), c.get("allowCredentials").str("").equals("true"),
				strings(c.get("allowMethods")), strings(c.get("allowHeaders")), strings(c.get("exposeHeaders")),
				(int) (long) c.get("maxAge").integer().orElse(5L));
	}

	private static List<String> strings(YNode list) {
		return list.items().stream().flatMap(x -> x.text().stream()).toList();
	}
}
