package dev.portpath.sim.validate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;
import dev.portpath.sim.parse.YSeq;

/**
 * Reads fields with the types the API server's JSON decoder expects (kubectl sends YAML as JSON), and
 * records a decode error in the decoder's words when a value has the wrong type. Absent and null fields
 * read as empty, which is the Go zero value.
 */
final class Json {

	/** A value of an {@code intstr.IntOrString} field (targetPort). */
	record IntOrString(boolean isInt, long intValue, String strValue) {

		boolean isZero() {
			return isInt ? intValue == 0 : strValue.isEmpty();
		}
	}

	private static final long INT32_MIN = Integer.MIN_VALUE;

	private static final long INT32_MAX = Integer.MAX_VALUE;

	private Json() {
	}

	static OptionalLong int32(Report r, At at, String struct) {
		if (at.absent()) {
			return OptionalLong.empty();
		}
		Optional<Long> n = number(at.node());
		if (n.isPresent() && n.get() >= INT32_MIN && n.get() <= INT32_MAX) {
			return OptionalLong.of(n.get());
		}
		r.typeMismatch(at, got(at.node(), true), struct, "int32",
				"write a whole number without quotes (" + key(at) + ": 8080)");
		return OptionalLong.empty();
	}

	static Optional<String> string(Report r, At at, String struct, String goType) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YScalar s && s.kind() == YScalar.Kind.STR) {
			return Optional.of(s.value());
		}
		r.typeMismatch(at, got(at.node(), false), struct, goType,
				"write this value as text; quote it if it looks like a number or a boolean (" + key(at) + ": \"...\")");
		return Optional.empty();
	}

	static Optional<Boolean> bool(Report r, At at, String struct) {
		if (at.absent()) {
			return Optional.empty();
		}
		Optional<Boolean> b = at.node().bool();
		if (b.isPresent()) {
			return b;
		}
		r.typeMismatch(at, got(at.node(), false), struct, "bool", "write true or false without quotes");
		return Optional.empty();
	}

	/** Each item of a list, with its index in the field path. */
	static List<At> items(At at, YSeq seq) {
		List<At> items = new ArrayList<>();
		for (int i = 0; i < seq.items().size(); i++) {
			items.add(at.index(i, seq.items().get(i)));
		}
		return items;
	}

	/** A list field; empty when absent, the items (possibly none) when written as a list. */
	static Optional<List<At>> list(Report r, At at, String struct, String sliceType) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YSeq seq) {
			return Optional.of(items(at, seq));
		}
		r.typeMismatch(at, got(at.node(), false), struct, sliceType,
				"write " + key(at) + " as a list, one item per line starting with '-'");
		return Optional.empty();
	}

	/** A list of objects; items that are not mappings are decode errors (null items decode as zero objects). */
	static List<At> objects(Report r, At at, String struct, String elemType) {
		List<At> out = new ArrayList<>();
		for (At item : list(r, at, struct, "[]" + elemType).orElse(List.of())) {
			if (item.node() instanceof YMap || item.absent()) {
				out.add(item);
			}
			else {
				r.typeMismatch(item, got(item.node(), false), struct, elemType,
						"write each item of " + key(at) + " as a set of fields (key: value), not a single value");
			}
		}
		return out;
	}

	/** Strings of a {@code []string}-like list; non-string items are decode errors. */
	static List<String> strings(Report r, At at, String struct, String elemType, List<At> itemsOut) {
		List<String> out = new ArrayList<>();
		for (At item : list(r, at, struct, "[]" + elemType).orElse(List.of())) {
			if (item.absent()) {
				out.add("");
				itemsOut.add(item);
			}
			else if (item.node() instanceof YScalar s && s.kind() == YScalar.Kind.STR) {
				out.add(s.value());
				itemsOut.add(item);
			}
			else {
				r.typeMismatch(item, got(item.node(), false), struct, elemType,
						"write each item of " + key(at) + " as text");
			}
		}
		return out;
	}

	/** One entry of a {@code map[string]string}: the key, where the key is written, and the value (null reads as ""). */
	record MapEntry(String key, int line, String value) {
	}

	/**
	 * A {@code map[string]string} field (labels, annotations). The decoder names the map itself when a value
	 * has the wrong type, so the error points at the value's line but carries the map's path.
	 */
	static List<MapEntry> stringMap(Report r, At at, String struct) {
		List<MapEntry> out = new ArrayList<>();
		if (at.absent()) {
			return out;
		}
		if (!(at.node() instanceof YMap m)) {
			r.typeMismatch(at, got(at.node(), false), struct, "map[string]string",
					"write " + key(at) + " as key: value pairs, one per line");
			return out;
		}
		for (YMap.Entry e : m.entries().values()) {
			YNode v = e.value();
			if (v instanceof YScalar s && s.kind() == YScalar.Kind.STR) {
				out.add(new MapEntry(e.key(), e.keyLoc().line(), s.value()));
			}
			else if (!v.present() || (v instanceof YScalar s && s.kind() == YScalar.Kind.NULL)) {
				out.add(new MapEntry(e.key(), e.keyLoc().line(), ""));
			}
			else {
				r.typeMismatch(new At(at.path(), v, e.keyLoc().line()), got(v, false), struct, "string",
						"quote the value of " + e.key() + " (" + e.key() + ": \"...\"): label and annotation values are text");
			}
		}
		return out;
	}

	/** True when the field is a mapping; absent is false without error, anything else is a decode error. */
	static boolean object(Report r, At at, String struct, String goType) {
		if (at.absent()) {
			return false;
		}
		if (at.node() instanceof YMap) {
			return true;
		}
		r.typeMismatch(at, got(at.node(), false), struct, goType,
				"write " + key(at) + " as a set of fields (key: value), not a single value or a list");
		return false;
	}

	/** An {@code intstr.IntOrString}: its own unmarshaller reports wrong types without a struct name. */
	static Optional<IntOrString> intOrString(Report r, At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YScalar s && s.kind() == YScalar.Kind.STR) {
			return Optional.of(new IntOrString(false, 0, s.value()));
		}
		Optional<Long> n = number(at.node());
		if (n.isPresent() && n.get() >= INT32_MIN && n.get() <= INT32_MAX) {
			return Optional.of(new IntOrString(true, n.get(), ""));
		}
		r.typeMismatch(at, got(at.node(), true), "", "int32",
				"write a port number (" + key(at) + ": 8080) or a port name (" + key(at) + ": http)");
		return Optional.empty();
	}

	/**
	 * The integer a YAML number becomes after kubectl's YAML-to-JSON step: ints as written, floats that
	 * are whole numbers as that number (JSON prints 80.0 as 80).
	 */
	static Optional<Long> number(YNode node) {
		if (!(node instanceof YScalar s)) {
			return Optional.empty();
		}
		if (s.kind() == YScalar.Kind.INT) {
			return s.integer();
		}
		if (s.kind() == YScalar.Kind.FLOAT) {
			try {
				BigDecimal d = new BigDecimal(s.value().replace("_", ""));
				return Optional.of(d.longValueExact());
			}
			catch (ArithmeticException | NumberFormatException ex) {
				return Optional.empty();
			}
		}
		return Optional.empty();
	}

	/** How {@code UnmarshalTypeError} names what it found. */
	private static String got(YNode node, boolean intTarget) {
		if (node instanceof YMap) {
			return "object";
		}
		if (node instanceof YSeq) {
			return "array";
		}
		if (node instanceof YScalar s) {
			switch (s.kind()) {
				case BOOL:
					return "bool";
				case INT:
				case FLOAT:
					return intTarget ? "number " + literal(s) : "number";
				default:
					return "string";
			}
		}
		return "null";
	}

	private static String literal(YScalar s) {
		if (s.kind() == YScalar.Kind.INT) {
			return s.integer().map(String::valueOf).orElse(s.value());
		}
		try {
			return new BigDecimal(s.value().replace("_", "")).stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return s.value();
		}
	}

	private static String key(At at) {
		String p = at.jsonPath();
		return p.substring(p.lastIndexOf('.') + 1);
	}
}
