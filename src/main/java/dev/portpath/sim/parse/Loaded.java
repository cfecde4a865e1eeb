package dev.portpath.sim.parse;

import java.util.List;

/**
 * The objects read from all sources, in order, what stopped the reading (if anything), and the lines of Helm
 * template markup in the text ({@link Templates}), which parsing alone does not tell apart from data.
 */
public record Loaded(List<Doc> docs, List<ParseProblem> problems, List<Templates.Mark> helmMarkup) {

	public Loaded {
		helmMarkup = List.copyOf(helmMarkup);
	}

	public Loaded(List<Doc> docs, List<ParseProblem> problems) {
		this(docs, problems, List.of());
	}

	public boolean ok() {
		return problems.isEmpty();
	}
}
