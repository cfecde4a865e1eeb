package dev.portpath.sim.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders values the way the API server's Go code prints them: {@code %q} for strings, bare numbers,
 * and {@code %#v} or JSON for the few composite values that appear in messages.
 */
final class GoText {

	/** A value printed verbatim, such as {@code []string{"1.1.1.1"}}. */
	record Raw(String text) {
	}

	private GoText() {
	}

	/** The body part for a bad value: strings as {@code %q}, numbers bare (field/errors.go {@code ErrorBody}). */
	static String value(Object v) {
		if (v instanceof String s) {
			return quote(s);
		}
		if (v instanceof Raw r) {
			return r.text();
		}
		return String.valueOf(v);
	}

	/** Go's {@code strconv.Quote}. */
	static String quote(String s) {
		StringBuilder b = new StringBuilder(s.length() + 2).append('"');
		s.codePoints().forEach(c -> {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case 7 -> b.append("\\a");
				case '\b' -> b.append("\\b");
				case '\f' -> b.append("\\f");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				case 11 -> b.append("\\v");
				default -> {
					if (c < 0x20 || c == 0x7f) {
						b.append(String.format("\\x%02x", c));
					}
					else if (c < 0x80 || printable(c)) {
						b.appendCodePoint(c);
					}
					else if (c < 0x10000) {
						b.append(String.format("\\u%04x", c));
					}
					else {
						b.append(String.format("\\U%08x", c));
					}
				}
			}
		});
		return b.append('"').toString();
	}

	private static boolean printable(int c) {
		int t = Character.getType(c);
		return t != Character.CONTROL && t != Character.FORMAT && t != Character.UNASSIGNED
				&& t != Character.SURROGATE && t != Character.PRIVATE_USE && t != Character.LINE_SEPARATOR
				&& t != Character.PARAGRAPH_SEPARATOR && t != Character.SPACE_SEPARATOR;
	}

	/** {@code "A", "B"} as in {@code field.NotSupported}. */
	static String quotedList(List<String> values) {
		return values.stream().map(GoText::quote).collect(Collectors.joining(", "));
	}

	/** {@code []string{"a", "b"}}: how {@code %#v} prints a string slice. */
	static Raw stringSlice(List<String> values) {
		return new Raw("[]string{" + quotedList(values) + "}");
	}

	/** A JSON string literal (for values printed as JSON). */
	static String json(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				case '<' -> b.append("\\u003c");
				case '>' -> b.append("\\u003e");
				case '&' -> b.append("\\u0026");
				default -> {
					if (c < 0x20) {
						b.append(String.format("\\u%04x", (int) c));
					}
					else {
						b.append(c);
					}
				}
			}
		}
		return b.append('"').toString();
	}
}
