package dev.portpath.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

/**
 * Makes exercises: a seed and a level pick a bug kind, a working app and request on whose path that kind
 * can be seeded, and (by level) a second bug or a distractor, all with one {@link Random} of that seed, so
 * the same seed and level always give the same exercise. Every candidate is checked by tracing before it
 * is served: the working manifests reach the goal, each bug alone breaks it, all of them together break
 * it, and a distractor alone does not. Those checks are remembered, and the number of candidates tried per
 * exercise is capped, so one exercise costs a bounded number of traces.
 */
final class Generator {

	/** Candidates (app and request) tried per bug kind before the next kind. */
	private static final int TRIES_PER_KIND = 4;

	/**
	 * Checks (of a bug, a pair, a distractor, an exercise) one exercise may ask for, remembered or not: a
	 * count that does not depend on what is remembered, so the cap never changes which exercise a seed gives.
	 */
	static final int MAX_CHECKS = 240;

	private final Engine engine;

	private final List<Target> targets = new ArrayList<>();

	private final Map<BugKind, List<Target>> byKind = new EnumMap<>(BugKind.class);

	/** Whether a change, alone on a target, does what it must (break the goal; a distractor: keep it). */
	private final Map<String, Boolean> checked = new ConcurrentHashMap<>();

	/** A working app with one request that reaches it, and what its trace says. */
	record Target(int index, PracticeApp app, Request goal, Manifests base, Facts facts) {

		Endpoint expected() {
			return facts.delivered();
		}
	}

	Generator(Engine engine, List<PracticeApp> apps) {
		this.engine = engine;
		for (BugKind k : BugKind.values()) {
			byKind.put(k, new ArrayList<>());
		}
		for (PracticeApp app : apps) {
			Manifests base;
			try {
				base = Manifests.parse(app.manifests());
			}
			catch (RuntimeException ex) {
				continue; // not plain YAML maps (anchors merged away, a list document...): not an app to practise on
			}
			String text = base.dump();
			for (Request goal : app.goals()) {
				trace(text, goal).flatMap(t -> Facts.of(t, base)).ifPresent(facts -> {
					Target target = new Target(targets.size(), app, goal, base, facts);
					targets.add(target);
					for (BugKind k : BugKind.values()) {
						if (Bugs.plan(k, facts, base).isPresent()) {
							byKind.get(k).add(target);
						}
					}
				});
			}
		}
	}

	List<Target> targets() {
		return targets;
	}

	Map<BugKind, List<Target>> byKind() {
		return byKind;
	}

	/** The checks one exercise has asked for so far. */
	private static final class Budget {

		int used;

		boolean spend() {
			return ++used <= MAX_CHECKS;
		}
	}

	/**
	 * The exercise of a seed and level. Should one round of choices find nothing within its budget, the
	 * next round starts from the same seed, so the answer is still the same every time.
	 */
	Optional<PracticeExercise> exercise(long seed, int level) {
		for (int round = 0; round < 4; round++) {
			Optional<PracticeExercise> ex = round(seed, level, new Random(mix(mix(mix(seed) + level) + round)));
			if (ex.isPresent()) {
				return ex;
			}
		}
		return Optional.empty();
	}

	/**
	 * SplitMix64's finaliser: neighbouring seeds (41, 42, 43) become unrelated ones, which java.util.Random's
	 * own seeding does not do, so its first choices would follow the seed's low bits. Written out here, it
	 * never changes under a new JDK.
	 */
	static long mix(long z) {
		z = (z + 0x9E3779B97F4A7C15L);
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	private Optional<PracticeExercise> round(long seed, int level, Random r) {
		Budget budget = new Budget();
		List<BugKind> kinds = new ArrayList<>(List.of(BugKind.values()));
		Collections.shuffle(kinds, r);
		for (BugKind kind : kinds) {
			List<Target> candidates = byKind.get(kind);
			if (candidates.isEmpty()) {
				continue;
			}
			int start = r.nextInt(candidates.size());
			for (int i = 0; i < Math.min(TRIES_PER_KIND, candidates.size()); i++) {
				Target t = candidates.get((start + i) % candidates.size());
				Optional<PracticeExercise> ex = build(seed, level, t, kind, r, budget);
				if (ex.isPresent() || budget.used > MAX_CHECKS) {
					return ex;
				}
			}
		}
		return Optional.empty();
	}

	private Optional<PracticeExercise> build(long seed, int level, Target t, BugKind kind, Random r, Budget budget) {
		Optional<Change> first = Bugs.plan(kind, t.facts(), t.base()).filter(c -> budget.spend() && breaks(t, c));
		if (first.isEmpty()) {
			return Optional.empty();
		}
		List<Change> bugs = new ArrayList<>(List.of(first.get()));
		List<BugKind> kinds = new ArrayList<>(List.of(kind));
		if (level == 2) {
			List<BugKind> others = new ArrayList<>(List.of(BugKind.values()));
			others.remove(kind);
			Collections.shuffle(others, r);
			for (BugKind k : others) {
				Optional<Change> second = Bugs.plan(k, t.facts(), t.base())
					.filter(c -> !c.overlaps(first.get()) && budget.spend() && breaks(t, c) && budget.spend()
							&& pairBreaks(t, first.get(), c));
				if (second.isPresent()) {
					bugs.add(second.get());
					kinds.add(k);
					break;
				}
			}
			if (bugs.size() < 2) {
				return Optional.empty();
			}
		}
		else if (level >= 3) {
			List<Change> all = new ArrayList<>(Distractors.all(t.facts(), t.base()));
			Collections.shuffle(all, r);
			for (Change d : all) {
				if (!d.overlaps(first.get()) && budget.spend() && harmless(t, d) && budget.spend()) {
					Optional<PracticeExercise> ex = compose(seed, level, t, kinds, bugs, d);
					if (ex.isPresent()) {
						return ex;
					}
				}
			}
			return Optional.empty();
		}
		return budget.spend() ? compose(seed, level, t, kinds, bugs, null) : Optional.empty();
	}

	private Optional<PracticeExercise> compose(long seed, int level, Target t, List<BugKind> kinds, List<Change> bugs,
			Change distractor) {
		Manifests solution = t.base().copy();
		bugs.forEach(b -> b.prepare().accept(solution));
		if (distractor != null) {
			distractor.prepare().accept(solution);
			distractor.apply().accept(solution);
		}
		Manifests served = solution.copy();
		bugs.forEach(b -> b.apply().accept(served));
		String solutionText = solution.dump();
		String servedText = served.dump();
		Optional<Trace> works = trace(solutionText, t.goal());
		Optional<Trace> broken = trace(servedText, t.goal());
		if (works.isEmpty() || !reaches(works.get(), t.expected()) || broken.isPresent() && reaches(broken.get(), t.expected())) {
			return Optional.empty();
		}
		Set<String> known = findings(solutionText).map(Generator::keys).orElse(Set.of());
		Endpoint e = t.expected();
		List<String> changes = new ArrayList<>(bugs.stream().map(Change::description).toList());
		return Optional.of(new PracticeExercise(seed, level, t.app().id(), t.app().title(), t.app().origin(),
				t.app().project(), kinds, changes,
				servedText, t.goal(), new PracticeExercise.Expected(e.namespace(), e.container(), e.port(), e.ownerKind(),
						e.ownerName()), solutionText, distractor == null ? "" : distractor.description(), known));
	}

	/** The bug alone: the app with its preparation still works, and with the bug it does not. */
	private boolean breaks(Target t, Change c) {
		return checked.computeIfAbsent(t.index() + " bug " + c.id() + " " + c.touched(), k -> {
			Manifests prepared = t.base().copy();
			c.prepare().accept(prepared);
			Manifests broken = prepared.copy();
			c.apply().accept(broken);
			return trace(prepared.dump(), t.goal()).filter(x -> reaches(x, t.expected())).isPresent()
					&& trace(broken.dump(), t.goal()).filter(x -> reaches(x, t.expected())).isEmpty()
					&& noNewErrors(t, prepared.dump());
		});
	}

	/** Two bugs together still break the goal (each alone does already). */
	private boolean pairBreaks(Target t, Change a, Change b) {
		Manifests m = t.base().copy();
		a.prepare().accept(m);
		b.prepare().accept(m);
		if (trace(m.dump(), t.goal()).filter(x -> reaches(x, t.expected())).isEmpty()) {
			return false;
		}
		Manifests onlyA = m.copy();
		a.apply().accept(onlyA);
		Manifests onlyB = m.copy();
		b.apply().accept(onlyB);
		return trace(onlyA.dump(), t.goal()).filter(x -> reaches(x, t.expected())).isEmpty()
				&& trace(onlyB.dump(), t.goal()).filter(x -> reaches(x, t.expected())).isEmpty();
	}

	/** A distractor keeps the goal, and adds no error to check's findings. */
	private boolean harmless(Target t, Change d) {
		return checked.computeIfAbsent(t.index() + " distractor " + d.id(), k -> {
			Manifests m = t.base().copy();
			d.prepare().accept(m);
			d.apply().accept(m);
			String text = m.dump();
			return trace(text, t.goal()).filter(x -> reaches(x, t.expected())).isPresent() && noNewErrors(t, text);
		});
	}

	private boolean noNewErrors(Target t, String text) {
		Set<String> before = findings(t.base().dump()).map(Generator::keys).orElse(Set.of());
		return findings(text).map(r -> r.errors().isEmpty() && r.findings().stream()
			.filter(f -> f.severity() == Finding.Severity.ERROR)
			.allMatch(f -> before.contains(key(f)))).orElse(false);
	}

	/** Whether a trace ends where the working app's did: delivered, to the same workload's container and port. */
	static boolean reaches(Trace t, Endpoint expected) {
		return t.outcome() == Outcome.DELIVERED && t.delivered().filter(e -> e.container().equals(expected.container())
				&& e.port() == expected.port() && e.namespace().equals(expected.namespace())
				&& e.ownerKind().equals(expected.ownerKind()) && e.ownerName().equals(expected.ownerName())).isPresent();
	}

	static Set<String> keys(CheckReport r) {
		Set<String> out = new HashSet<>();
		r.findings().forEach(f -> out.add(key(f)));
		return out;
	}

	static String key(Finding f) {
		return f.code() + " " + f.path();
	}

	Optional<Trace> trace(String manifests, Request goal) {
		try {
			return Optional.of(engine.trace(engine.prepare(List.of(new Source("manifests.yaml", manifests))), goal));
		}
		catch (InputException | BadRequestException ex) {
			return Optional.empty();
		}
	}

	private Optional<CheckReport> findings(String manifests) {
		try {
			return Optional.of(engine.check(engine.prepare(List.of(new Source("manifests.yaml", manifests)))));
		}
		catch (InputException | BadRequestException ex) {
			return Optional.empty();
		}
	}
}
