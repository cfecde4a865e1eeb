package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.LabelSelector;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.ReferenceGrant;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Trace;

/**
 * Gateway API (gateway.networking.k8s.io/v1): listener by port, protocol and hostname; routes attached
 * through parentRefs, allowedRoutes and hostname intersection; the rule chosen by the spec's precedence
 * (HTTPRouteRule.Matches); backendRefs by weight, each needing a Service port and, across namespaces, a
 * ReferenceGrant. 404 when no rule matches, 500 for an invalid backend (httproute_types.go).
 */
final class Gateways {

	private final Cluster cluster;

	private final Tracer tracer;

	Gateways(Cluster cluster, Tracer tracer) {
		this.cluster = cluster;
		this.tracer = tracer;
	}

	/** True when a Gateway listener or an attached route names this host explicitly. */
	boolean servesHost(String host) {
		for (Gateway g : cluster.networking().gateways()) {
			for (Gateway.Listener l : g.listeners()) {
				if (l.hostname().filter(h -> Hosts.gatewayMatches(h, host)).isPresent()) {
					return true;
				}
			}
		}
		return cluster.networking().routes().stream()
			.filter(r -> r.parents().stream().anyMatch(p -> !p.isService()))
			.anyMatch(r -> r.hostnames().stream().anyMatch(h -> Hosts.gatewayMatches(h, host)));
	}

	private static boolean protocolFits(Gateway.ListenerProtocol listener, Destination d) {
		return switch (d.scheme()) {
			case "http" -> listener == Gateway.ListenerProtocol.HTTP;
			case "https" -> listener == Gateway.ListenerProtocol.HTTPS || listener == Gateway.ListenerProtocol.TLS;
			case "udp" -> listener == Gateway.ListenerProtocol.UDP;
			default -> listener == Gateway.ListenerProtocol.TCP || listener == Gateway.ListenerProtocol.TLS;
		};
	}

	static List<String> routeKinds(Gateway.Listener l) {
		if (!l.kinds().isEmpty()) {
			return l.kinds();
		}
		return switch (l.protocol()) {
			case HTTP, HTTPS -> List.of("HTTPRoute", "GRPCRoute");
			case TLS -> List.of("TLSRoute");
			case TCP -> List.of("TCPRoute");
			case UDP -> List.of("UDPRoute");
			case OTHER -> List.of();
		};
	}

	record Pick(Gateway gateway, Gateway.Listener listener) {
	}

	Trace route(Path p, Destination d) {
		List<Pick> onPort = new ArrayList<>();
		for (Gateway g : cluster.networking().gateways()) {
			for (Gateway.Listener l : g.listeners()) {
				if (l.port() == d.port() && protocolFits(l.protocol(), d)) {
					onPort.add(new Pick(g, l));
				}
			}
		}
		Optional<Pick> pick = onPort.stream()
			.filter(x -> Hosts.gatewayMatches(x.listener().hostname().orElse(""), d.host()))
			.max(Comparator.comparingInt(x -> Hosts.specificity(x.listener().hostname().orElse(""))));
		Gateway addressed = pick.map(Pick::gateway)
			.orElse(onPort.isEmpty() ? cluster.networking().gateways().get(0) : onPort.get(0).gateway());
		p.ok(Step.DNS, "gateway:" + d.port(), "public DNS is assumed to send " + d.host() + " to the address of "
				+ addressed.ref() + " (the implementation publishes it); cluster DNS plays no part for an outside client",
				Refs.doc(addressed.doc()));
		if (onPort.isEmpty()) {
			String listens = cluster.networking().gateways().stream()
				.flatMap(g -> g.listeners().stream().map(l -> g.name() + " " + l.port() + "/" + l.protocol()))
				.collect(Collectors.joining(", "));
			return p.fail(Step.GATEWAY, d.hostPort(), "no Gateway listener takes " + (d.scheme().isEmpty() ? "tcp" : d.scheme())
					+ " on port " + d.port() + " (listeners: " + (listens.isEmpty() ? "none" : listens) + ")",
					"use a listener's port, or add a listener for port " + d.port(), Outcome.NO_LISTENER,
					"connection refused or timed out: nothing listens on port " + d.port() + " of the Gateway",
					cluster.networking().gateways().stream()
						.flatMap(g -> g.listeners().stream().map(l -> Ref.of(Refs.field(l.node(), "port"),
								g.id() + "/spec.listeners[" + l.index() + "].port")))
						.toArray(Ref[]::new));
		}
		if (pick.isEmpty()) {
			Pick any = onPort.get(0);
			return p.fail(Step.GATEWAY, d.hostPort(), "the listeners on port " + d.port() + " accept only "
					+ onPort.stream().map(x -> x.listener().hostname().orElse("*")).collect(Collectors.joining(", "))
					+ ", not " + d.host(), "add the host to a listener's hostname, or use a host it accepts",
					Outcome.NO_MATCHING_RULE, "HTTP 404 Not Found from the Gateway (no listener for this host)",
					onPort.stream().map(x -> Ref.of(Refs.field(x.listener().node(), "hostname"), x.gateway().id()
							+ "/spec.listeners[" + x.listener().index() + "].hostname")).toArray(Ref[]::new));
		}
		Gateway g = pick.get().gateway();
		Gateway.Listener l = pick.get().listener();
		p.ok(Step.GATEWAY, g.name() + "/" + l.name(), g.ref() + " listener " + l.name() + " (" + l.port() + "/" + l.protocol()
				+ l.hostname().map(h -> ", hostname " + h).orElse(", any hostname") + ") takes " + d.host() + ":" + d.port()
				+ classNote(g), listenerRef(pick.get()));
		List<Route> attached = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		Ref rejectedRef = null;
		for (Route r : cluster.networking().routes()) {
			// a route may name one Gateway several times (other sectionName or port): any of them attaches it
			// to this listener (gateway-api ParentReference, "ParentRefs must be distinct")
			Optional<String> firstWhy = Optional.empty();
			Route.ParentRef firstRef = null;
			boolean named = false;
			boolean accepted = false;
			for (Route.ParentRef pr : r.parents()) {
				if (pr.isService() || !pr.name().equals(g.name()) || !pr.namespace().equals(g.namespace())) {
					continue;
				}
				named = true;
				Optional<String> why = Backends.whyNotAttached(cluster, r, pr, g, l, Optional.of(d.host()));
				if (why.isEmpty()) {
					accepted = true;
					break;
				}
				if (firstWhy.isEmpty()) {
					firstWhy = why;
					firstRef = pr;
				}
			}
			if (accepted) {
				attached.add(r);
			}
			else if (named) {
				rejected.add(r.ref() + ": " + firstWhy.get());
				rejectedRef = rejectedRef == null ? Backends.rejectionRef(r, firstRef, firstWhy.get()) : rejectedRef;
			}
		}
		if (attached.isEmpty()) {
			return p.fail(Step.ROUTE, g.name() + "/" + l.name(), "no route attached to listener " + l.name() + " serves "
					+ d.host() + (rejected.isEmpty() ? " (no route names " + g.ref() + " as its parent)"
							: ": " + String.join("; ", rejected.subList(0, Math.min(3, rejected.size())))),
					"attach a route to the listener (parentRefs, sectionName, hostnames, allowedRoutes)",
					Outcome.NO_MATCHING_RULE, isHttp(d) ? "HTTP 404 Not Found from the Gateway"
							: "connection refused or reset by the Gateway: no route takes it",
					rejectedRef != null ? rejectedRef : listenerRef(pick.get()));
		}
		return rules(p, d, attached, Party.of(dataPlane(g), "the connection to the pod comes from " + g.ref()
				+ "'s data plane"), "the Gateway");
	}

	private static boolean isHttp(Destination d) {
		return d.scheme().equals("http") || d.scheme().equals("https");
	}

	private String classNote(Gateway g) {
		boolean known = cluster.docsOfKind("GatewayClass").stream().anyMatch(doc -> doc.name().equals(g.className()));
		return known || g.className().isEmpty() ? ""
				: " (GatewayClass " + g.className() + " is not in these manifests: its implementation serves the Gateway)";
	}

	private static Ref listenerRef(Pick x) {
		return Ref.of(x.listener().node().loc(), x.gateway().id() + "/spec.listeners[" + x.listener().index() + "]");
	}

	/** A chosen rule and the match that chose it. */
	record Choice(Route route, Route.RouteRule rule, Optional<Route.Match> match) {
	}

	/** The rule the spec's precedence picks for the request, among the attached routes. */
	Optional<Choice> choose(List<Route> routes, Destination d) {
		return matching(routes, d).stream().findFirst();
	}

	/** Every rule match for the request, most specific first (HTTPRouteRule.Matches precedence). */
	List<Choice> matching(List<Route> routes, Destination d) {
		String path = Paths.of(d.path());
		Map<String, String> query = query(d.path());
		List<Choice> matches = new ArrayList<>();
		for (Route r : routes) {
			for (Route.RouteRule rule : r.rules()) {
				if (!r.kind().equals("HTTPRoute") && !r.kind().equals("GRPCRoute")) {
					matches.add(new Choice(r, rule, Optional.empty()));
					continue;
				}
				if (rule.matches().isEmpty()) {
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
	Trace rules(Path p, Destination d, List<Route> routes, Party source, String who) {
		List<Choice> all = matching(routes, d);
		Optional<Choice> choice = all.stream().findFirst();
		if (choice.isEmpty()) {
			Route r = routes.get(0);
			return p.fail(Step.ROUTE, r.name(), "no rule of " + routes.stream().map(Route::ref).collect(Collectors.joining(", "))
					+ " matches " + Paths.of(d.path()) + " (PortPath sends a GET with no extra headers)",
					"add a rule whose matches cover the path (PathPrefix / covers everything)", Outcome.NO_MATCHING_RULE,
					"HTTP 404 Not Found from the Gateway", Refs.docField(r.doc(), "rules", "spec"));
		}
		Choice c = choice.get();
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
					fix = switch (r.reason().orElse("")) {
						case "RefNotPermitted" -> "add a ReferenceGrant in namespace " + b.namespace() + " that lets "
								+ c.route().kind() + "s from " + c.route().namespace() + " refer to Services";
						case "BackendNotFound" -> "name an existing Service, or create " + b.namespace() + "/" + b.name();
						case "InvalidKind" -> "refer to a Service (group \"\", kind Service)";
						default -> "use a port of the Service (its spec.ports[].port), not the targetPort";
					};
				}
			}
			else if (best == null) {
				best = b;
				bestSvc = r.service().get();
				bestPort = r.port().get();
			}
		}
		if (best == null) {
			return p.fail(Step.SERVICE, c.route().name(), "the Gateway cannot use " + (refs.size() == 1 ? "the backendRef"
					: "any backendRef") + ": " + String.join("; ", invalid), fix,
					Outcome.BAD_BACKEND, "HTTP 500 Internal Server Error from the Gateway (ResolvedRefs=False)", invalidRef);
		}
		if (!invalid.isEmpty()) {
			p.warn(Step.SERVICE, bestSvc.name() + ":" + bestPort.port(), "part of the traffic fails with HTTP 500: "
					+ String.join("; ", invalid), fix, invalidRef);
		}
		Route.BackendRef chosen = best;
		p.ok(Step.SERVICE, bestSvc.name() + ":" + bestPort.port(), "backendRef " + chosen.name() + " port "
				+ chosen.port().orElse(0) + " is port " + bestPort.describe() + " of " + bestSvc.ref()
				+ (refs.size() > 1 ? " (weight " + chosen.weight() + " of " + total + ")" : ""),
				Ref.of(chosen.node().loc(), c.route().id() + "/" + chosen.path()));
		List<Backend> others = new ArrayList<>();
		EndpointResolver resolver = new EndpointResolver(cluster);
		for (Route.BackendRef b : refs) {
			Backends.Resolved r = Backends.resolve(cluster, c.route(), b);
			if (b != chosen && r.problem().isEmpty()) {
				others.addAll(resolver.resolve(r.service().get(), r.port().get()).backends());
			}
		}
		return tracer.viaProxy(p, source, d, bestSvc, bestPort, who,
				"HTTP 503 Service Unavailable from the Gateway (no ready endpoints)", others);
	}

	private static String backendsText(List<Route.BackendRef> refs, int total) {
		return refs.stream()
			.map(b -> b.name() + ":" + b.port().map(String::valueOf).orElse("?")
					+ (refs.size() > 1 ? " " + Math.round(100.0 * b.weight() / total) + "%" : ""))
			.collect(Collectors.joining(", "));
	}

	/** The Gateway's data-plane pod: from the manifests when present, else assumed beside the Gateway. */
	Pod dataPlane(Gateway g) {
		return cluster.pods().stream()
			.filter(x -> g.name().equals(x.labels().get("gateway.networking.k8s.io/gateway-name")))
			.findFirst()
			.orElseGet(() -> Frontends.syntheticPod(g.namespace(), g.name() + "-gateway",
					Map.of("gateway.networking.k8s.io/gateway-name", g.name()), "10.244.1.201"));
	}

	/** Mesh (GAMMA): HTTPRoutes whose parentRef is this Service, for the port dialed. */
	List<Route> meshRoutes(Service svc, int port) {
		return cluster.meshRoutes().stream()
			.filter(r -> r.parents().stream()
				.anyMatch(pr -> pr.isService() && pr.name().equals(svc.name()) && pr.namespace().equals(svc.namespace())
						&& pr.port().map(x -> x == port).orElse(true)))
			.toList();
	}

	static String labels(LabelSelector s) {
		return s.toString();
	}
}
