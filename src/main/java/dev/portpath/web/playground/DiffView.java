package dev.portpath.web.playground;

import java.util.List;

import dev.portpath.sim.routes.Route;
import dev.portpath.sim.routes.RouteDiff;

/**
 * The routes diff of the playground's "compare with…" editor: every route that changed from the compared
 * manifests (before) to the editor's (after), most serious first, and how many did not change. {@code problem}
 * is set instead when the compared manifests cannot be read.
 */
public record DiffView(List<Row> rows, int unchanged, boolean broke, String summary, String problem) {

	public DiffView {
		rows = List.copyOf(rows);
	}

	/**
	 * One changed route: {@code kind} is broke, still-broken, fixed, retargeted, added or removed (the API's
	 * words); {@code line} is its line in the editor's manifests (0 when removed or unknown); {@code pick} the
	 * value of the button that traces it ({@code FROM TO}), empty for a removed route.
	 */
	public record Row(String kind, String entry, String message, int line, String fix, String pick, String from,
			String to) {

		public boolean hasLine() {
			return line > 0;
		}

		public boolean traceable() {
			return !pick.isEmpty();
		}

		public String icon() {
			return switch (kind) {
				case "broke", "still-broken", "removed" -> "✗";
				case "fixed", "added" -> "✓";
				default -> "→";
			};
		}
	}

	static DiffView of(RouteDiff.Result d) {
		List<Row> rows = d.changes().stream().map(DiffView::row).toList();
		StringBuilder summary = new StringBuilder();
		for (RouteDiff.Kind k : RouteDiff.Kind.values()) {
			long n = d.count(k);
			if (n > 0) {
				summary.append(summary.isEmpty() ? "" : " · ").append(n).append(' ').append(k.word());
			}
		}
		summary.append(summary.isEmpty() ? "" : " · ").append(d.unchanged()).append(" unchanged");
		return new DiffView(rows, d.unchanged(), d.broke(), summary.toString(), "");
	}

	static DiffView unreadable(String problem) {
		return new DiffView(List.of(), 0, false, "", problem);
	}

	private static Row row(RouteDiff.Change c) {
		Route r = c.route();
		boolean now = c.after().isPresent();
		String fix = c.after().map(Route::fix).filter(f -> c.kind() == RouteDiff.Kind.BROKE
				|| c.kind() == RouteDiff.Kind.STILL_BROKEN).orElse("");
		return new Row(c.kind().word(), r.entry(), c.text(), now ? r.line() : 0, fix, now ? r.from() + " " + r.to() : "",
				r.from(), r.to());
	}

	public boolean readable() {
		return problem.isEmpty();
	}
}
