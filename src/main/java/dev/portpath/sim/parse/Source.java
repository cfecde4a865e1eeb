package dev.portpath.sim.parse;

/** A named piece of YAML text, such as one {@code --file} or the playground's editor. */
public record Source(String name, String text) {
}
