package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * A Gateway (gateway.networking.k8s.io/v1) reached from outside: the listener for the port, protocol and
 * hostname (the most specific hostname wins), then the routes attached to that listener through any of
 * their parentRefs. The routes' rules choose the backend in the next stage.
 */
final class GatewayListeners {

	private final Cluster cluster;

	GatewayListeners(Context c) {
		this.cluster = c.cluster();
	}

	/** True when a Gateway listener or an attached route names this host explicitly. */
	static boolean servesHost(Cluster cluster, String host) {
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

	/** The route kinds a listener takes: those it lists, else those of its protocol. */
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

	Leg route(Path p, Leg.ToGateway leg) {
		Destination d = leg.d();
		List<Pick> onPort = new ArrayList<>();
		for (Gateway g : cluster.networking().gateways()) {
			for (Gateway.Listener l : g.listeners()) {
				if (l.port() == d.port() && protocolFits(l.protocol(), d)) {
					onPort.add(new Pick(g, l));
				}
			}
		}
		String host = p.http().host();
		// TLS chooses the listener by SNI (the Host header travels encrypted inside); plain HTTP by the Host header
		String name = d.scheme().equals("https") ? p.http().sni() : host;
		Optional<Pick> pick = best(onPort, name);
		Gateway addressed = pick.map(Pick::gateway)
			.orElse(onPort.isEmpty() ? cluster.networking().gateways().get(0) : onPort.get(0).gateway());
		p.toward(Point.of(Point.Kind.GATEWAY, addressed.namespace(), addressed.name(), "", d.port(), Protocol.TCP))
			.ok(Step.DNS, "gateway:" + d.port(), "public DNS is assumed to send " + d.host() + " to the address of "
					+ addressed.ref() + " (the implementation publishes it); cluster DNS plays no part for an outside client",
					Refs.doc(addressed.doc()));
		if (onPort.isEmpty()) {
			return noListener(p, d);
		}
		if (pick.isEmpty()) {
			return p.fail(Step.GATEWAY, d.hostPort(), "the listeners on port " + d.port() + " accept only "
					+ onPort.stream().map(x -> x.listener().hostname().orElse("*")).collect(Collectors.joining(", "))
					+ ", not " + name + (name.equals(host) ? "" : " (the SNI)"), "add the host to a listener's hostname, or use"
							+ " a host it accepts", Outcome.NO_MATCHING_RULE, "HTTP 404 Not Found from the Gateway (no listener"
									+ " for this host)", hostnameRefs(onPort));
		}
		Optional<Leg.Done> misdirected = misdirected(p, d, onPort, pick.get(), host);
		if (misdirected.isPresent()) {
			return misdirected.get();
		}
		Gateway g = pick.get().gateway();
		Gateway.Listener l = pick.get().listener();
		p.ok(Step.GATEWAY, g.name() + "/" + l.name(), g.ref() + " listener " + l.name() + " (" + l.port() + "/" + l.protocol()
				+ l.hostname().map(h -> ", hostname " + h).orElse(", any hostname") + ") takes " + host + ":" + d.port()
				+ (name.equals(host) ? "" : " (SNI " + name + ")") + classNote(g), listenerRef(pick.get()));
		return attached(p, d, pick.get(), l.protocol() == Gateway.ListenerProtocol.TLS ? name : host);
	}

	/** The listener whose hostname matches the name most specifically (exact, then the longest wildcard, then none). */
	private static Optional<Pick> best(List<Pick> onPort, String name) {
		return onPort.stream()
			.filter(x -> Hosts.gatewayMatches(x.listener().hostname().orElse(""), name))
			.max(Comparator.comparingInt(x -> Hosts.specificity(x.listener().hostname().orElse(""))));
	}

	private static Ref[] hostnameRefs(List<Pick> picks) {
		return picks.stream().map(x -> Ref.of(Refs.field(x.listener().node(), "hostname"), x.gateway().id()
				+ "/spec.listeners[" + x.listener().index() + "].hostname")).toArray(Ref[]::new);
	}

	/**
	 * An HTTPS request whose Host header belongs to another listener than the one its SNI chose (Listener.Hostname:
	 * the Gateway SHOULD answer 421 when another listener on the port matches the Host exactly or more
	 * specifically, and MUST answer 404 when no listener matches it).
	 */
	private Optional<Leg.Done> misdirected(Path p, Destination d, List<Pick> onPort, Pick bySni, String host) {
		if (!d.scheme().equals("https") || p.http().sni().equals(host)
				|| bySni.listener().protocol() != Gateway.ListenerProtocol.HTTPS) {
			return Optional.empty();
		}
		Optional<Pick> byHost = best(onPort, host);
		String sniListener = bySni.gateway().ref() + " listener " + bySni.listener().name();
		if (byHost.isEmpty()) {
			return Optional.of(p.fail(Step.GATEWAY, d.hostPort(), "the SNI " + p.http().sni() + " chose " + sniListener
					+ ", and no listener on port " + d.port() + " serves the Host header " + host, "send a Host header that a"
							+ " listener's hostname covers", Outcome.NO_MATCHING_RULE, "HTTP 404 Not Found from the Gateway (no"
									+ " listener for this Host)", hostnameRefs(onPort)));
		}
		if (byHost.get().equals(bySni)) {
			return Optional.empty();
		}
		Pick other = byHost.get();
		return Optional.of(p.fail(Step.GATEWAY, d.hostPort(), "the SNI " + p.http().sni() + " chose " + sniListener
				+ ", but the Host header " + host + " belongs to listener " + other.listener().name() + " ("
				+ other.listener().hostname().map(h -> "hostname " + h).orElse("any hostname") + "), which matches it"
				+ (Hosts.gatewayMatches(bySni.listener().hostname().orElse(""), host) ? " more specifically" : "")
				+ ": the Gateway refuses a request misdirected on this TLS connection", "send the same name as SNI and Host"
						+ " (a client reusing one connection for two hosts gets this answer and retries on a new one)",
				Outcome.NO_MATCHING_RULE, "HTTP 421 Misdirected Request", listenerRef(bySni), listenerRef(other)));
	}

	private Leg.Done noListener(Path p, Destination d) {
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

	/**
	 * The routes attached to the listener. A route may name one Gateway several times (other sectionName or
	 * port): any of them attaches it (gateway-api ParentReference, "ParentRefs must be distinct").
	 */
	private Leg attached(Path p, Destination d, Pick pick, String host) {
		Gateway g = pick.gateway();
		Gateway.Listener l = pick.listener();
		List<Route> attached = new ArrayList<>();
		List<String> rejected = new ArrayList<>();
		Ref rejectedRef = null;
		for (Route r : cluster.networking().routes()) {
			String firstWhy = null;
			Ref firstBlame = null;
			boolean named = false;
			boolean accepted = false;
			for (Route.ParentRef pr : r.parents()) {
				if (pr.isService() || !pr.name().equals(g.name()) || !pr.namespace().equals(g.namespace())) {
					continue;
				}
				named = true;
				Optional<Attachments.Rejection> why = Attachments.whyNot(cluster, r, pr, g, l, Optional.of(host));
				if (why.isEmpty()) {
					accepted = true;
					break;
				}
				if (firstWhy == null) {
					firstWhy = why.get().text();
					firstBlame = Attachments.ref(r, pr, why.get().reason());
				}
			}
			if (accepted) {
				attached.add(r);
			}
			else if (named && firstWhy != null) {
				rejected.add(r.ref() + ": " + firstWhy);
				rejectedRef = rejectedRef == null ? firstBlame : rejectedRef;
			}
		}
		if (attached.isEmpty()) {
			return p.fail(Step.ROUTE, g.name() + "/" + l.name(), "no route attached to listener " + l.name() + " serves "
					+ host + (rejected.isEmpty() ? " (no route names " + g.ref() + " as its parent)"
							: ": " + String.join("; ", rejected.subList(0, Math.min(3, rejected.size())))),
					"attach a route to the listener (parentRefs, sectionName, hostnames, allowedRoutes)",
					Outcome.NO_MATCHING_RULE, isHttp(d) ? "HTTP 404 Not Found from the Gateway"
							: "connection refused or reset by the Gateway: no route takes it",
					rejectedRef != null ? rejectedRef : listenerRef(pick));
		}
		return new Leg.ToRules(d, attached, Party.of(dataPlane(g), "the connection to the pod comes from " + g.ref()
				+ "'s data plane"), "the Gateway");
	}

	private static boolean isHttp(Destination d) {
		return d.scheme().equals("http") || d.scheme().equals("https");
	}

	private String classNote(Gateway g) {
		return GatewayClasses.known(cluster, g) || g.className().isEmpty() ? ""
				: " (GatewayClass " + g.className() + " is not in these manifests: its implementation serves the Gateway)";
	}

	private static Ref listenerRef(Pick x) {
		return Ref.of(x.listener().node().loc(), x.gateway().id() + "/spec.listeners[" + x.listener().index() + "]");
	}

	/** The Gateway's data-plane pod: from the manifests when present, else assumed beside the Gateway. */
	private Pod dataPlane(Gateway g) {
		return cluster.pods().stream()
			.filter(x -> g.name().equals(x.labels().get("gateway.networking.k8s.io/gateway-name")))
			.findFirst()
			.orElseGet(() -> Ingresses.syntheticPod(g.namespace(), g.name() + "-gateway",
					Map.of("gateway.networking.k8s.io/gateway-name", g.name()), "10.244.1.201"));
	}
}
