package dev.portpath.sim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.Ref;

/** {@code check} findings as SARIF 2.1.0, for code-scanning views in CI. */
public final class SarifRenderer {

	static final String API_RULE = "api-validation";

	static final String NOT_SIMULATED_RULE = "not-simulated";

	/** The release the answers were judged by, which each one names. */
	private final KubernetesVersion version;

	public SarifRenderer(KubernetesVersion version) {
		this.version = version;
	}

	public SarifRenderer() {
		this(KubernetesVersion.DEFAULT);
	}

	public String check(CheckReport r) {
		Map<String, String> rules = new TreeMap<>();
		List<Object> results = new ArrayList<>();
		for (ApiError e : r.errors()) {
			rules.put(API_RULE, "The API server would reject the object");
			results.add(result(API_RULE, "error", e.message() + (e.fix().isEmpty() ? "" : " Fix: " + e.fix()), e.file(),
					e.line(), e.path()));
		}
		for (Finding f : r.findings()) {
			rules.putIfAbsent(f.code(), f.code().replace('-', ' '));
			String level = switch (f.severity()) {
				case ERROR -> "error";
				case WARNING -> "warning";
				case INFO -> "note";
			};
			results.add(result(f.code(), level, f.message() + (f.fix().isEmpty() ? "" : " Fix: " + f.fix()), f.file(),
					f.line(), f.path()));
		}
		for (NotSimulated n : r.notSimulatedKinds()) {
			// a note for what can matter; kinds that change nothing about routing would only be noise in a code view
			if (n.effect() != NotSimulated.Effect.NONE && !n.refs().isEmpty()) {
				rules.put(NOT_SIMULATED_RULE, "PortPath read this but did not simulate it");
				Ref at = n.refs().get(0);
				results.add(result(NOT_SIMULATED_RULE, "note", n.what() + " (" + n.count() + "): " + n.message()
						+ (n.advice().isEmpty() ? "" : ". Advice: " + n.advice()), at.file(), at.line(), at.path()));
			}
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "PortPath");
		driver.put("semanticVersion", "0.1.0");
		driver.put("informationUri", "https://kubernetes.io/docs/concepts/services-networking/service/");
		driver.put("properties", Map.of("kubernetes", version.label()));
		List<Object> ruleList = new ArrayList<>();
		rules.forEach((id, text) -> {
			Map<String, Object> rule = new LinkedHashMap<>();
			rule.put("id", id);
			rule.put("shortDescription", Map.of("text", text));
			ruleList.add(rule);
		});
		driver.put("rules", ruleList);
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		root.put("version", "2.1.0");
		root.put("runs", List.of(run));
		return Json.write(root);
	}

	private static Map<String, Object> result(String rule, String level, String text, String file, int line,
			String path) {
		Map<String, Object> region = new LinkedHashMap<>();
		region.put("startLine", Math.max(1, line));
		Map<String, Object> physical = new LinkedHashMap<>();
		physical.put("artifactLocation", Map.of("uri", file.isEmpty() ? "manifests.yaml" : file));
		physical.put("region", region);
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("physicalLocation", physical);
		location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", path)));
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("ruleId", rule);
		m.put("level", level);
		m.put("message", Map.of("text", text));
		m.put("locations", List.of(location));
		return m;
	}
}
