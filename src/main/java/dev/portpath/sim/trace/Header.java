package dev.portpath.sim.trace;

/** One HTTP header as the client writes it: a name (compared case-insensitively) and its value. */
public record Header(String name, String value) {
}
