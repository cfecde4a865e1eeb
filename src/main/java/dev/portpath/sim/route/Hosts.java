package dev.portpath.sim.route;

/**
 * Host name matching. An Ingress wildcard {@code *.foo.com} covers exactly one label; a Gateway API
 * wildcard covers one or more (networking/v1 IngressRule.Host; gateway-api Listener.Hostname).
 */
public final class Hosts {

	private Hosts() {
	}

	public static boolean ingressMatches(String ruleHost, String host) {
		if (ruleHost.isEmpty()) {
			return true;
		}
		if (ruleHost.startsWith("*.")) {
			int dot = host.indexOf('.');
			return dot > 0 && host.substring(dot + 1).equals(ruleHost.substring(2));
		}
		return ruleHost.equals(host);
	}

	public static boolean gatewayMatches(String pattern, String host) {
		if (pattern.isEmpty()) {
			return true;
		}
		if (pattern.startsWith("*.")) {
			String suffix = pattern.substring(1); // ".foo.com"
			return host.endsWith(suffix) && host.length() > suffix.length();
		}
		return pattern.equals(host);
	}

	/** Two Gateway API host names (either may be a wildcard) that some request host satisfies both. */
	public static boolean intersect(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return true;
		}
		if (!a.startsWith("*.") && !b.startsWith("*.")) {
			return a.equals(b);
		}
		if (a.startsWith("*.") && b.startsWith("*.")) {
			return a.endsWith(b.substring(1)) || b.endsWith(a.substring(1));
		}
		return a.startsWith("*.") ? gatewayMatches(a, b) : gatewayMatches(b, a);
	}

	/**
	 * How specific a host pattern is, for precedence: exact beats wildcard beats none, and among wildcards
	 * the one with more dots right of the {@code *} wins, so {@code *.foo.example.com} takes
	 * {@code bar.foo.example.com} from {@code *.example.com} whatever their order (gateway-api
	 * GatewaySpec.Listeners, "Listeners that are distinct only by Hostname"). Ingress wildcards cover one
	 * label, so two of them never match the same host and the ranking among them does not arise there.
	 */
	public static int specificity(String pattern) {
		if (pattern.isEmpty()) {
			return 0;
		}
		if (pattern.startsWith("*.")) {
			return 1 + (int) pattern.chars().filter(c -> c == '.').count();
		}
		return Integer.MAX_VALUE;
	}
}
