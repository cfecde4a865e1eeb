package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.portpath.sim.parse.YNode;

/**
 * A metav1.LabelSelector: matchLabels and matchExpressions, ANDed. An empty selector matches
 * everything (NetworkPolicy {@code podSelector: {}} selects every pod of its namespace).
 */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> expressions) {

	/** One matchExpressions entry: In, NotIn, Exists or DoesNotExist. */
	public record Requirement(String key, String operator, List<String> values) {

		boolean matches(Map<String, String> labels) {
			String v = labels.get(key);
			return switch (operator) {
				case "In" -> v != null && values.contains(v);
				case "NotIn" -> v == null || !values.contains(v);
				case "Exists" -> v != null;
				case "DoesNotExist" -> v == null;
				default -> false; // an unknown operator selects nothing (the API server rejects it)
			};
		}
	}

	public static LabelSelector of(YNode node) {
		Map<String, String> labels = ModelBuilder.labels(node.get("matchLabels"));
		List<Requirement> reqs = new ArrayList<>();
		for (YNode e : node.get("matchExpressions").items()) {
			reqs.add(new Requirement(e.get("key").str(""), e.get("operator").str(""),
					e.get("values").items().stream().map(v -> v.str("")).toList()));
		}
		return new LabelSelector(labels, List.copyOf(reqs));
	}

	public boolean isEmpty() {
		return matchLabels.isEmpty() && expressions.isEmpty();
	}

	public boolean matches(Map<String, String> labels) {
		for (Map.Entry<String, String> e : matchLabels.entrySet()) {
			if (!e.getValue().equals(labels.get(e.getKey()))) {
				return false;
			}
		}
		return expressions.stream().allMatch(r -> r.matches(labels));
	}

	@Override
	public String toString() {
		if (isEmpty()) {
			return "{} (everything)";
		}
		List<String> parts = new ArrayList<>();
		new java.util.TreeMap<>(matchLabels).forEach((k, v) -> parts.add(k + "=" + v));
		for (Requirement r : expressions) {
			parts.add(switch (r.operator()) {
				case "Exists" -> r.key();
				case "DoesNotExist" -> "!" + r.key();
				case "NotIn" -> r.key() + " notin (" + String.join(",", r.values()) + ")";
				default -> r.key() + " in (" + String.join(",", r.values()) + ")";
			});
		}
		return parts.stream().collect(Collectors.joining(","));
	}
}
