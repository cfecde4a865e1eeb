package dev.portpath.sim.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changes between the routes of two versions of the manifests, route by route (the same request from
 * the same client): routes that broke or were fixed, that still fail but otherwise, that now reach other
 * workloads, containers or ports, and routes added or removed. Unchanged routes are not listed.
 */
public final class RouteDiff {

	/** How a route changed, most serious first. */
	public enum Kind {
		BROKE, STILL_BROKEN, FIXED, RETARGETED, ADDED, REMOVED;

		public String word() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}
	}

	/** One changed route: before (absent when added) and after (absent when removed). */
	public record Change(Kind kind, Optional<Route> before, Optional<Route> after, String text) {

		public Route route() {
			return after.or(() -> before).orElseThrow();
		}
	}

	/** The changes, most serious first, each group in the order of the routes. */
	public record Result(List<Change> changes, int unchanged) {

		public Result {
			changes = List.copyOf(changes);
		}

		/** True when a route that worked no longer does: the exit code fails. */
		public boolean broke() {
			return changes.stream().anyMatch(c -> c.kind() == Kind.BROKE);
		}

		public long count(Kind kind) {
			return changes.stream().filter(c -> c.kind() == kind).count();
		}
	}

	private RouteDiff() {
	}

	public static Result of(List<Route> base, List<Route> head) {
		Map<String, Route> before = byKey(base);
		Map<String, Route> after = byKey(head);
		List<Change> changes = new ArrayList<>();
		int unchanged = 0;
		for (Route a : after.values()) {
			Route b = before.get(a.key());
			if (b == null) {
				changes.add(new Change(Kind.ADDED, Optional.empty(), Optional.of(a), "new route: " + describe(a)));
				continue;
			}
			Optional<Change> c = compare(b, a);
			if (c.isPresent()) {
				changes.add(c.get());
			}
			else {
				unchanged++;
			}
		}
		for (Route b : before.values()) {
			if (!after.containsKey(b.key())) {
				changes.add(new Change(Kind.REMOVED, Optional.of(b), Optional.empty(), "route gone: " + b.entry()
						+ " no longer exists (it " + (b.works() ? "reached " + b.lands() : "failed: " + b.lands()) + ")"));
			}
		}
		changes.sort(java.util.Comparator.comparing(Change::kind));
		return new Result(changes, unchanged);
	}

	private static Optional<Change> compare(Route b, Route a) {
		if (b.works() && !a.works()) {
			return Optional.of(new Change(Kind.BROKE, Optional.of(b), Optional.of(a), "broke: it reached " + b.lands()
					+ ", now " + a.outcome() + failure(a)));
		}
		if (!b.works() && a.works()) {
			return Optional.of(new Change(Kind.FIXED, Optional.of(b), Optional.of(a), "fixed: it was " + b.outcome()
					+ (b.failStep().isEmpty() ? "" : " at " + b.failStep()) + ", now reaches " + a.lands()));
		}
		if (!b.works() && (b.outcome() != a.outcome() || !b.failStep().equals(a.failStep()) || b.line() != a.line())) {
			return Optional.of(new Change(Kind.STILL_BROKEN, Optional.of(b), Optional.of(a), "still fails, otherwise: was "
					+ b.lands() + ", now " + a.outcome() + failure(a)));
		}
		if (a.works() && !b.reaches().equals(a.reaches())) {
			return Optional.of(new Change(Kind.RETARGETED, Optional.of(b), Optional.of(a), "now reaches " + a.lands()
					+ " (was " + b.lands() + ")"));
		}
		return Optional.empty();
	}

	private static String failure(Route a) {
		return (a.failStep().isEmpty() ? "" : " at the " + a.failStep() + " hop")
				+ (a.at().isEmpty() ? "" : " (" + a.at() + ")");
	}

	private static String describe(Route a) {
		return a.entry() + (a.works() ? " reaches " + a.lands() : " fails: " + a.outcome() + failure(a));
	}

	private static Map<String, Route> byKey(List<Route> routes) {
		Map<String, Route> out = new LinkedHashMap<>();
		routes.forEach(r -> out.putIfAbsent(r.key(), r));
		return out;
	}
}
