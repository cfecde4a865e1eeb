package dev.portpath.sim.parse;

import java.util.Optional;

/** A scalar as YAML resolved it: {@code 8080} is an INT, {@code "8080"} a STR. */
public record YScalar(String value, Kind kind, boolean quoted, Loc loc) implements YNode {

	public enum Kind { STR, INT, FLOAT, BOOL, NULL }

	@Override
	public Optional<String> text() {
		return kind == Kind.NULL ? Optional.empty() : Optional.of(value);
	}

	@Override
	public Optional<Long> integer() {
		if (kind != Kind.INT) {
			return Optional.empty();
		}
		// the common case, plain decimal digits (8080, 3), read without copying the text
		int n = value.length();
		if (n > 0 && n < 19) {
			long r = 0;
			int i = 0;
			while (i < n && value.charAt(i) >= '0' && value.charAt(i) <= '9') {
				r = r * 10 + (value.charAt(i++) - '0');
			}
			if (i == n) {
				return Optional.of(r);
			}
		}
		try {
			String v = value.replace("_", "");
			if (v.startsWith("0x") || v.startsWith("0X")) {
				return Optional.of(Long.parseLong(v.substring(2), 16));
			}
			if (v.startsWith("0o")) {
				return Optional.of(Long.parseLong(v.substring(2), 8));
			}
			return Optional.of(Long.parseLong(v.startsWith("+") ? v.substring(1) : v));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<Boolean> bool() {
		if (kind != Kind.BOOL) {
			return Optional.empty();
		}
		String v = value.toLowerCase(java.util.Locale.ROOT);
		return Optional.of(v.equals("true") || v.equals("yes") || v.equals("on") || v.equals("y"));
	}
}
