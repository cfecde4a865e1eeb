package dev.portpath.sim.trace;

/**
 * Something the API server would reject, in its own words: {@code message} reads like kubectl's
 * {@code The Service "web" is invalid: spec.ports[1].name: Required value}. {@code path} is
 * {@code Kind/namespace/name/field.path}; {@code fix} says what to write instead.
 */
public record ApiError(String file, int line, String path, String message, String fix) {
}
