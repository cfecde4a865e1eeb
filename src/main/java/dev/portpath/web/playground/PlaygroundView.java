package dev.portpath.web.playground;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the playground page shows for one set of inputs. {@code problem} is set when the input
 * cannot be traced (YAML that cannot be parsed, a FROM/TO that names nothing, input over the limit);
 * {@code versions} are the Kubernetes releases to judge by, the one used selected;
 * {@code trace} and {@code explain} are set when they could be computed. {@code status} is the HTTP
 * status of the answer. {@code method}, {@code headers}, {@code sni} are the HTTP details as typed;
 * {@code base} the "compare with…" manifests and {@code diff} their routes diff; {@code seen} the fingerprint of
 * these manifests (the form posts it back); {@code notSimulated} what the paste holds that was not simulated;
 * {@code followed} says why the request was replaced when the manifests no longer hold its target;
 * {@code chips} are requests to pick in the neutral "choose a request" state; {@code summary} is the answer in
 * one line for the live region.
 */
public record PlaygroundView(String manifests, String from, String to, List<Choice> fromChoices,
		List<Choice> toChoices, List<Choice> versions, List<Example> examples, @Nullable Example example, @Nullable Problem problem,
		String hint, @Nullable TraceView trace, @Nullable ExplainView explain, String shareUrl, String marks,
		int status, Http http, String base, @Nullable DiffView diff, String seen, List<NotSimulatedView> notSimulated,
		String followed, List<Choice> chips, String summary) {

	/** The HTTP methods the form offers; "" is the default (GET for http and https). */
	public static final List<String> METHODS = List.of("", "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
			"CONNECT", "TRACE");

	/** An option of the FROM list or the TO suggestions. */
	public record Choice(String value, String label, boolean selected) {
	}

	/** The HTTP details as the form holds them. */
	public record Http(String method, String headers, String sni) {

		static final Http NONE = new Http("", "", "");

		/** True when anything is set, so the collapsed section opens to show it. */
		public boolean given() {
			return !method.isBlank() || !headers.isBlank() || !sni.isBlank();
		}
	}

	/**
	 * Why there is no trace, in words a learner can act on; {@code line} is 0 when no line is to blame; {@code yaml}
	 * is true when the manifests cannot be parsed (the page then keeps the last good trace greyed).
	 */
	public record Problem(String title, String message, int line, boolean yaml) {

		public Problem(String title, String message, int line) {
			this(title, message, line, false);
		}

		public boolean hasLine() {
			return line > 0;
		}
	}

	public PlaygroundView {
		fromChoices = List.copyOf(fromChoices);
		toChoices = List.copyOf(toChoices);
		versions = List.copyOf(versions);
		examples = List.copyOf(examples);
		notSimulated = List.copyOf(notSimulated);
		chips = List.copyOf(chips);
	}

	public boolean shareable() {
		return !shareUrl.isEmpty();
	}

	public List<String> methods() {
		return METHODS;
	}

	/** trace, problem, yaml-error or neutral: what the result shows, for the page's script and styles. */
	public String state() {
		if (problem != null) {
			return problem.yaml() ? "yaml-error" : "problem";
		}
		return trace != null ? "trace" : "neutral";
	}

	/** The not-simulated kinds that may change where a request goes, or ask for a build step first. */
	public List<NotSimulatedView> notSimulatedThatMatter() {
		return notSimulated.stream().filter(NotSimulatedView::matters).toList();
	}

	/** The not-simulated kinds that do not change where a request goes, named in one line. */
	public List<NotSimulatedView> notSimulatedHarmless() {
		return notSimulated.stream().filter(n -> !n.matters()).toList();
	}

	/** The command that dumps a live cluster in the form PortPath reads, for the empty editor's hint. */
	public static final String DUMP_COMMAND = "kubectl get svc,endpointslices,deploy,rs,sts,ds,pods,nodes,netpol,ingress"
			+ " -A -o yaml";

	/** True when the editor is empty: the hint then offers the dump command and the examples. */
	public boolean empty() {
		return manifests.isBlank();
	}

	public String dumpCommand() {
		return DUMP_COMMAND;
	}

	public boolean followedRequest() {
		return !followed.isEmpty();
	}
}
