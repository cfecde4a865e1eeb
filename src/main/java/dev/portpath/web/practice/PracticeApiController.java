package dev.portpath.web.practice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.portpath.practice.Practice;
import dev.portpath.practice.PracticeExercise;
import dev.portpath.sim.render.JsonRenderer;
import dev.portpath.sim.trace.CheckReport;

/**
 * Practice as JSON. {@code GET /api/v1/practice?seed=N[&level=L]} answers the exercise of that seed and level
 * ({@code seed, level, app, kinds, manifests, goal: {from, to}}); {@code POST /api/v1/practice/check} with
 * {@code {"seed", "level", "manifests"}} grades an answer by tracing it ({@code correct, trace, findings}: the
 * trace of the goal as the trace contract writes it, and the findings of check the working app does not have).
 * Errors are {@link PracticeApiErrors}', the same as every JSON endpoint's ({@link dev.portpath.web.JsonErrors}).
 */
@RestController
@RequestMapping("/api/v1/practice")
class PracticeApiController {

	private final Exercises exercises;

	PracticeApiController(Exercises exercises) {
		this.exercises = exercises;
	}

	@GetMapping
	Map<String, Object> exercise(@RequestParam(required = false) @Nullable String seed,
			@RequestParam(required = false) @Nullable String level) {
		if (seed == null || seed.isBlank()) {
			throw new Exercises.BadPractice("the request needs a seed: GET /api/v1/practice?seed=N[&level=L]");
		}
		PracticeExercise ex = exercises.exercise(Exercises.seed(seed), Exercises.level(level == null ? "" : level));
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("seed", ex.seed());
		m.put("level", ex.level());
		m.put("app", ex.app());
		m.put("kinds", ex.kindIds());
		m.put("manifests", ex.manifests());
		Map<String, Object> goal = new LinkedHashMap<>();
		goal.put("from", ex.goal().from());
		goal.put("to", ex.goal().to());
		m.put("goal", goal);
		return m;
	}

	@PostMapping("/check")
	ResponseEntity<Map<String, Object>> check(@RequestBody CheckRequest request) {
		if (request.seed() == null) {
			throw new Exercises.BadPractice("the request body needs a \"seed\" field");
		}
		if (request.manifests() == null || request.manifests().isBlank()) {
			throw new Exercises.BadPractice("the request body needs a \"manifests\" field");
		}
		if (request.seed() < 0) {
			throw new Exercises.BadPractice("seed is a whole number from 0 up, not " + request.seed());
		}
		int level = request.level() == null ? 1 : request.level();
		PracticeExercise ex = exercises.exercise(request.seed(), level);
		Practice.Verdict v = exercises.practice().check(ex, request.manifests());
		JsonRenderer json = new JsonRenderer();
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("correct", v.correct());
		m.put("trace", json.traceTree(v.trace()));
		m.put("findings", json.checkTree(new CheckReport(v.findings(), List.of(), List.of())).get("findings"));
		return ResponseEntity.ok(m);
	}

	/** {@code level} is optional (1). */
	record CheckRequest(@Nullable Long seed, @Nullable Integer level, @Nullable String manifests) {
	}
}
