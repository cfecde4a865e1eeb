package dev.portpath.web.playground;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the playground page shows for one set of inputs. {@code problem} is set when the input
 * cannot be traced (YAML that cannot be parsed, a FROM/TO that names nothing, input over the limit);
 * {@code versions} are the Kubernetes releases to judge by, the one used selected;
 * {@code trace} and {@code explain} are set when they could be computed. {@code status} is the HTTP
 * status of the answer.
 */
public record PlaygroundView(String manifests, String from, String to, List<Choice> fromChoices,
		List<Choice> toChoices, List<Choice> versions, List<Example> examples, @Nullable Example example, @Nullable Problem problem,
		String hint, @Nullable TraceView trace, @Nullable ExplainView explain, String shareUrl, String marks,
		int status) {

	/** An option of the FROM list or the TO suggestions. */
	public record Choice(String value, String label, boolean selected) {
	}

	/** Why there is no trace, in words a learner can act on; {@code line} is 0 when no line is to blame. */
	public record Problem(String title, String message, int line) {

		public boolean hasLine() {
			return line > 0;
		}
	}

	public PlaygroundView {
		fromChoices = List.copyOf(fromChoices);
		toChoices = List.copyOf(toChoices);
		versions = List.copyOf(versions);
		examples = List.copyOf(examples);
	}

	public boolean shareable() {
		return !shareUrl.isEmpty();
	}
}
