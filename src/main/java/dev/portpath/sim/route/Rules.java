package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * The rules of Gateway API routes (a Gateway's, or a mesh's on a Service): the rule the spec's precedence
 * picks for the request (HTTPRouteRule.Matches), then its backendRefs by weight, each needing a Service
 * port and, across namespaces, a ReferenceGrant; 404 when no rule matches, 500 for an invalid backend.
 */
final class Rules {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	Rules(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
	}

	/** A chosen rule and the match that chose it. */
	record Choice(Route route, Route.RouteRule rule, Optional<Route.Match> match) {
	}

	/** Mesh (GAMMA): the routes whose parentRef is this Service, for the port dialed. */
	static List<Route> meshRoutes(Cluster cluster, Service svc, int port) {
		return cluster.meshRoutes().stream()
			.filter(r -> r.parents().stream()
				.anyMatch(pr -> pr.isService() && pr.name().equals(svc.name()) && pr.namespace().equals(svc.namespace())
						&& pr.port().map(x -> x == port).orElse(true)))
			.toList();
	}

	/** Every rule match for the request, most specific first (HTTPRouteRule.Matches precedence). */
	static List<Choice> matching(List<Route> routes, Destination d) {
		String path = Paths.of(d.path());
		Map<String, String> query = query(d.path());
		List<Choice> matches = new ArrayList<>();
		for (Route r : routes) {
			for (Route.RouteRule rule : r.rules()) {
				if (!r.kind().equals("HTTPRoute") && !r.kind().equals("GRPCRoute") || rule.matches().isEmpty()) {
					matches.add(new Choice(r, rule, Optional.empty()));
					continue;
				}
				for (Route.Match m : rule.matches()) {
					if (matches(m, path, query)) {
						matches.add(new Choice(r, rule, Optional.of(m)));
					}
				}
			}
		}
		// Exact path > longest prefix > method > most headers > most query params > route name > rule order
		return matches.stream().sorted(Comparator.<Choice>comparingInt(c -> c.match().map(m -> m.pathType() == PathType.EXACT ? 0 : 1).orElse(1))
			.thenComparing(c -> -c.match().map(m -> m.pathValue().length()).orElse(1))
			.thenComparing(c -> c.match().flatMap(Route.Match::method).isPresent() ? 0 : 1)
			.thenComparing(c -> -c.match().map(m -> m.headers().size()).orElse(0))
			.thenComparing(c -> -c.match().map(m -> m.queryParams().size()).orElse(0))
			.thenComparing(c -> c.route().namespace() + "/" + c.route().name())
			.thenComparingInt(c -> c.rule().index()))
			.toList();
	}

	/** A request from PortPath is a GET with no headers; path and query come from TO. */
	private static boolean matches(Route.Match m, String path, Map<String, String> query) {
		boolean pathOk = switch (m.pathType()) {
			case EXACT -> Paths.exact(m.pathValue(), path);
			case REGULAR_EXPRESSION -> safeRegex(m.pathValue(), path);
			default -> Paths.prefix(m.pathValue(), path);
		};
		return pathOk && m.method().map(x -> x.equals("GET")).orElse(true) && m.headers().isEmpty()
				&& m.queryParams().entrySet().stream().allMatch(e -> e.getValue().equals(query.get(e.getKey())));
	}

	/**
	 * A RegularExpression path match, with RE2 semantics (linear time, as Envoy-based implementations use);
	 * a pattern RE2 cannot compile matches nothing. Support for this match type is implementation-specific.
	 */
	private static boolean safeRegex(String regex, String path) {
		try {
			return com.google.re2j.Pattern.compile(regex).matches(path);
		}
		catch (com.google.re2j.PatternSyntaxException ex) {
			return false;
		}
	}

	private static Map<String, String> query(String requestPath) {
		Map<String, String> out = new java.util.LinkedHashMap<>();
		int q = requestPath.indexOf('?');
		if (q >= 0) {
			for (String kv : requestPath.substring(q + 1).split("&")) {
				int eq = kv.indexOf('=');
				out.put(eq < 0 ? kv : kv.substring(0, eq), eq < 0 ? "" : kv.substring(eq + 1));
			}
		}
		return out;
	}

	/** Rule choice, then backendRefs by weight, then the endpoints of the chosen Service port. */
	Leg choose(Path p, Leg.ToRules leg) {
		Destination d = leg.d();
		List<Route> routes = leg.routes();
		List<Choice> all = matching(routes, d);
		if (all.isEmpty()) {
			Route r = routes.get(0);
			return p.fail(Step.ROUTE, r.name(), "no rule of " + routes.stream().map(Route::ref).collect(Collectors.joining(", "))
					+ " matches " + Paths.of(d.path()) + " (PortPath sends a GET with no extra headers)",
					"add a rule whose matches cover the path (PathPrefix / covers everything)", Outcome.NO_MATCHING_RULE,
					"HTTP 404 Not Found from the Gateway", Refs.docField(r.doc(), "rules", "spec"));
		}
		Choice c = all.get(0);
		String matchText = c.match().map(m -> m.pathType() + " " + m.pathValue()
				+ (m.queryParams().isEmpty() ? "" : " with query " + m.queryParams())
				+ m.method().map(x -> ", method " + x).orElse("")).orElse("no matches (everything)");
		Ref ruleRef = Ref.of(c.match().map(m -> m.node().loc()).orElse(c.rule().node().loc()),
				c.route().id() + "/spec.rules[" + c.rule().index() + "]");
		List<Route.BackendRef> refs = c.rule().backends().stream().filter(b -> b.weight() > 0).toList();
		if (refs.isEmpty()) {
			return p.fail(Step.ROUTE, c.route().name(), c.route().ref() + " rule " + c.rule().index() + " (" + matchText
					+ ") matches, but it has no backendRef with a weight above 0", "add a backendRef to a Service port",
					Outcome.BAD_BACKEND, "HTTP 500 Internal Server Error from the Gateway", ruleRef);
		}
		int total = refs.stream().mapToInt(Route.BackendRef::weight).sum();
		p.ok(Step.ROUTE, backendsText(refs, total), c.route().ref() + " rule " + c.rule().index() + " matches "
				+ Paths.of(d.path()) + " (" + matchText + ")" + (all.size() > 1 ? "; the most specific of " + all.size()
						+ " matching rules wins (Exact, then the longest prefix, method, headers, query)" : ""),
				ruleRef);
		return backends(p, leg, c, refs, total);
	}

	/** The backendRef that carries the traffic (the heaviest usable one), with a warning for the unusable share. */
	private Leg backends(Path p, Leg.ToRules leg, Choice c, List<Route.BackendRef> refs, int total) {
		List<String> invalid = new ArrayList<>();
		Ref invalidRef = null;
		String fix = "";
		Route.BackendRef best = null;
		Service bestSvc = null;
		ServicePort bestPort = null;
		for (Route.BackendRef b : refs.stream().sorted(Comparator.comparingInt(Route.BackendRef::weight).reversed()).toList()) {
			Backends.Resolved r = Backends.resolve(cluster, c.route(), b);
			if (r.problem().isPresent()) {
				invalid.add(r.problem().get() + (refs.size() > 1 ? " (weight " + b.weight() + " of " + total + ")" : ""));
				if (invalidRef == null) {
					invalidRef = r.ref();
					fix = fix(c.route(), b, r.reason().orElseThrow());
				}
			}
			else if (best == null) {
				best = b;
				bestSvc = r.service().orElseThrow();
				bestPort = r.port().orElseThrow();
			}
		}
		if (best == null || bestSvc == null || bestPort == null) {
			return p.fail(Step.SERVICE, c.route().name(), "the Gateway cannot use " + (refs.size() == 1 ? "the backendRef"
					: "any backendRef") + ": " + String.join("; ", invalid), fix,
					Outcome.BAD_BACKEND, "HTTP 500 Internal Server Error from the Gateway (ResolvedRefs=False)", invalidRef);
		}
		if (!invalid.isEmpty()) {
			p.warn(Step.SERVICE, bestSvc.name() + ":" + bestPort.port(), "part of the traffic fails with HTTP 500: "
					+ String.join("; ", invalid), fix, invalidRef);
		}
		Route.BackendRef chosen = best;
		p.toward(Points.service(bestSvc, bestPort)).ok(Step.SERVICE, bestSvc.name() + ":" + bestPort.port(), "backendRef "
				+ chosen.name() + " port " + chosen.port().orElse(0) + " is port " + bestPort.describe() + " of "
				+ bestSvc.ref() + (refs.size() > 1 ? " (weight " + chosen.weight() + " of " + total + ")" : ""),
				Ref.of(chosen.node().loc(), c.route().id() + "/" + chosen.path()));
		List<Backend> others = new ArrayList<>();
		for (Route.BackendRef b : refs) {
			Backends.Resolved r = Backends.resolve(cluster, c.route(), b);
			if (b != chosen && r.problem().isEmpty()) {
				others.addAll(endpoints.resolve(r.service().get(), r.port().get()).backends());
			}
		}
		return new Leg.ToProxy(leg.source(), leg.d(), bestSvc, bestPort, leg.who(),
				"HTTP 503 Service Unavailable from the Gateway (no ready endpoints)", others);
	}

	private static String fix(Route route, Route.BackendRef b, Backends.Reason reason) {
		return switch (reason) {
			case REF_NOT_PERMITTED -> "add a ReferenceGrant in namespace " + b.namespace() + " that lets "
					+ route.kind() + "s from " + route.namespace() + " refer to Services";
			case BACKEND_NOT_FOUND -> "name an existing Service, or create " + b.namespace() + "/" + b.name();
			case INVALID_KIND -> "refer to a Service (group \"\", kind Service)";
			case TARGET_PORT, PORT_NOT_FOUND -> "use a port of the Service (its spec.ports[].port), not the targetPort";
		};
	}

	private static String backendsText(List<Route.BackendRef> refs, int total) {
		return refs.stream()
			.map(b -> b.name() + ":" + b.port().map(String::valueOf).orElse("?")
					+ (refs.size() > 1 ? " " + Math.round(100.0 * b.weight() / total) + "%" : ""))
			.collect(Collectors.joining(", "));
	}
}
