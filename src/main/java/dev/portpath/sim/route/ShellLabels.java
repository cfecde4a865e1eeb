package dev.portpath.sim.route;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.validate.LabelSyntax;

/**
 * FROM {@code [NS/]shell:k=v,k2=v2}: a temporary pod with those labels in namespace NS (default
 * {@code default}), for NetworkPolicy questions. Read as {@code kubectl run --labels} reads its flag
 * (pairs split on ',' then on '=', nothing trimmed), each key and value judged as the API server judges
 * a pod's labels, the namespace as a namespace name. Every bad part is named with its fix. The cost is
 * bounded: the text, the number of labels and each part are capped before anything looks at them closely.
 */
final class ShellLabels {

	/** Longer FROM text is refused before it is split. */
	static final int MAX_TEXT = 4096;

	/** More labels than a NetworkPolicy question needs; kubectl sets no limit, the API server's is on bytes. */
	static final int MAX_LABELS = 32;

	private static final String FORM = "[NS/]shell:k=v,k2=v2";

	/** The namespace and the labels, in the order written. */
	record Parsed(String namespace, Map<String, String> labels) {
	}

	private ShellLabels() {
	}

	/** Whether FROM is meant as this form: it has a ':' (no other FROM form has one). */
	static boolean looksLike(String from) {
		return from.indexOf(':') >= 0;
	}

	static Parsed parse(String from) {
		if (from.length() > MAX_TEXT) {
			throw bad(from, "it is " + from.length() + " characters long; at most " + MAX_TEXT);
		}
		int colon = from.indexOf(':');
		String head = from.substring(0, colon);
		String namespace = namespace(from, head);
		String list = from.substring(colon + 1);
		if (list.isEmpty()) {
			throw bad(from, "no labels after 'shell:'; write " + FORM + ", or plain shell for a pod without labels");
		}
		List<String> pairs = List.of(list.split(",", -1));
		if (pairs.size() > MAX_LABELS) {
			throw bad(from, pairs.size() + " labels; at most " + MAX_LABELS);
		}
		Map<String, String> labels = new LinkedHashMap<>();
		for (String pair : pairs) {
			label(from, pair, labels);
		}
		return new Parsed(namespace, labels);
	}

	/** {@code shell} or {@code NS/shell} before the ':'; NS must be a namespace name. */
	private static String namespace(String from, String head) {
		if (head.equals("shell")) {
			return "default";
		}
		int slash = head.indexOf('/');
		if (slash < 0 || !head.endsWith("/shell") || slash != head.length() - "/shell".length()) {
			throw bad(from, "labels go only on a shell: " + FORM + " ('" + cut(head) + "' is not shell or NS/shell)");
		}
		String ns = head.substring(0, slash);
		if (ns.isEmpty()) {
			throw bad(from, "no namespace before '/shell'; write NS/shell:k=v, or shell:k=v for namespace default");
		}
		List<String> errs = LabelSyntax.namespaceErrors(ns);
		if (!errs.isEmpty()) {
			throw bad(from, "namespace '" + cut(ns) + "' is not a valid namespace name: " + String.join("; ", errs)
					+ "; write a lowercase name such as shop");
		}
		return ns;
	}

	private static void label(String from, String pair, Map<String, String> labels) {
		if (pair.isEmpty()) {
			throw bad(from, "an empty label between commas; write k=v,k2=v2 with nothing between them but ','");
		}
		int eq = pair.indexOf('=');
		if (eq < 0 && pair.chars().anyMatch(Character::isWhitespace)) {
			throw bad(from, "label '" + cut(pair) + "' has no '='; write KEY=VALUE, with no spaces in the list");
		}
		if (eq < 0) {
			throw bad(from, "label '" + cut(pair) + "' has no value; write " + cut(pair) + "=VALUE (an empty value is "
					+ cut(pair) + "=)");
		}
		if (pair.indexOf('=', eq + 1) >= 0) {
			throw bad(from, "label '" + cut(pair) + "' has more than one '='; write KEY=VALUE, one per label,"
					+ " separated by ','");
		}
		String key = pair.substring(0, eq);
		String value = pair.substring(eq + 1);
		String spaces = pair.chars().anyMatch(Character::isWhitespace) ? " (write no spaces in the list)" : "";
		if (key.isEmpty()) {
			throw bad(from, "label '" + cut(pair) + "' has no key; write KEY=VALUE");
		}
		List<String> keyErrs = LabelSyntax.keyErrors(key);
		if (!keyErrs.isEmpty()) {
			throw bad(from, "label key '" + cut(key) + "' is not valid" + spaces + ": " + String.join("; ", keyErrs) + "; "
					+ LabelSyntax.KEY_FIX);
		}
		List<String> valueErrs = LabelSyntax.valueErrors(value);
		if (!valueErrs.isEmpty()) {
			throw bad(from, "label value '" + cut(value) + "' of " + cut(key) + " is not valid" + spaces + ": "
					+ String.join("; ", valueErrs) + "; " + LabelSyntax.VALUE_FIX);
		}
		if (labels.putIfAbsent(key, value) != null) {
			throw bad(from, "label " + cut(key) + " is given twice; a pod has one value per key");
		}
	}

	/** A part of the input as it appears in a message: at most 64 characters. */
	static String cut(String s) {
		return s.length() <= 64 ? s : s.substring(0, 61) + "...";
	}

	private static BadRequestException bad(String from, String why) {
		return new BadRequestException("--from '" + cut(from) + "': " + why);
	}
}
