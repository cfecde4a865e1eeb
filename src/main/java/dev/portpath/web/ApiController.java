package dev.portpath.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.portpath.sim.Engine;
import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.render.JsonRenderer;
import dev.portpath.sim.BadRequestException;

/** The trace contract over HTTP: POST /api/v1/trace and /api/v1/check. Errors are handled by {@link ApiErrors}. */
@RestController
@RequestMapping("/api/v1")
class ApiController {

	private final Engine engine;

	ApiController(Engine engine) {
		this.engine = engine;
	}

	@PostMapping("/trace")
	ResponseEntity<Map<String, Object>> trace(@RequestBody TraceRequest request) {
		ApiErrors.require(request.manifests(), "manifests");
		ApiErrors.require(request.to(), "to");
		KubernetesVersion version = version(request.kubernetesVersion());
		var trace = engine.withKubernetesVersion(version).trace(sources(request.manifests()),
				request.from() == null ? "shell" : request.from(), request.to(),
				HttpFields.of(request.method(), request.headers(), request.sni()));
		return ResponseEntity.ok(new JsonRenderer(version).traceTree(trace));
	}

	@PostMapping("/check")
	ResponseEntity<Map<String, Object>> check(@RequestBody CheckRequest request) {
		ApiErrors.require(request.manifests(), "manifests");
		KubernetesVersion version = version(request.kubernetesVersion());
		return ResponseEntity.ok(new JsonRenderer(version)
			.checkTree(engine.withKubernetesVersion(version).check(sources(request.manifests()))));
	}

	/** The release the request asks to be judged by; left out, the default. Anything else is a bad request (400). */
	private static KubernetesVersion version(String value) {
		if (value == null || value.isBlank()) {
			return KubernetesVersion.DEFAULT;
		}
		return KubernetesVersion.parse(value).orElseThrow(() -> new BadRequestException(
				"\"kubernetesVersion\" is " + KubernetesVersion.choices() + ", not \"" + value + "\""));
	}

	private static List<Source> sources(String manifests) {
		return List.of(new Source("manifests.yaml", manifests));
	}

	/**
	 * {@code kubernetesVersion} is optional: 1.35 or 1.36, default 1.36. {@code method}, {@code headers} (an object,
	 * or a list of [name, value] pairs) and {@code sni} are the optional HTTP fields of contract 1.1.
	 */
	record TraceRequest(String manifests, String from, String to, String kubernetesVersion, String method,
			Object headers, String sni) {
	}

	record CheckRequest(String manifests, String kubernetesVersion) {
	}
}
