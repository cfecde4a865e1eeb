package dev.portpath.sim.trace;

/**
 * Where a RequestMirror filter copies the request: the one endpoint that gets the copies, and the share of
 * requests copied (100 when the mirror is unconditional). The copies' responses are discarded.
 */
public record Mirror(Endpoint endpoint, double percent) {
}
