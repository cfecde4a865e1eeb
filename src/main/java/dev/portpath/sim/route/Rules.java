package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.HttpMessage;
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

	private final Filters filters;

	Rules(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
		this.filters = new Filters(c);
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
	static List<Choice> matching(List<Route> routes, HttpMessage request) {
		return matching(routes, request, () -> { });
	}

	/** The same, ticking the work budget once a rule: a rule may hold 64 matches with regular expressions. */
	static List<Choice> matching(List<Route> routes, HttpMessage request, Runnable tick) {
		List<Choice> matches = new ArrayList<>();
		for (Route r : routes) {
			for (Route.RouteRule rule : r.rules()) {
				tick.run();
				if (!r.kind().equals("HTTPRoute") && !r.kind().equals("GRPCRoute") || rule.matches().isEmpty()) {
					matches.add(new Choice(r, rule, Optional.empty()));
					continue;
				}
				for (Route.Match m : rule.matches()) {
					if (HttpMatching.matches(m, request)) {
						matches.add(new Choice(r, rule, Optional.of(m)));
					}
				}
			}
		}
		return matches.stream().sorted(HttpMatching.precedence(request.host())).toList();
	}

	/** Rule choice, its filters, then backendRefs by weight, then the endpoints of the chosen Service port. */
	Leg choose(Path p, Leg.ToRules leg) {
		Destination d = leg.d();
		List<Route> routes = leg.routes();
		HttpMessage request = p.http().now();
		List<Choice> all = matching(routes, request, () -> cluster.budget().tick());
		if (all.isEmpty()) {
			Route r = routes.get(0);
			return p.fail(Step.ROUTE, r.name(), "no rule of " + routes.stream().map(Route::ref).collect(Collectors.joining(", "))
					+ " matches " + Paths.of(d.path()) + " (" + sent(p) + ")",
					"add a rule whose matches cover the " + (p.http().asked() ? "request" : "path (PathPrefix / covers everything)"),
					Outcome.NO_MATCHING_RULE, "HTTP 404 Not Found from the Gateway", Refs.docField(r.doc(), "rules", "spec"));
		}
		Choice c = all.get(0);
		String matchText = c.match().map(Rules::describe).orElse("no matches (everything)");
		Ref ruleRef = Ref.of(c.match().map(m -> m.node().loc()).orElse(c.rule().node().loc()),
				c.route().id() + "/spec.rules[" + c.rule().index() + "]");
		List<Route.BackendRef> refs = c.rule().backends().stream().filter(b -> b.weight() > 0).toList();
		int total = refs.stream().mapToInt(Route.BackendRef::weight).sum();
		String text = c.route().ref() + " rule " + c.rule().index() + " matches " + Paths.of(d.path()) + " (" + matchText + ")"
				+ (all.size() > 1 ? "; the most specific of " + all.size() + " matching rules wins ("
						+ (c.route().kind().equals("GRPCRoute") ? "the longest service, then method, then the most headers"
								: "Exact, then the longest prefix, method, headers, query") + ")" : "");
		if (refs.isEmpty() && c.rule().filters().isEmpty()) {
			return p.fail(Step.ROUTE, c.route().name(), c.route().ref() + " rule " + c.rule().index() + " (" + matchText
					+ ") matches, but it has no backendRef with a weight above 0", "add a backendRef to a Service port",
					Outcome.BAD_BACKEND, "HTTP 500 Internal Server Error from the Gateway", ruleRef);
		}
		p.ok(Step.ROUTE, refs.isEmpty() ? c.route().name() : backendsText(refs, total), text, ruleRef);
		Filters.Owner owner = new Filters.Owner(c.route(), c.route().ref() + " rule " + c.rule().index(), c.match(),
				leg.source());
		Optional<Leg.Done> answered = filters.apply(p, owner, c.rule().filters(), d);
		if (answered.isPresent()) {
			return answered.get();
		}
		if (refs.isEmpty()) {
			return p.fail(Step.ROUTE, c.route().name(), c.route().ref() + " rule " + c.rule().index()
					+ " has no backendRef with a weight above 0, and its filters do not answer the request themselves",
					"add a backendRef to a Service port", Outcome.BAD_BACKEND, "HTTP 500 Internal Server Error from the Gateway",
					ruleRef);
		}
		return backends(p, leg, c, refs, total);
	}

	/** What PortPath sent, for a rule that does not match: the words of contract 1.0 when nothing more was asked. */
	private static String sent(Path p) {
		if (!p.http().asked()) {
			return "PortPath sends a GET with no extra headers";
		}
		HttpMessage r = p.http().now();
		return "the request is " + r.method() + " " + r.path() + (r.query().isEmpty() ? "" : "?" + r.query())
				+ (r.headers().isEmpty() ? " with no headers" : " with headers " + String.join(", ", r.headers().keySet()));
	}

	/** A match in words: path, then query, method and headers where it has them. */
	static String describe(Route.Match m) {
		if (m.grpc().isPresent() && (m.grpc().get().regex() || m.grpc().get().service().isEmpty())) {
			Route.GrpcMethod g = m.grpc().get();
			return (g.regex() ? "RegularExpression " : "") + "service " + (g.service().isEmpty() ? "any" : g.service())
					+ ", method " + (g.method().isEmpty() ? "any" : g.method()) + headersText(m);
		}
		return m.pathType() + " " + m.pathValue()
				+ (m.queryParams().isEmpty() ? "" : " with query {" + m.queryParams().stream().map(v -> v.describe())
					.collect(Collectors.joining(", ")) + "}")
				+ m.method().map(x -> ", method " + x).orElse("") + headersText(m);
	}

	private static String headersText(Route.Match m) {
		return m.headers().isEmpty() ? "" : ", headers " + HttpMatching.effective(m.headers()).stream()
			.map(v -> v.describe()).collect(Collectors.joining(", "));
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
		Filters.Owner owner = new Filters.Owner(c.route(), c.route().ref() + " backendRef " + chosen.name(), c.match(),
				leg.source());
		Optional<Leg.Done> answered = filters.apply(p, owner, chosen.filters(), leg.d());
		if (answered.isPresent()) {
			return answered.get();
		}
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
