package dev.portpath.sim.trace;

/** A container a request can reach, and the port it arrives on. */
public record Endpoint(String namespace, String pod, String container, int port) {
}
