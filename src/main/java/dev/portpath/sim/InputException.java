package dev.portpath.sim;

import dev.portpath.sim.parse.ParseProblem;

/** The manifests cannot be read: not YAML, or over a limit. */
public final class InputException extends RuntimeException {

	private final transient ParseProblem problem;

	public InputException(ParseProblem problem) {
		super(problem.message());
		this.problem = problem;
	}

	public ParseProblem problem() {
		return problem;
	}
}
