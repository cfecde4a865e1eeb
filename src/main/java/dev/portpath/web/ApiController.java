package dev.portpath.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.render.JsonRenderer;

/** The trace contract over HTTP: POST /api/v1/trace and /api/v1/check. Errors are handled by {@link ApiErrors}. */
@RestController
@RequestMapping("/api/v1")
class ApiController {

	private final Engine engine;

	private final JsonRenderer json = new JsonRenderer();

	ApiController(Engine engine) {
		this.engine = engine;
	}

	@PostMapping("/trace")
	ResponseEntity<Map<String, Object>> trace(@RequestBody TraceRequest request) {
		ApiErrors.require(request.manifests(), "manifests");
		ApiErrors.require(request.to(), "to");
		var trace = engine.trace(sources(request.manifests()), request.from() == null ? "shell" : request.from(),
				request.to());
		return ResponseEntity.ok(json.traceTree(trace));
	}

	@PostMapping("/check")
	ResponseEntity<Map<String, Object>> check(@RequestBody CheckRequest request) {
		ApiErrors.require(request.manifests(), "manifests");
		return ResponseEntity.ok(json.checkTree(engine.check(sources(request.manifests()))));
	}

	private static List<Source> sources(String manifests) {
		return List.of(new Source("manifests.yaml", manifests));
	}

	record TraceRequest(String manifests, String from, String to) {
	}

	record CheckRequest(String manifests) {
	}
}
