package dev.portpath.sim.check;

import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/** Small helpers to build findings from refs. */
final class Findings {

	private Findings() {
	}

	static Finding of(Finding.Severity severity, String code, Ref at, String message, String fix) {
		return new Finding(severity, code, message, at.file(), at.line(), at.path(), fix);
	}

	static Finding error(String code, Ref at, String message, String fix) {
		return new Finding(Finding.Severity.ERROR, code, message, at.file(), at.line(), at.path(), fix);
	}

	static Finding warning(String code, Ref at, String message, String fix) {
		return new Finding(Finding.Severity.WARNING, code, message, at.file(), at.line(), at.path(), fix);
	}

	static Finding info(String code, Ref at, String message, String fix) {
		return new Finding(Finding.Severity.INFO, code, message, at.file(), at.line(), at.path(), fix);
	}
}
