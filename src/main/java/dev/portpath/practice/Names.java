package dev.portpath.practice;

import java.util.Locale;

/** Plausible wrong names: a typo of a name, another name for a port, and a name cut to a DNS label. */
final class Names {

	private Names() {
	}

	/**
	 * A typo a person makes: two neighbouring letters swapped (web → wbe, grpc → gprc), or, where no
	 * two neighbours differ, one letter doubled.
	 */
	static String typo(String s) {
		for (int i = 1; i + 1 < s.length(); i++) {
			char a = s.charAt(i);
			char b = s.charAt(i + 1);
			if (a != b && Character.isLetter(a) && Character.isLetter(b)) {
				return s.substring(0, i) + b + a + s.substring(i + 2);
			}
		}
		for (int i = s.length() - 1; i >= 0; i--) {
			if (Character.isLetter(s.charAt(i))) {
				return s.substring(0, i + 1) + s.charAt(i) + s.substring(i + 1);
			}
		}
		return s + "x";
	}

	/** Another valid container port name (at most 15 characters) for a port, as a new image might call it. */
	static String rename(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		return switch (n) {
			case "http" -> "web";
			case "web" -> "http";
			case "grpc" -> "rpc";
			case "metrics" -> "prom";
			case "https" -> "tls";
			default -> {
				String r = "p-" + n;
				yield r.length() <= 15 ? r : r.substring(0, 15).replaceAll("-+$", "");
			}
		};
	}

	/** A name cut to 63 characters without a trailing dash, as metadata.name wants it. */
	static String dns(String name) {
		String n = name.length() <= 63 ? name : name.substring(0, 63);
		return n.replaceAll("-+$", "");
	}
}
