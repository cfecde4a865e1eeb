package dev.portpath.sim.route;

import java.util.Arrays;
import java.util.List;

/** HTTP path matching shared by Ingress and HTTPRoute. */
public final class Paths {

	private Paths() {
	}

	/** The request path without query string; "/" when empty. */
	public static String of(String requestPath) {
		String p = requestPath.isEmpty() ? "/" : requestPath;
		int q = p.indexOf('?');
		return q >= 0 ? p.substring(0, q) : p;
	}

	/** Exact: the whole path, case-sensitive, so /foo is not /foo/. */
	public static boolean exact(String rule, String path) {
		return rule.equals(path);
	}

	/**
	 * Prefix by path element: /foo/bar matches /foo/bar and /foo/bar/baz but not /foo/barbaz; a trailing
	 * slash is ignored on both sides; / matches everything.
	 */
	public static boolean prefix(String rule, String path) {
		List<String> r = elements(rule);
		List<String> p = elements(path);
		return r.size() <= p.size() && p.subList(0, r.size()).equals(r);
	}

	private static List<String> elements(String path) {
		return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
	}
}
