package dev.portpath.sim;

import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.ParseProblem;

/**
 * PortPath itself failed on this input: a bug, never an answer. It reaches a user as one plain sentence
 * with the line of the object being read (an HTTP 400, exit 2 on the command line), never as a stack
 * trace; tests treat it as a failure, since no input may cause it.
 */
public final class EngineFailure extends InputException {

	public EngineFailure(String stage, Loc at, Throwable cause) {
		super(new ParseProblem(at.file(), at.line(), "PortPath failed while " + stage
				+ (at.line() > 0 ? " the object at line " + at.line() : "") + " (" + cause.getClass().getSimpleName()
				+ "); this is a bug in PortPath, not in your manifests: please report it with them", false), cause);
	}
}
