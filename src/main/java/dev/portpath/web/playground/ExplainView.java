package dev.portpath.web.playground;

import java.util.List;

import dev.portpath.sim.explain.Explanation;
import dev.portpath.sim.explain.PortField;
import dev.portpath.sim.explain.RouteRow;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;

/** The manifests as a whole: every port field, the route map, and what {@code check} found. */
public record ExplainView(List<FieldView> fields, List<RouteView> routes, List<FindingView> findings,
		List<ErrorView> errors, long errorCount, long warningCount, long infoCount) {

	/** A port field in plain language. */
	public record FieldView(String field, String text, LineRef ref) {
	}

	/**
	 * A row of the route map; {@code pick} is the value of the button that loads its request into the form
	 * ({@code FROM TO}), empty when the row cannot be traced.
	 */
	public record RouteView(String kind, String entry, String leadsTo, List<String> problems, LineRef ref, String from,
			String to, String pick) {

		public boolean traceable() {
			return !pick.isEmpty();
		}
	}

	/** A check finding: {@code severity} is error, warning or info (the CSS class), {@code icon} its mark. */
	public record FindingView(String severity, String icon, String code, String message, String fix, LineRef ref) {
	}

	static ExplainView of(Explanation explanation, CheckReport report) {
		return new ExplainView(explanation.fields().stream().map(ExplainView::field).toList(),
				explanation.routes().stream().map(ExplainView::route).toList(),
				report.findings().stream().map(ExplainView::finding).toList(),
				report.errors().stream().map(ErrorView::of).toList(), report.count(Finding.Severity.ERROR),
				report.count(Finding.Severity.WARNING), report.count(Finding.Severity.INFO));
	}

	private static FieldView field(PortField f) {
		return new FieldView(f.field(), f.text(), new LineRef(f.file(), f.line(), f.path()));
	}

	private static RouteView route(RouteRow r) {
		String pick = r.request().isEmpty() ? "" : r.from() + " " + r.request();
		return new RouteView(r.kind(), r.entry(), r.leadsTo(), r.problems(), new LineRef(r.file(), r.line(), ""),
				r.from(), r.request(), pick);
	}

	private static FindingView finding(Finding f) {
		String icon = switch (f.severity()) {
			case ERROR -> "✗";
			case WARNING -> "!";
			case INFO -> "i";
		};
		return new FindingView(f.severity().json(), icon, f.code(), f.message(), f.fix() == null ? "" : f.fix(),
				new LineRef(f.file(), f.line(), f.path()));
	}

	/** {@code 1 error · 0 warnings · 2 info}. */
	public String counts() {
		return plural(errorCount + errors.size(), "error") + " · " + plural(warningCount, "warning") + " · " + infoCount
				+ " info";
	}

	public String routeCount() {
		return plural(routes.size(), "route");
	}

	public String fieldCount() {
		return plural(fields.size(), "field");
	}

	private static String plural(long n, String word) {
		return n + " " + word + (n == 1 ? "" : "s");
	}

	public boolean clean() {
		return findings.isEmpty() && errors.isEmpty();
	}
}
