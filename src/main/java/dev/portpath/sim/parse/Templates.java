package dev.portpath.sim.parse;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * Go template markup ({@code {{ ... }}}) in the raw text, found before or instead of parsing: a Helm chart's
 * templates are not YAML until Helm renders them, and parsing them gives a confusing error or junk objects.
 * <p>
 * {@code {{} also appears in manifests that are fine as they are: Prometheus rules ({@code {{ $labels.pod }}}),
 * Alertmanager and Grafana templates, Argo Workflows parameters. So markup counts as Helm's only when it uses
 * what only Helm gives a template ({@code .Values}, {@code .Release}, {@code include}, {@code toYaml},
 * {@code nindent}...). One pass over the text with {@code indexOf}, each character looked at a bounded number of
 * times: linear in the text, no regular expression.
 */
public final class Templates {

	/** Words inside {@code {{ }}} that only Helm templates use. */
	private static final List<String> HELM_WORDS = List.of(".Values", ".Release.", ".Chart.", ".Capabilities.",
			".Files.", ".Template.", "include \"", "include (", "toYaml", "nindent");

	/** The most of one piece of markup that is read: Helm's words come near its start. */
	private static final int SPAN = 200;

	/** Markup looked at in one text: far more than any chart has, and a bound on the work. */
	private static final int MAX_MARKS = 10_000;

	/** The longest piece of markup shown in a message. */
	private static final int SNIPPET = 60;

	/** What to do with a chart's templates, said wherever PortPath meets one. */
	public static final String HELM_ADVICE = "run `helm template RELEASE CHART` (with your values: -f values.yaml)"
			+ " and paste the output";

	private Templates() {
	}

	/** One piece of template markup: where it starts, the markup itself (shortened), and whether it is Helm's. */
	public record Mark(Loc loc, String markup, boolean helm) {
	}

	/** The first markup of each line of {@code source} that uses Helm's words, at most {@code max} lines. */
	public static List<Mark> helm(Source source, int max) {
		List<Mark> out = new ArrayList<>();
		for (Mark m : marks(source)) {
			if (out.size() >= max) {
				break;
			}
			if (m.helm() && (out.isEmpty() || out.get(out.size() - 1).loc().line() != m.loc().line())) {
				out.add(m);
			}
		}
		return out;
	}

	/**
	 * The markup to name when {@code source} cannot be parsed at {@code errorLine}: the first Helm markup anywhere,
	 * else markup on the error line or the line before it (where the parser usually stops), else none.
	 */
	public static @Nullable Mark explaining(Source source, int errorLine) {
		Mark near = null;
		for (Mark m : marks(source)) {
			if (m.helm()) {
				return m;
			}
			int line = m.loc().line();
			if (near == null && line >= errorLine - 1 && line <= errorLine) {
				near = m;
			}
		}
		return near;
	}

	/** Every piece of markup, in order; consecutive pieces never overlap, so the pass stays linear. */
	private static List<Mark> marks(Source source) {
		String text = source.text();
		List<Mark> out = new ArrayList<>();
		int line = 1;
		int lineStart = 0;
		int counted = 0; // newlines are counted up to here
		int close = -1; // the next "}}" at or after the current markup, found once and reused
		int lineEnd = -1; // the end of the current line, likewise
		int open = text.indexOf("{{");
		while (open >= 0 && out.size() < MAX_MARKS) {
			for (int i = counted; i < open; i++) {
				if (text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			counted = open;
			if (lineEnd < open) {
				lineEnd = text.indexOf('\n', open);
				lineEnd = lineEnd < 0 ? text.length() : lineEnd;
			}
			if (close >= 0 && close < open + 2) {
				close = text.indexOf("}}", open + 2);
			}
			else if (close == -1) {
				close = text.indexOf("}}", open + 2);
				close = close < 0 ? -2 : close; // -2: there is none, do not search again
			}
			int end = Math.min(Math.min(lineEnd, open + SPAN), close >= 0 ? close + 2 : Integer.MAX_VALUE);
			String markup = text.substring(open, end);
			String shown = markup.length() > SNIPPET ? markup.substring(0, SNIPPET).strip() + "..." : markup.strip();
			out.add(new Mark(new Loc(source.name(), line, open - lineStart + 1), shown, helmWords(markup)));
			open = text.indexOf("{{", Math.max(end, open + 2));
		}
		return out;
	}

	private static boolean helmWords(String markup) {
		for (String word : HELM_WORDS) {
			if (markup.contains(word)) {
				return true;
			}
		}
		return false;
	}
}
