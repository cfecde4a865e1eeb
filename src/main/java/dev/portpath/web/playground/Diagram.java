package dev.portpath.web.playground;

import java.util.List;

/**
 * The path of a trace as boxes and edges, laid out top to bottom in a {@code width}×{@code height}
 * view box, ready for an inline SVG. Text is plain (the template escapes it); labels that do not fit
 * their box are shortened with an ellipsis and keep their full text for the tooltip.
 */
public record Diagram(int width, int height, List<Box> boxes, List<Edge> edges, String summary) {

	public Diagram {
		boxes = List.copyOf(boxes);
		edges = List.copyOf(edges);
	}

	/** A box: {@code css} is its state (client, ok, warn, fail) and kind; three lines of text. */
	public record Box(int x, int y, int w, int h, String css, String title, String label, String detail,
			String tooltip) {

		public int cx() {
			return x + w / 2;
		}

		public int titleY() {
			return y + 17;
		}

		public int labelY() {
			return y + 36;
		}

		public int detailY() {
			return y + 52;
		}
	}

	/**
	 * An arrow from one box to the next, with an optional label pill centred on ({@code lx}, {@code ly}), and an
	 * optional mark pill beside it for what acts on the way ({@code markCss} filter or mirror): its text
	 * {@code mark} starts at {@code mx} and is {@code mw} wide; {@code markTitle} is its whole text.
	 */
	public record Edge(int x1, int y1, int x2, int y2, String css, String label, int lx, int ly, int lw, String mark,
			String markCss, String markTitle, int mx, int mw) {

		public Edge(int x1, int y1, int x2, int y2, String css, String label, int lx, int ly, int lw) {
			this(x1, y1, x2, y2, css, label, lx, ly, lw, "", "", "", 0, 0);
		}

		public boolean labelled() {
			return !label.isEmpty();
		}

		public boolean marked() {
			return !mark.isEmpty();
		}

		public int markTextX() {
			return mx + mw / 2;
		}

		public int pillX() {
			return lx - lw / 2;
		}

		public int pillY() {
			return ly - 10;
		}

		public int textY() {
			return ly + 4;
		}
	}
}
