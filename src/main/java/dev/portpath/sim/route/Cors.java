package dev.portpath.sim.route;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;

/**
 * A CORS filter (HTTPCORSFilter): for a request with an Origin the filter allows, the Access-Control
 * headers the client gets back; a preflight (OPTIONS with Access-Control-Request-Method) is answered by
 * the Gateway itself. A request without an Origin is not cross-origin and passes untouched.
 */
final class Cors {

	private Cors() {
	}

	static void apply(Path p, String who, RouteFilter.Cors c, Ref at) {
		HttpMessage r = p.http().now();
		Optional<String> origin = r.header("origin");
		if (origin.isEmpty()) {
			p.aside(Step.FILTER, Status.OK, p.at(), who + " acts on cross-origin requests only, and this one has no Origin"
					+ " header", "", at);
			return;
		}
		boolean preflight = r.method().equals("OPTIONS") && r.header("access-control-request-method").isPresent();
		if (!allowed(c, origin.get())) {
			p.http().responseHeaders();
			p.aside(Step.FILTER, Status.WARN, p.at(), who + " does not allow origin " + origin.get() + " (it allows "
					+ String.join(", ", c.allowOrigins()) + "), so the response carries no Access-Control headers and the"
					+ " browser refuses it" + (preflight ? "; the Gateway answers the preflight itself" : ""),
					"add the origin to allowOrigins", at);
			return;
		}
		Map<String, String> out = p.http().responseHeaders();
		boolean any = c.allowOrigins().contains("*");
		out.put("access-control-allow-origin", any && !c.allowCredentials() ? "*" : origin.get());
		if (c.allowCredentials()) {
			out.put("access-control-allow-credentials", "true");
		}
		if (!c.exposeHeaders().isEmpty() && !preflight) {
			out.put("access-control-expose-headers", String.join(",", c.exposeHeaders()));
		}
		if (preflight) {
			String asked = r.header("access-control-request-method").orElse("");
			if (!c.allowMethods().isEmpty()) {
				out.put("access-control-allow-methods", c.allowMethods().contains("*") && c.allowCredentials() ? asked
						: String.join(",", c.allowMethods()));
			}
			Optional<String> askedHeaders = r.header("access-control-request-headers");
			if (!c.allowHeaders().isEmpty() && askedHeaders.isPresent()) {
				out.put("access-control-allow-headers", c.allowHeaders().contains("*") && c.allowCredentials()
						? askedHeaders.get() : String.join(",", c.allowHeaders()));
			}
			out.put("access-control-max-age", Integer.toString(c.maxAge()));
		}
		p.aside(Step.FILTER, Status.OK, p.at(), who + " allows origin " + origin.get() + (preflight
				? ": this is a preflight, which the Gateway answers itself (200 or 204) with the Access-Control headers;"
						+ " the trace goes on to where the actual request goes"
				: ": the response carries the Access-Control headers"), "", at);
	}

	/**
	 * An allowed origin: "*", or scheme://host[:port] equal to the Origin, where a '*' in the host matches
	 * any characters (dots too) to its left and a port left out is the scheme's (80, 443).
	 */
	static boolean allowed(RouteFilter.Cors c, String origin) {
		String o = withPort(origin.toLowerCase(Locale.ROOT));
		for (String allowed : c.allowOrigins()) {
			if (allowed.equals("*")) {
				return true;
			}
			String a = withPort(allowed.toLowerCase(Locale.ROOT));
			int star = a.indexOf('*');
			if (star < 0 ? a.equals(o)
					: o.length() >= a.length() - 1 && o.startsWith(a.substring(0, star)) && o.endsWith(a.substring(star + 1))) {
				return true;
			}
		}
		return false;
	}

	private static String withPort(String origin) {
		int scheme = origin.indexOf("://");
		if (scheme < 0 || origin.indexOf(':', scheme + 3) >= 0) {
			return origin;
		}
		return origin + (origin.startsWith("https://") ? ":443" : ":80");
	}
}
