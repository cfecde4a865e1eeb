package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.PathModifier;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.Redirect;

/**
 * What URLRewrite and RequestRedirect filters make of a request, decided here for the trace and for
 * check: the path after ReplaceFullPath or ReplacePrefixMatch (gateway-api HTTPPathModifier), and the
 * Location of a redirect (HTTPRequestRedirectFilter) with its port rules.
 */
public final class Rewrites {

	private Rewrites() {
	}

	/**
	 * ReplacePrefixMatch: the matched prefix, whole path elements, replaced; a trailing slash on either
	 * side does not double, and an empty result is "/" (the table under HTTPPathModifier.ReplacePrefixMatch:
	 * /foo/bar with prefix /foo and /xyz is /xyz/bar, with "" it is /bar, /foo with "" or / is /).
	 */
	public static String replacePrefix(String prefix, String replacement, String path) {
		String p = trimSlash(prefix);
		if (!Paths.prefix(prefix.isEmpty() ? "/" : prefix, path)) {
			return path;
		}
		String rest = path.substring(Math.min(p.length(), path.length()));
		String out = trimSlash(replacement) + rest;
		return out.isEmpty() ? "/" : out.startsWith("/") ? out : "/" + out;
	}

	private static String trimSlash(String s) {
		return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
	}

	/**
	 * The path a modifier makes of the request path. ReplacePrefixMatch replaces the PathPrefix of the match
	 * that chose the rule; a rule without matches has the default PathPrefix "/". (The CRD refuses it with
	 * any other match, so that case does not arise here.)
	 */
	public static String path(PathModifier m, Optional<Route.Match> match, String path) {
		if (m.fullPath()) {
			return m.value().isEmpty() ? "/" : m.value();
		}
		String prefix = match.filter(x -> x.pathType() == PathType.PATH_PREFIX).map(Route.Match::pathValue).orElse("/");
		return replacePrefix(prefix, m.value(), path);
	}

	/**
	 * The redirect's answer: each part left out keeps the request's (scheme, Host, path, query). The port, when
	 * not written, is the scheme's well-known one if the scheme is written, else the listener's; the Location
	 * leaves it out for http on 80 and https on 443. A Location equal to the URL requested is a loop.
	 */
	public static Redirect redirect(RouteFilter.RequestRedirect f, HttpMessage request, int listenerPort,
			Optional<Route.Match> match) {
		String scheme = f.scheme().orElse(request.scheme());
		String host = f.hostname().orElse(request.host());
		int port = f.port().orElse(f.scheme().isPresent() ? (scheme.equals("https") ? 443 : 80) : listenerPort);
		String path = f.pathModifier().map(m -> path(m, match, request.path())).orElse(request.path());
		HttpMessage target = new HttpMessage(request.method(), scheme, host, port, path, request.query(), request.headers());
		HttpMessage asked = new HttpMessage(request.method(), request.scheme(), request.host(), listenerPort, request.path(),
				request.query(), request.headers());
		return new Redirect(f.statusCode(), target.url(), target.url().equals(asked.url()));
	}

	/** The reason phrase of a redirect status. */
	public static String reason(int status) {
		return switch (status) {
			case 301 -> "Moved Permanently";
			case 302 -> "Found";
			case 303 -> "See Other";
			case 307 -> "Temporary Redirect";
			case 308 -> "Permanent Redirect";
			default -> "Redirect";
		};
	}
}
