package dev.portpath.sim.parse;

import java.util.List;

/** The objects read from all sources, in order, and what stopped the reading (if anything). */
public record Loaded(List<Doc> docs, List<ParseProblem> problems) {

	public boolean ok() {
		return problems.isEmpty();
	}
}
