package dev.portpath.sim.parse;

/** Input that could not be read as YAML, or that went over a limit. {@code line} is 0 when unknown. */
public record ParseProblem(String file, int line, String message, boolean tooLarge) {
}
