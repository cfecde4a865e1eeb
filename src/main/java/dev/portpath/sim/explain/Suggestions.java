package dev.portpath.sim.explain;

import java.util.List;

/** What a playground can offer as FROM choices and TO suggestions for these manifests. */
public record Suggestions(List<Choice> from, List<Choice> to) {

	/** A value to put in the field and a label to show for it. */
	public record Choice(String value, String label) {
	}

	public Suggestions {
		from = List.copyOf(from);
		to = List.copyOf(to);
	}
}
