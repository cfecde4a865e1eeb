package dev.portpath.sim.trace;

/**
 * The answer a RequestRedirect filter (or a redirect an Ingress annotation configures) gives in place of a
 * backend: the status and the Location header; {@code loop} when the Location is the URL requested.
 */
public record Redirect(int status, String location, boolean loop) {
}
