package dev.portpath.web.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A lesson's Markdown as HTML, cut where its examples go. Raw HTML in the Markdown is escaped and
 * unsafe link targets (javascript: and the like) are dropped, so the result is safe to insert as is.
 * A line {@code {{example id}}} of its own is a paragraph of that text alone, which is where the
 * HTML is cut.
 */
final class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private static final Pattern EXAMPLE = Pattern
		.compile("<p>\\{\\{(?:example ([a-z0-9-]+)|compare ([a-z0-9-]+) ([a-z0-9-]+))}}</p>\\n?");

	private Markdown() {
	}

	/**
	 * One piece of the page: HTML, or the id of the example that goes there; with {@code beside}, two
	 * examples shown side by side ({@code {{compare a b}}}).
	 */
	record Piece(String html, String example, String beside) {

		Piece(String html, String example) {
			this(html, example, "");
		}

		boolean isExample() {
			return !example.isEmpty();
		}

		boolean isComparison() {
			return !beside.isEmpty();
		}
	}

	static String html(String markdown) {
		return RENDERER.render(PARSER.parse(markdown));
	}

	/** The HTML in order, with an example piece wherever an example tag stood. */
	static List<Piece> pieces(String markdown) {
		String html = html(markdown);
		List<Piece> out = new ArrayList<>();
		Matcher m = EXAMPLE.matcher(html);
		int at = 0;
		while (m.find()) {
			if (m.start() > at) {
				out.add(new Piece(html.substring(at, m.start()), ""));
			}
			out.add(m.group(1) != null ? new Piece("", m.group(1)) : new Piece("", m.group(2), m.group(3)));
			at = m.end();
		}
		if (at < html.length()) {
			out.add(new Piece(html.substring(at), ""));
		}
		return out;
	}
}
