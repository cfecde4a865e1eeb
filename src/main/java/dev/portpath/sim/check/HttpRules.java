package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.model.ValueMatch;
import dev.portpath.sim.route.EndpointResolver;
import dev.portpath.sim.route.IngressNginx;
import dev.portpath.sim.route.RedirectLoops;
import dev.portpath.sim.route.Mirrors;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/**
 * What the HTTP parts of routes do wrong: a redirect that sends the client back to the URL it asked for, a
 * match that requires one header twice, a mirror whose copies reach no endpoint, and filters PortPath does
 * not simulate. The decisions are the trace's own (RedirectLoops, Mirrors.lost).
 */
final class HttpRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		List<Finding> out = new ArrayList<>();
		EndpointResolver endpoints = new EndpointResolver(cluster);
		for (Route r : cluster.networking().routes()) {
			cluster.budget().tick();
			for (Route.RouteRule rule : r.rules()) {
				for (int i = 0; i < rule.matches().size(); i++) {
					repeatedHeaders(r, "spec.rules[" + rule.index() + "].matches[" + i + "]", rule.matches().get(i))
						.ifPresent(out::add);
				}
				List<RouteFilter> filters = new ArrayList<>(rule.filters());
				rule.backends().forEach(b -> filters.addAll(b.filters()));
				for (RouteFilter f : filters) {
					filter(cluster, endpoints, r, rule, f).ifPresent(out::add);
				}
			}
		}
		for (Ingress ing : cluster.networking().ingresses()) {
			IngressNginx.loopingRedirect(cluster, ing).ifPresent(loop -> out.add(Findings.error(Code.REDIRECT_LOOP,
					IngressNginx.annotationRef(ing, loop[0]), ing.ref() + " redirects every request to " + loop[1] + " ("
							+ loop[0] + ", ingress-nginx's), which the same Ingress serves, so the redirect answers the"
							+ " redirected request too, again and again", "redirect to a URL another Ingress serves, or"
									+ " narrow this Ingress's rules so they do not serve the target")));
		}
		return out;
	}

	private static Optional<Finding> filter(Cluster cluster, EndpointResolver endpoints, Route r, Route.RouteRule rule,
			RouteFilter f) {
		Ref at = Ref.of(f.node().loc(), r.id() + "/" + f.path());
		if (f instanceof RouteFilter.RequestRedirect redirect) {
			return RedirectLoops.find(cluster, r, rule, redirect).map(loop -> Findings.error(Code.REDIRECT_LOOP, at, r.ref()
					+ " rule " + rule.index() + " redirects " + loop.url() + " to " + loop.url() + " itself on " + loop.listener()
					+ ": the client follows the Location back to the same rule, again and again",
					"attach the redirecting rule only to the listener it should leave (parentRef sectionName), or change"
							+ " the redirect's scheme, hostname, port or path"));
		}
		if (f instanceof RouteFilter.RequestMirror m) {
			return Mirrors.lost(cluster, endpoints, r, m).map(why -> Findings.warning(Code.MIRROR_NO_ENDPOINTS, at,
					r.ref() + " rule " + rule.index() + " mirrors requests to " + m.backend().namespace() + "/"
							+ m.backend().name() + ", but " + why + ": the copies are lost (the requests themselves are served)",
					"mirror to a Service port with ready endpoints"));
		}
		if (f instanceof RouteFilter.Other o) {
			return Optional.of(Findings.info(Code.FILTER_NOT_SIMULATED, at, r.ref() + " rule " + rule.index() + " has a "
					+ (o.type().isEmpty() ? "filter without a type" : "filter of type " + o.type())
					+ (o.extension().isBlank() ? "" : " (" + o.extension().trim() + ")") + ", whose behaviour is the"
					+ " implementation's: PortPath traces requests as if it changed nothing",
					"check what your Gateway implementation does with it"));
		}
		return Optional.empty();
	}

	/** A header named twice in one match (names compare case-insensitively): only the first entry counts. */
	private static Optional<Finding> repeatedHeaders(Route r, String path, Route.Match m) {
		Map<String, ValueMatch> first = new LinkedHashMap<>();
		for (int i = 0; i < m.headers().size(); i++) {
			ValueMatch h = m.headers().get(i);
			ValueMatch before = first.putIfAbsent(h.name(), h);
			if (before != null && !(before.value().equals(h.value()) && before.regex() == h.regex())) {
				Ref at = Ref.of(h.node().loc(), r.id() + "/" + path + ".headers[" + i + "]");
				return Optional.of(Findings.warning(Code.HEADER_MATCH_REPEATED, at, r.ref() + " requires header " + h.name()
						+ " twice in one match, as " + before.value() + " and as " + h.value() + ": no request carries both,"
						+ " and the Gateway API counts only the first entry of a name, so the match selects " + h.name()
						+ ": " + before.value() + " alone", "to accept either value, write two matches (matches are ORed);"
								+ " to require one, remove the other entry"));
			}
		}
		return Optional.empty();
	}
}
