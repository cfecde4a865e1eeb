package dev.portpath.sim.route;

import java.util.regex.Pattern;

/** Recognises IP literals without resolving anything. */
public final class Ips {

	private static final Pattern V4 = Pattern
		.compile("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$");

	private Ips() {
	}

	public static boolean isIp(String s) {
		return V4.matcher(s).matches() || (s.contains(":") && s.matches("^[0-9a-fA-F:.]+$"));
	}
}
