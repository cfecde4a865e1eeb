package dev.portpath.practice;

import java.util.List;
import java.util.Set;

import dev.portpath.sim.trace.Request;

/**
 * One exercise, the same for the same seed and level: the app it was made from, the bugs seeded into it
 * ({@code kinds}, and what each changed), the manifests as served, the goal (a request that must reach
 * {@code expected}), and the working manifests ({@code solution}, the app with any preparation, which is
 * one way to solve it). {@code distractor} describes a change that is not a bug (level 3), empty otherwise.
 * {@code project} says the app is a real project's, credited up front; the course's own apps say where they come
 * from only with the answer. {@code known} are the check findings the solution has already ({@code code path}), which a learner's
 * answer may keep.
 */
public record PracticeExercise(long seed, int level, String app, String title, String origin, boolean project,
		List<BugKind> kinds, List<String> changes, String manifests, Request goal, Expected expected, String solution,
		String distractor, Set<String> known) {

	public PracticeExercise {
		kinds = List.copyOf(kinds);
		changes = List.copyOf(changes);
		known = Set.copyOf(known);
	}

	/** Where the goal's request must land: the container, its port and the workload it belongs to. */
	public record Expected(String namespace, String container, int port, String ownerKind, String ownerName) {

		public String describe() {
			return "DELIVERED to container " + container + " on port " + port
					+ (ownerName.isEmpty() ? "" : " (" + ownerKind + " " + namespace + "/" + ownerName + ")");
		}
	}

	public List<String> kindIds() {
		return kinds.stream().map(BugKind::id).toList();
	}

	/** What the learner is told about the bugs before asking for a hint: how many, not which. */
	public String shape() {
		return switch (level) {
			case 1 -> "one bug";
			case 2 -> "two bugs";
			default -> "one bug, and one change that looks wrong but is not a bug";
		};
	}
}
