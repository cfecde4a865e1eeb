package dev.portpath.sim.trace;

import java.util.Locale;
import java.util.Objects;

/** One thing {@code check} found: a stable code, a message, the line and the fix. */
public record Finding(Severity severity, String code, String message, String file, int line, String path, String fix) {

	/*
	 * equals and hashCode are written out, with the meaning a record's own have: those are bootstrapped
	 * through method handles on first use, and check's removal of duplicate findings made that 10 ms of
	 * a cold command line (issue 9).
	 */

	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof Finding f && this.line == f.line && this.severity == f.severity
				&& Objects.equals(this.code, f.code) && Objects.equals(this.message, f.message)
				&& Objects.equals(this.file, f.file) && Objects.equals(this.path, f.path)
				&& Objects.equals(this.fix, f.fix));
	}

	@Override
	public int hashCode() {
		int h = Objects.hashCode(this.severity);
		h = 31 * h + Objects.hashCode(this.code);
		h = 31 * h + Objects.hashCode(this.message);
		h = 31 * h + Objects.hashCode(this.file);
		h = 31 * h + this.line;
		h = 31 * h + Objects.hashCode(this.path);
		return 31 * h + Objects.hashCode(this.fix);
	}

	public enum Severity {
		ERROR, WARNING, INFO;

		public String json() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
