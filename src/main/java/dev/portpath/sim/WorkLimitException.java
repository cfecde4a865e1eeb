package dev.portpath.sim;

import dev.portpath.sim.parse.ParseProblem;

/**
 * The manifests would make the engine work longer than its budget allows (a deadline per request or
 * command): refused with one plain sentence that names the limit and how to raise it. Over HTTP it is
 * 422 (the input is well formed but too costly to simulate); on the command line, exit 2.
 */
public final class WorkLimitException extends InputException {

	public WorkLimitException(String message) {
		super(new ParseProblem("", 0, message, false));
	}
}
