package dev.portpath.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.portpath.content.Content;
import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Trace;

/**
 * Practice without end: an exercise for any seed and level, made from the course's working apps, and a
 * learner's answer graded by tracing it. Pure Java, no web: the page and the JSON API share it.
 * <p>
 * An answer is right when the goal's request is delivered where the working app delivers it, every object
 * of the exercise is still there (fix the fields, do not delete the object), and {@code check} finds no
 * error the working manifests do not have.
 */
public final class Practice {

	public static final int LEVELS = 3;

	/** Exercises kept, so the page and its checks do not make one twice. */
	private static final int CACHE = 256;

	private final Engine engine;

	private final Generator generator;

	private final Map<String, PracticeExercise> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, PracticeExercise> eldest) {
			return size() > CACHE;
		}
	});

	public Practice(Engine engine, Content content) {
		this(engine, PracticeApp.from(content));
	}

	public Practice(Engine engine, List<PracticeApp> apps) {
		this.engine = engine;
		this.generator = new Generator(new Engine(), apps);
	}

	/** How many app-and-request pairs exercises are made from, and how many of them each bug kind fits. */
	public Map<BugKind, Integer> coverage() {
		Map<BugKind, Integer> out = new LinkedHashMap<>();
		generator.byKind().forEach((k, v) -> out.put(k, v.size()));
		return out;
	}

	public int targets() {
		return generator.targets().size();
	}

	/** The exercise of a seed (0 or more) and a level (1 to {@link #LEVELS}); the same every time. */
	public PracticeExercise exercise(long seed, int level) {
		if (seed < 0) {
			throw new IllegalArgumentException("seed is a whole number from 0 up, not " + seed);
		}
		if (level < 1 || level > LEVELS) {
			throw new IllegalArgumentException("level is 1, 2 or 3, not " + level);
		}
		String key = seed + "/" + level;
		PracticeExercise cached = cache.get(key);
		if (cached != null) {
			return cached;
		}
		PracticeExercise ex = generator.exercise(seed, level)
			.orElseThrow(() -> new IllegalStateException("no exercise for seed " + seed + " at level " + level));
		cache.put(key, ex);
		return ex;
	}

	/**
	 * The verdict on an answer: whether it is right, the trace of the goal through it, what {@code check}
	 * finds in it that the working manifests do not have, and why it is not right yet. Unreadable YAML and
	 * input over the limits throw the engine's {@link dev.portpath.sim.InputException}.
	 */
	public Verdict check(PracticeExercise ex, String manifests) {
		List<Source> sources = List.of(new Source("manifests.yaml", manifests));
		Engine.Prepared prepared = engine.prepare(sources);
		Trace trace = engine.trace(prepared, ex.goal());
		CheckReport report = engine.check(prepared);
		List<String> reasons = new ArrayList<>();
		if (!trace.errors().isEmpty()) {
			reasons.add("the API server would reject the manifests: " + trace.errors().get(0).message());
		}
		else if (!Generator.reaches(trace, toEndpoint(ex.expected()))) {
			reasons.add(trace.delivered().isEmpty() ? "the request ends " + trace.outcome() + ", not DELIVERED"
					: "the request reaches container " + trace.delivered().get().container() + " on port "
							+ trace.delivered().get().port() + " of pod " + trace.delivered().get().pod() + ", not "
							+ ex.expected().describe());
		}
		Set<String> missing = new TreeSet<>(objects(ex.manifests()));
		missing.removeAll(objects(manifests));
		missing.forEach(o -> reasons.add(o + " is gone: keep every object, and fix its fields instead"));
		List<Finding> added = report.findings().stream()
			.filter(f -> f.severity() != Finding.Severity.INFO && !ex.known().contains(Generator.key(f)))
			.toList();
		added.stream().filter(f -> f.severity() == Finding.Severity.ERROR)
			.forEach(f -> reasons.add("check finds a new error: " + f.message()));
		return new Verdict(reasons.isEmpty(), trace, added, reasons);
	}

	/** Right or not, the trace of the goal, the findings the working app does not have, and what is still wrong. */
	public record Verdict(boolean correct, Trace trace, List<Finding> findings, List<String> reasons) {

		public Verdict {
			findings = List.copyOf(findings);
			reasons = List.copyOf(reasons);
		}
	}

	private static dev.portpath.sim.trace.Endpoint toEndpoint(PracticeExercise.Expected e) {
		return new dev.portpath.sim.trace.Endpoint(e.namespace(), "", e.container(), e.port(), "", e.ownerKind(),
				e.ownerName());
	}

	/** Every object of the manifests as {@code Kind namespace/name}, read the engine's way. */
	private static Set<String> objects(String manifests) {
		Set<String> out = new TreeSet<>();
		var loaded = new YamlLoader(Limits.DEFAULT).load(List.of(new Source("manifests.yaml", manifests)));
		for (Doc d : loaded.docs()) {
			if (!d.kind().isEmpty()) {
				out.add(d.kind() + " " + (Manifests.clusterScoped(d.kind()) ? "" : d.namespace() + "/") + d.name());
			}
		}
		return out;
	}

	/** A seed for a new exercise, from a source of randomness the caller chooses. */
	public static long seed(java.util.random.RandomGenerator random) {
		return random.nextLong(1_000_000_000L);
	}

	Optional<Generator> generator() {
		return Optional.of(generator);
	}
}
