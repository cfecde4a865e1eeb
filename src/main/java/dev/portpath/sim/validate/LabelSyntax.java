package dev.portpath.sim.validate;

import java.util.List;

/**
 * The API server's label and namespace syntax for text that is not a manifest (a FROM pod's labels): the
 * same checks {@code ValidateLabels} runs (IsQualifiedName on keys, IsValidLabelValue on values) and
 * IsDNS1123Label on namespace names, with apimachinery's wording. Each returns every message that applies;
 * empty means valid. Text over {@link #MAX_INPUT} characters is refused with one message before any regular
 * expression sees it (the regular expressions run only on text the character loops refused, to word the error).
 */
public final class LabelSyntax {

	/** Longer than any valid key (253 prefix, '/', 63 name) or value (63): refused without further checks. */
	public static final int MAX_INPUT = 320;

	/** How to write a valid key, as SelectorRules says it for manifests. */
	public static final String KEY_FIX = SelectorRules.KEY_FIX;

	/** How to write a valid value, as SelectorRules says it for manifests. */
	public static final String VALUE_FIX = SelectorRules.VALUE_FIX;

	private LabelSyntax() {
	}

	/** Mirrors IsQualifiedName, as ValidateLabels applies it to a label key. */
	public static List<String> keyErrors(String key) {
		return key.length() > MAX_INPUT ? List.of(
				"is longer than any label key (an optional DNS prefix of at most 253 characters and '/', then a name of at most 63)") : NameRules.qualifiedName(key);
	}

	/** Mirrors IsValidLabelValue, as ValidateLabels applies it to a label value. */
	public static List<String> valueErrors(String value) {
		return value.length() > MAX_INPUT ? List.of(NameRules.maxLen(63)) : NameRules.labelValue(value);
	}

	/** Mirrors IsDNS1123Label, as ValidateNamespaceName applies it. */
	public static List<String> namespaceErrors(String namespace) {
		return namespace.length() > MAX_INPUT ? List.of(NameRules.maxLen(63)) : NameRules.dns1123Label(namespace);
	}
}
