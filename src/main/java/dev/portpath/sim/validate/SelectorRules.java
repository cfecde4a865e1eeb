package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors {@code ValidateLabelSelector} (apimachinery meta/v1 validation) as the API server runs it on create
 * ({@code AllowInvalidLabelValueInSelector} false): label keys and values in {@code matchLabels}, and the
 * operator, key and values of each {@code matchExpressions} entry.
 */
final class SelectorRules {

	static final List<String> OPERATORS = List.of("In", "NotIn", "Exists", "DoesNotExist");

	static final String KEY_FIX = "write the label key as name or prefix/name: letters, digits, '-', '_' and '.', starting and ending with a letter or digit (for example app or app.kubernetes.io/name)";

	static final String VALUE_FIX = "write the label value with at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit (or leave it empty)";

	record Requirement(At at, String key, At keyAt, String operator, At operatorAt, List<String> values, At valuesAt,
			List<At> valueItems) {
	}

	/** A LabelSelector as written; {@code matchLabels} errors carry the map's path and the key's line. */
	record Selector(At at, At matchLabelsAt, List<Json.MapEntry> matchLabels, List<Requirement> expressions) {
	}

	private SelectorRules() {
	}

	/** Reads the LabelSelector at {@code at} (which the caller has checked is a mapping or absent). */
	static Selector read(Report r, At at) {
		At labelsAt = at.child("matchLabels");
		List<Json.MapEntry> labels = Json.stringMap(r, labelsAt, "LabelSelector");
		List<Requirement> expressions = new ArrayList<>();
		for (At e : Json.objects(r, at.child("matchExpressions"), "LabelSelector", "v1.LabelSelectorRequirement")) {
			At keyAt = e.child("key");
			At operatorAt = e.child("operator");
			At valuesAt = e.child("values");
			List<At> items = new ArrayList<>();
			String key = Json.string(r, keyAt, "LabelSelectorRequirement", "string").orElse("");
			String operator = Json.string(r, operatorAt, "LabelSelectorRequirement", "v1.LabelSelectorOperator").orElse("");
			List<String> values = Json.strings(r, valuesAt, "LabelSelectorRequirement", "string", items);
			expressions.add(new Requirement(e, key, keyAt, operator, operatorAt, values, valuesAt, items));
		}
		return new Selector(at, labelsAt, labels, expressions);
	}

	/**
	 * Mirrors {@code ValidateLabels}: every key a qualified name, every value a label value, reported on the
	 * map's path (the API server names the map, not the key) at the key's line. Used for matchLabels and
	 * for a Service's {@code spec.selector}.
	 */
	static void labels(Report r, At mapAt, List<Json.MapEntry> labels) {
		for (Json.MapEntry e : labels) {
			At at = new At(mapAt.path(), mapAt.node(), e.line());
			for (String msg : NameRules.qualifiedName(e.key())) {
				r.invalid(at, e.key(), msg, KEY_FIX);
			}
			for (String msg : NameRules.labelValue(e.value())) {
				r.invalid(at, e.value(), msg, VALUE_FIX);
			}
		}
	}

	static void validate(Report r, Selector s) {
		labels(r, s.matchLabelsAt(), s.matchLabels());
		for (Requirement q : s.expressions()) {
			switch (q.operator()) {
				case "In", "NotIn" -> {
					if (q.values().isEmpty()) {
						r.required(q.valuesAt(), "must be specified when `operator` is 'In' or 'NotIn'",
								"list the label values to match under values, or use operator Exists");
					}
				}
				case "Exists", "DoesNotExist" -> {
					if (!q.values().isEmpty()) {
						r.forbidden(q.valuesAt(), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
								"remove values (Exists and DoesNotExist test only the key), or use operator In");
					}
				}
				default -> r.invalid(q.operatorAt(), q.operator(), "not a valid selector operator",
						"use In, NotIn, Exists or DoesNotExist, spelled exactly");
			}
			for (String msg : NameRules.qualifiedName(q.key())) {
				r.invalid(q.keyAt(), q.key(), msg, KEY_FIX);
			}
			for (int i = 0; i < q.values().size(); i++) {
				for (String msg : NameRules.labelValue(q.values().get(i))) {
					r.invalid(q.valueItems().get(i), q.values().get(i), msg, VALUE_FIX);
				}
			}
		}
	}
}
