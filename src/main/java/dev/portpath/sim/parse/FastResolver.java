package dev.portpath.sim.parse;

import java.util.Set;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The kind of a scalar as SnakeYAML's YAML 1.1 tags decide it, without regular expressions for the values
 * manifests are made of. The default resolver runs its null patterns on every plain scalar, and its bool
 * pattern on every key that starts with n, t, f or o (name, namespace, targetPort): a quarter of the compose
 * time. This one gives the same answer: words are looked up, plain decimal integers are recognised by a
 * loop, a sign before a letter is text, and any other value that could be a number, a timestamp, a merge
 * key or null goes to the default resolver. That one (and SnakeYAML's Tag class, whose set-up loads
 * java.sql) is only made when such a value turns up: a cold command line is spared about 10 ms.
 * FastResolverTest compares the two over a table of values and random ones.
 */
final class FastResolver {

	/** Where a tag written with {@code !!} points; the parser expands the handle to it. */
	static final String YAML_TAGS = "tag:yaml.org,2002:";

	/** The tags of the YAML 1.1 types (SnakeYAML's {@code Tag.standardTags}). */
	private static final Set<String> STANDARD = Set.of("yaml", "merge", "set", "pairs", "omap", "binary", "int", "float",
			"timestamp", "bool", "null", "str", "seq", "map");

	private static final Set<String> BOOLS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
			"false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");

	private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL", " ");

	private FastResolver() {
	}

	/** The kind of a plain ({@code implicit}) or quoted scalar without a written tag. */
	static YScalar.Kind kind(String value, boolean implicit) {
		if (!implicit) {
			return YScalar.Kind.STR;
		}
		if (value.isEmpty()) {
			return YScalar.Kind.NULL;
		}
		char first = value.charAt(0);
		switch (first) {
			case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O' -> {
				// the bool words first (registered first), then the null words, which apply to any value
				return BOOLS.contains(value) ? YScalar.Kind.BOOL : NULLS.contains(value) ? YScalar.Kind.NULL : YScalar.Kind.STR;
			}
			case '1', '2', '3', '4', '5', '6', '7', '8', '9' -> {
				return decimal(value) ? YScalar.Kind.INT : Fallback.kind(value);
			}
			case '-', '+' -> {
				// a number after a sign starts with a digit or a dot (-1, +.5, -.inf); anything else is text
				char second = value.length() > 1 ? value.charAt(1) : ' ';
				return (second >= '0' && second <= '9') || second == '.' ? Fallback.kind(value) : YScalar.Kind.STR;
			}
			case '0' -> {
				return value.length() == 1 ? YScalar.Kind.INT : Fallback.kind(value);
			}
			case '.', '<', '~', ' ' -> {
				return Fallback.kind(value);
			}
			default -> {
				// no implicit resolver starts with this character (!, & and * only match themselves, as !!yaml,
				// which is read as text), and the null patterns need ~, n, N or ' '
				return YScalar.Kind.STR;
			}
		}
	}

	/** The kind a written tag (its handle expanded) gives a scalar. */
	static YScalar.Kind kindOfTag(String tag) {
		return switch (tag) {
			case YAML_TAGS + "int" -> YScalar.Kind.INT;
			case YAML_TAGS + "float" -> YScalar.Kind.FLOAT;
			case YAML_TAGS + "bool" -> YScalar.Kind.BOOL;
			case YAML_TAGS + "null" -> YScalar.Kind.NULL;
			default -> YScalar.Kind.STR;
		};
	}

	/**
	 * A global tag that is not one of YAML's own types (a class name such as {@code !!java.io.File}): the tag
	 * SnakeYAML's untrusted tag inspector refuses, so that no type named in a manifest is ever constructed.
	 */
	static boolean customGlobal(String tag) {
		return tag.startsWith(YAML_TAGS) && !STANDARD.contains(tag.substring(YAML_TAGS.length()));
	}

	/** [1-9][0-9]*: the base-10 branch of the INT pattern, which SnakeYAML tries before FLOAT and TIMESTAMP. */
	private static boolean decimal(String value) {
		if (value.length() > 1024) {
			return false;
		}
		for (int i = 1; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	/** SnakeYAML's own resolver, made the first time a value needs its patterns. */
	private static final class Fallback {

		private static final Resolver RESOLVER = new Resolver();

		static YScalar.Kind kind(String value) {
			Tag tag = RESOLVER.resolve(NodeId.scalar, value, true);
			return Tag.INT.equals(tag) ? YScalar.Kind.INT : Tag.FLOAT.equals(tag) ? YScalar.Kind.FLOAT
					: Tag.BOOL.equals(tag) ? YScalar.Kind.BOOL : Tag.NULL.equals(tag) ? YScalar.Kind.NULL : YScalar.Kind.STR;
		}
	}
}
