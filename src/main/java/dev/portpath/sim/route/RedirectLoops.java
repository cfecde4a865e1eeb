package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.Redirect;

/**
 * Whether a RequestRedirect can send a client back to the very URL it asked for, for check: the requests a
 * rule matches on each listener that accepts its route (scheme and port from the listener, host from the
 * route's or the listener's hostnames, or the redirect's own hostname when nothing rules it out, path from
 * each Exact or PathPrefix match), each redirected with {@link Rewrites#redirect}, the function the trace
 * uses. The classic case: a rule that redirects to https, on a route attached to the HTTPS listener too.
 */
public final class RedirectLoops {

	private RedirectLoops() {
	}

	/** A request that loops: the URL, and the listener it arrives on. */
	public record Loop(String url, String listener) {
	}

	public static Optional<Loop> find(Cluster cluster, Route r, Route.RouteRule rule, RouteFilter.RequestRedirect f) {
		for (Gateway g : cluster.networking().gateways()) {
			for (Gateway.Listener l : g.listeners()) {
				String scheme = switch (l.protocol()) {
					case HTTP -> "http";
					case HTTPS -> "https";
					default -> "";
				};
				if (scheme.isEmpty() || !accepted(cluster, r, g, l)) {
					continue;
				}
				for (String host : hosts(r, l, f)) {
					for (Optional<Route.Match> m : matches(rule)) {
						String path = m.map(Route.Match::pathValue).orElse("/");
						HttpMessage asked = new HttpMessage("GET", scheme, host, l.port(), path, "", Map.of());
						Redirect answer = Rewrites.redirect(f, asked, l.port(), m);
						if (answer.loop()) {
							return Optional.of(new Loop(answer.location(), g.ref() + " listener " + l.name() + " (" + l.port()
									+ "/" + l.protocol() + ")"));
						}
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean accepted(Cluster cluster, Route r, Gateway g, Gateway.Listener l) {
		return r.parents().stream().anyMatch(pr -> !pr.isService() && pr.name().equals(g.name())
				&& pr.namespace().equals(g.namespace()) && Attachments.whyNot(cluster, r, pr, g, l, Optional.empty()).isEmpty());
	}

	/** Hosts the rule serves on the listener: the redirect's own hostname when route and listener allow it, else theirs. */
	private static Set<String> hosts(Route r, Gateway.Listener l, RouteFilter.RequestRedirect f) {
		Set<String> out = new LinkedHashSet<>();
		String listener = l.hostname().orElse("");
		if (f.hostname().isPresent()) {
			String h = f.hostname().get();
			boolean routeAllows = r.hostnames().isEmpty() || r.hostnames().stream().anyMatch(x -> Hosts.gatewayMatches(x, h));
			if (routeAllows && Hosts.gatewayMatches(listener, h)) {
				out.add(h);
			}
			return out;
		}
		for (String h : r.hostnames()) {
			if (!h.startsWith("*.") && Hosts.gatewayMatches(listener, h)) {
				out.add(h);
			}
		}
		if (out.isEmpty()) {
			out.add(listener.isEmpty() ? "example.com" : listener.startsWith("*.") ? "www" + listener.substring(1) : listener);
		}
		return out;
	}

	/** The paths a rule matches for sure: each Exact or PathPrefix value (a rule without matches: "/"). */
	private static List<Optional<Route.Match>> matches(Route.RouteRule rule) {
		List<Optional<Route.Match>> out = new ArrayList<>();
		if (rule.matches().isEmpty()) {
			out.add(Optional.empty());
		}
		for (Route.Match m : rule.matches()) {
			if (m.grpc().isEmpty() && m.pathType() != PathType.REGULAR_EXPRESSION) {
				out.add(Optional.of(m));
			}
		}
		return out;
	}
}
