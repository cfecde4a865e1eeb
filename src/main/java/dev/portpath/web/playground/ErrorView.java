package dev.portpath.web.playground;

import dev.portpath.sim.trace.ApiError;

/** What the API server would reject, with its line and the fix. */
public record ErrorView(String message, String fix, LineRef ref) {

	static ErrorView of(ApiError e) {
		return new ErrorView(e.message(), e.fix() == null ? "" : e.fix(), new LineRef(e.file(), e.line(), e.path()));
	}
}
