package dev.portpath.sim.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.portpath.sim.KubernetesVersion;
import dev.portpath.sim.check.Code;
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

	/** The anchor of the README's finding codes table, where every rule is explained. */
	public static final String HELP_ANCHOR = "#finding-codes-check";

	/**
	 * Where the README that explains the codes is published (a URL, for helpUri), or empty: SARIF wants an
	 * absolute URI there, and PortPath has no home page of its own, so whoever publishes it says where.
	 */
	private java.util.Optional<String> helpBase = java.util.Optional.empty();

	/** This renderer, with each rule's helpUri pointing at the README published at {@code readmeUrl}. */
	public SarifRenderer withHelp(String readmeUrl) {
		this.helpBase = java.util.Optional.of(readmeUrl);
		return this;
	}

	public String check(CheckReport r) {
		Map<String, Map<String, Object>> rules = new TreeMap<>();
		List<Object> results = new ArrayList<>();
		for (ApiError e : r.errors()) {
			rules.putIfAbsent(API_RULE, rule(API_RULE, "The API server would reject the object (kubectl apply fails)",
					"error"));
			Map<String, Object> res = result(API_RULE, "error", e.message() + (e.fix().isEmpty() ? "" : " Fix: " + e.fix()),
					e.file(), e.line(), e.path());
			res.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(API_RULE, e.file(), e.path(), e.message())));
			results.add(res);
		}
		for (Finding f : r.findings()) {
			results.add(finding(f, rules));
		}
		for (CheckReport.Suppressed s : r.suppressed()) {
			Map<String, Object> res = finding(s.finding(), rules);
			Map<String, Object> suppression = new LinkedHashMap<>();
			suppression.put("kind", s.by().startsWith("--ignore") ? "external" : "inSource");
			suppression.put("justification", s.by());
			res.put("suppressions", List.of(suppression));
			results.add(res);
		}
		for (NotSimulated n : r.notSimulatedKinds()) {
			// a note for what can matter; kinds that change nothing about routing would only be noise in a code view
			if (n.effect() != NotSimulated.Effect.NONE && !n.refs().isEmpty()) {
				rules.putIfAbsent(NOT_SIMULATED_RULE, rule(NOT_SIMULATED_RULE, "PortPath read this but did not simulate it",
						"note"));
				Ref at = n.refs().get(0);
				String text = n.what() + " (" + n.count() + "): " + n.message() + (n.advice().isEmpty() ? "" : ". Advice: "
						+ n.advice());
				Map<String, Object> res = result(NOT_SIMULATED_RULE, "note", text, at.file(), at.line(), at.path());
				res.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(NOT_SIMULATED_RULE, at.file(), at.path(),
						n.what())));
				results.add(res);
			}
		}
		Map<String, Object> driver = new LinkedHashMap<>();
		driver.put("name", "PortPath");
		driver.put("semanticVersion", "0.1.0");
		driver.put("informationUri", "https://kubernetes.io/docs/concepts/services-networking/service/");
		driver.put("properties", Map.of("kubernetes", version.label()));
		driver.put("rules", new ArrayList<>(rules.values()));
		Map<String, Object> run = new LinkedHashMap<>();
		run.put("tool", Map.of("driver", driver));
		run.put("results", results);
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
		root.put("version", "2.1.0");
		root.put("runs", List.of(run));
		return Json.write(root);
	}

	/** The key of the fingerprint GitHub code scanning uses to follow a finding across commits. */
	static final String FINGERPRINT = "portpathFinding/v1";

	private Map<String, Object> finding(Finding f, Map<String, Map<String, Object>> rules) {
		Code code = Code.of(f.code()).orElse(null);
		rules.computeIfAbsent(f.code(), id -> rule(id, code == null ? id.replace('-', ' ') : code.summary(),
				level(f.severity())));
		Map<String, Object> res = result(f.code(), level(f.severity()), f.message() + (f.fix().isEmpty() ? "" : " Fix: "
				+ f.fix()), f.file(), f.line(), f.path());
		res.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(f.code(), f.file(), f.path(), f.message())));
		return res;
	}

	private static String level(Finding.Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		};
	}

	private Map<String, Object> rule(String id, String description, String level) {
		Map<String, Object> rule = new LinkedHashMap<>();
		rule.put("id", id);
		rule.put("name", id);
		rule.put("shortDescription", Map.of("text", description));
		rule.put("help", Map.of("text", description + ". PortPath's README explains every code in its table"
				+ " \"Finding codes (check)\"."));
		helpBase.ifPresent(base -> rule.put("helpUri", base + HELP_ANCHOR));
		rule.put("defaultConfiguration", Map.of("level", level));
		return rule;
	}

	/**
	 * A finding's identity that survives edits elsewhere in the file: its code, file, object path and message,
	 * not its line (lines move when anything above changes). SHA-256, the first 32 hex digits.
	 */
	static String fingerprint(String code, String file, String path, String message) {
		try {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			byte[] hash = sha.digest((code + "\u0000" + file + "\u0000" + path + "\u0000" + message)
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			return java.util.HexFormat.of().formatHex(hash, 0, 16);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
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
