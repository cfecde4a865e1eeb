package dev.portpath.sim;

import dev.portpath.sim.parse.ParseProblem;

/** The manifests cannot be read: not YAML, or over a limit (or, as {@link EngineFailure}, PortPath failed on them). */
public class InputException extends RuntimeException {

	private final transient ParseProblem problem;

	public InputException(ParseProblem problem) {
		super(problem.message());
		this.problem = problem;
	}

	protected InputException(ParseProblem problem, Throwable cause) {
		super(problem.message(), cause);
		this.problem = problem;
	}

	public ParseProblem problem() {
		return problem;
	}
}
