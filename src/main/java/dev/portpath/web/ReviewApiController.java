package dev.portpath.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.render.RoutesRenderer;

/**
 * Route tables and diffs over HTTP, as the command line's {@code routes} and {@code diff} give them:
 * POST /api/v1/routes {@code {"manifests", "from"?}} and POST /api/v1/diff {@code {"base", "head"}}. Errors
 * are handled by {@link ApiErrors}, as for trace and check.
 */
@RestController
@RequestMapping("/api/v1")
class ReviewApiController {

	private final Engine engine;

	ReviewApiController(Engine engine) {
		this.engine = engine;
	}

	@PostMapping("/routes")
	ResponseEntity<Map<String, Object>> routes(@RequestBody RoutesRequest request) {
		ApiErrors.require(request.manifests(), "manifests");
		var routes = engine.routes(engine.prepare(List.of(new Source("manifests.yaml", request.manifests()))),
				Optional.ofNullable(request.from()).filter(f -> !f.isBlank()));
		return ResponseEntity.ok(Map.of("routes", routes.stream().map(RoutesRenderer::tree).toList()));
	}

	@PostMapping("/diff")
	ResponseEntity<Map<String, Object>> diff(@RequestBody DiffRequest request) {
		ApiErrors.require(request.base(), "base");
		ApiErrors.require(request.head(), "head");
		var d = engine.diff(engine.prepare(List.of(new Source("base.yaml", request.base()))),
				engine.prepare(List.of(new Source("head.yaml", request.head()))));
		return ResponseEntity.ok(new RoutesRenderer().diffTree(d));
	}

	record RoutesRequest(String manifests, String from) {
	}

	/** The manifests before ({@code base}) and after ({@code head}). */
	record DiffRequest(String base, String head) {
	}
}
