package dev.portpath.sim.validate;

import java.util.HashMap;
import java.util.Map;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;

/**
 * The names the API server gives objects created with {@code metadata.generateName} and no name
 * ({@code names.SimpleNameGenerator}): the prefix, cut to 58 characters, and 5 characters of
 * {@code utilrand.String}'s alphabet. The server draws them at random; PortPath derives them from the
 * object's kind, namespace and prefix and how many objects before it share those, so the same manifests
 * always get the same names and an edit elsewhere in the file does not rename anything.
 */
public final class GeneratedNames {

	/** {@code utilrand}'s alphanums: no vowels and no look-alike digits, so a suffix never spells a word. */
	static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

	/** {@code randomLength}. */
	static final int SUFFIX = 5;

	/** {@code MaxGeneratedNameLength}: a 63-character name less the suffix. */
	static final int MAX_PREFIX = 63 - SUFFIX;

	private GeneratedNames() {
	}

	/** Names objects one at a time, in input order, counting the prefixes met so far. */
	public static final class Namer {

		private final Map<String, Integer> seen = new HashMap<>();

		/** The object, named when it asks for a generated name; otherwise as it is. */
		public Doc name(Doc d) {
			String prefix = d.name().isEmpty() ? text(d.root().path("metadata", "generateName")) : "";
			if (prefix.isEmpty()) {
				return d;
			}
			String key = d.kind() + "/" + d.namespace() + "/" + prefix;
			int n = seen.merge(key, 1, Integer::sum);
			return new Doc(d.root(), d.loc(), d.kind(), d.apiVersion(), GeneratedNames.name(prefix, key + "#" + n), d.namespace());
		}
	}

	/** {@code GenerateName(base)} with a suffix drawn from {@code seed} instead of a random source. */
	static String name(String prefix, String seed) {
		String base = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
		return base + suffix(seed);
	}

	/** FNV-1a of the seed, spent in base-27 digits. */
	private static String suffix(String seed) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < seed.length(); i++) {
			h ^= seed.charAt(i);
			h *= 0x100000001b3L;
		}
		StringBuilder b = new StringBuilder(SUFFIX);
		for (int i = 0; i < SUFFIX; i++) {
			b.append(ALPHABET.charAt((int) Long.remainderUnsigned(h, ALPHABET.length())));
			h = Long.divideUnsigned(h, ALPHABET.length());
		}
		return b.toString();
	}

	/** A string scalar's text; a prefix of any other type is the decoder's error, not a prefix. */
	private static String text(YNode node) {
		return node instanceof YScalar s && s.kind() == YScalar.Kind.STR ? s.value() : "";
	}
}
