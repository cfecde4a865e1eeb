package dev.portpath.sim.trace;

/** The request as the user wrote it, echoed in traces. */
public record Request(String from, String to) {
}
