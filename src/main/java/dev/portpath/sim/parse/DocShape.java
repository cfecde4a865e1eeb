package dev.portpath.sim.parse;

import java.util.Set;

/**
 * What a document without {@code kind} most likely is, from its top-level keys: files that sit beside manifests
 * and get pasted with them, but are inputs to a tool rather than Kubernetes objects.
 */
public enum DocShape {

	/** A kustomization.yaml: kustomize builds the objects from it. */
	KUSTOMIZATION,

	/** A Helm chart's Chart.yaml: Helm renders the chart's templates. */
	HELM_CHART,

	/** A Docker Compose file: not Kubernetes at all. */
	COMPOSE,

	/** Nothing recognisable. */
	UNKNOWN;

	/** Keys of kustomize's Kustomization that no Kubernetes object has at its top level. */
	private static final Set<String> KUSTOMIZE_KEYS = Set.of("resources", "bases", "components", "patches",
			"patchesStrategicMerge", "patchesJson6902", "configMapGenerator", "secretGenerator", "namePrefix",
			"nameSuffix", "commonLabels", "commonAnnotations", "images", "helmCharts", "replacements", "generators",
			"transformers");

	/** The shape of a document that has no kind (or one written as kustomize's). */
	public static DocShape of(YMap root) {
		if (root.has("kind") && root.get("kind").isScalar()) {
			return root.get("kind").str("").equals("Kustomization") ? KUSTOMIZATION : UNKNOWN;
		}
		if (root.has("spec") || (root.has("metadata") && !root.has("resources"))) {
			return UNKNOWN;
		}
		for (String key : root.entries().keySet()) {
			if (KUSTOMIZE_KEYS.contains(key)) {
				return KUSTOMIZATION;
			}
		}
		String apiVersion = root.get("apiVersion").str("");
		if ((apiVersion.equals("v1") || apiVersion.equals("v2")) && root.get("name").isScalar()
				&& root.get("version").isScalar()) {
			return HELM_CHART;
		}
		if (root.get("services").isMap()) {
			return COMPOSE;
		}
		return UNKNOWN;
	}
}
