package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Redirect;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;

/**
 * The filters of a route rule or of a backendRef, applied in the order written (HTTPRouteRule.Filters:
 * implementations SHOULD), each a {@code filter} hop with its line: header modifiers, URLRewrite, CORS on
 * the request carried in the {@link Exchange}; RequestMirror as a {@code mirror} hop ({@link Mirrors});
 * RequestRedirect answers the client and ends the trace (REDIRECTED). ExtensionRef and unknown types are
 * implementation-specific and named as not simulated.
 */
final class Filters {

	private final Mirrors mirrors;

	Filters(Context c) {
		this.mirrors = new Mirrors(c);
	}

	/**
	 * Where the filters are written, for their messages ("HTTPRoute shop/web rule 0" or "... backendRef web"),
	 * the match that chose the rule, and who sends on (the Gateway's data plane, a mesh's sidecar).
	 */
	record Owner(Route route, String name, Optional<Route.Match> match, Party source) {
	}

	/** Applies the filters; a redirect ends the trace and is returned. */
	Optional<Leg.Done> apply(Path p, Owner owner, List<RouteFilter> filters, Destination d) {
		for (RouteFilter f : filters) {
			Ref at = Ref.of(f.node().loc(), owner.route().id() + "/" + f.path());
			String who = f.type() + " of " + owner.name();
			if (f instanceof RouteFilter.RequestRedirect r) {
				return Optional.of(redirect(p, who, r, owner, d, at));
			}
			if (f instanceof RouteFilter.HeaderModifier m) {
				headers(p, who, m, at);
			}
			else if (f instanceof RouteFilter.UrlRewrite w) {
				rewrite(p, who, w, owner, at);
			}
			else if (f instanceof RouteFilter.RequestMirror m) {
				mirrors.copy(p, who, owner, m, d, at);
			}
			else if (f instanceof RouteFilter.Cors c) {
				Cors.apply(p, who, c, at);
			}
			else if (f instanceof RouteFilter.Other o) {
				p.http().touch();
				p.aside(Step.FILTER, Status.WARN, p.at(), who + (o.extension().isBlank() ? "" : " (" + o.extension().trim() + ")")
						+ " is implementation-specific: PortPath does not simulate it, and traces the request as if it"
						+ " changed nothing (an implementation that cannot resolve it answers with an HTTP error instead)",
						"read the documentation of your Gateway implementation for what this filter does", at);
			}
		}
		return Optional.empty();
	}

	private static Leg.Done redirect(Path p, String who, RouteFilter.RequestRedirect f, Owner owner, Destination d, Ref at) {
		Redirect r = Rewrites.redirect(f, p.http().now(), d.port(), owner.match());
		p.http().redirect(r);
		String answer = "HTTP " + r.status() + " " + Rewrites.reason(r.status()) + ", Location: " + r.location();
		if (r.loop()) {
			return p.fail(Step.FILTER, p.at(), who + " answers " + r.status() + " with Location " + r.location()
					+ ", the very URL requested: the client follows it to the same rule, again and again (a redirect loop)",
					"change the redirect's scheme, hostname, port or path, or narrow the rule's matches to the requests it"
							+ " should send elsewhere", Outcome.REDIRECTED, answer + " (a loop: browsers stop with"
									+ " ERR_TOO_MANY_REDIRECTS)", at);
		}
		p.aside(Step.FILTER, Status.OK, p.at(), who + " answers the client itself with " + r.status() + " "
				+ Rewrites.reason(r.status()) + " and Location " + r.location() + "; no backend sees the request", "", at);
		return p.done(Outcome.REDIRECTED, answer + " from the Gateway (the client may follow it)", Optional.empty(),
				List.of());
	}

	/**
	 * Set, then add, then remove, names compared case-insensitively (HTTPHeaderFilter); set and add values
	 * are written as given, an add appending to a value already there with ','.
	 */
	static Map<String, String> modify(Map<String, String> headers, RouteFilter.HeaderModifier m) {
		Map<String, String> out = new LinkedHashMap<>(headers);
		for (Header h : m.set()) {
			out.put(h.name().toLowerCase(Locale.ROOT), h.value());
		}
		for (Header h : m.add()) {
			out.merge(h.name().toLowerCase(Locale.ROOT), h.value(), (a, b) -> a + "," + b);
		}
		for (String name : m.remove()) {
			out.remove(name.toLowerCase(Locale.ROOT));
		}
		return out;
	}

	private static void headers(Path p, String who, RouteFilter.HeaderModifier m, Ref at) {
		List<String> did = new ArrayList<>();
		m.set().forEach(h -> did.add("sets " + h.name() + ": " + h.value()));
		m.add().forEach(h -> did.add("adds " + h.name() + ": " + h.value()));
		m.remove().forEach(h -> did.add("removes " + h));
		String what = did.isEmpty() ? "changes nothing" : String.join(", ", did);
		if (m.response()) {
			Map<String, String> response = p.http().responseHeaders();
			Map<String, String> next = modify(response, m);
			response.clear();
			response.putAll(next);
			p.aside(Step.FILTER, Status.OK, p.at(), who + " " + what + " on the response the client gets back", "", at);
			return;
		}
		HttpMessage now = p.http().now();
		Map<String, String> headers = modify(now.headers(), m);
		String host = headers.remove("host"); // a Host the modifier sets is the request's Host, not an extra header
		p.http().update((host == null ? now : now.withHost(host)).withHeaders(headers));
		p.aside(Step.FILTER, Status.OK, p.at(), who + " " + what + " before the request goes on", "", at);
	}

	private static void rewrite(Path p, String who, RouteFilter.UrlRewrite w, Owner owner, Ref at) {
		HttpMessage now = p.http().now();
		HttpMessage next = now;
		List<String> did = new ArrayList<>();
		if (w.hostname().isPresent()) {
			next = next.withHost(w.hostname().get());
			did.add("the Host header " + now.host() + " becomes " + w.hostname().get());
		}
		if (w.pathModifier().isPresent()) {
			String path = Rewrites.path(w.pathModifier().get(), owner.match(), now.path());
			next = next.withPath(path);
			did.add("the path " + now.path() + " becomes " + path + " (" + w.pathModifier().get().describe() + ")");
		}
		p.http().update(next);
		p.aside(Step.FILTER, Status.OK, p.at(), who + ": " + (did.isEmpty() ? "changes nothing" : String.join("; ", did))
				+ "; the backend sees the rewritten request, the client's URL stays as it was", "", at);
	}
}
