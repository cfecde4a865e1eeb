package dev.portpath.sim.trace;

import java.util.Locale;

/** How a hop went. */
public enum Status {
	OK, WARN, FAIL;

	public String json() {
		return name().toLowerCase(Locale.ROOT);
	}
}
