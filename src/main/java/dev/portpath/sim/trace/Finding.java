package dev.portpath.sim.trace;

import java.util.Locale;

/** One thing {@code check} found: a stable code, a message, the line and the fix. */
public record Finding(Severity severity, String code, String message, String file, int line, String path, String fix) {

	public enum Severity {
		ERROR, WARNING, INFO;

		public String json() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
