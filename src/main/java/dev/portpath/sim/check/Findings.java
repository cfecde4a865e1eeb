package dev.portpath.sim.check;

import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/** Small helpers to build findings from refs. */
final class Findings {

	private Findings() {
	}

	static Finding of(Finding.Severity severity, Code code, Ref at, String message, String fix) {
		return new Finding(severity, code.word(), message, at.file(), at.line(), at.path(), fix);
	}

	static Finding error(Code code, Ref at, String message, String fix) {
		return new Finding(Finding.Severity.ERROR, code.word(), message, at.file(), at.line(), at.path(), fix);
	}

	static Finding warning(Code code, Ref at, String message, String fix) {
		return new Finding(Finding.Severity.WARNING, code.word(), message, at.file(), at.line(), at.path(), fix);
	}

	static Finding info(Code code, Ref at, String message, String fix) {
		return new Finding(Finding.Severity.INFO, code.word(), message, at.file(), at.line(), at.path(), fix);
	}
}
