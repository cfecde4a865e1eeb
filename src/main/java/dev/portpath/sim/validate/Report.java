package dev.portpath.sim.validate;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.trace.ApiError;

/**
 * The errors for one object, worded as {@code field.Error} renders them and as kubectl prints them.
 * A decode (type) error replaces everything else: the API server stops before validation then.
 */
final class Report {

	private record Entry(int line, int seq, ApiError error) {
	}

	/** A decode error, with what decides which one the decoder returns. */
	private record DecodeEntry(List<String> jsonOrder, boolean aborts, ApiError error) {
	}

	private final Doc doc;

	private final FeatureGates gates;

	private final String kind;

	private final String name;

	private final List<Entry> errors = new ArrayList<>();

	private @Nullable DecodeEntry decode;

	/** Unknown fields met by the strict decoder, each with its place in the order the decoder meets fields. */
	private final List<DecodeEntry> unknown = new ArrayList<>();

	/** kubectl's own check that the object names its kind and apiVersion; nothing is sent without them. */
	private @Nullable ApiError typeMeta;

	private int seq;

	Report(Doc doc, FeatureGates gates) {
		this.doc = doc;
		this.gates = gates;
		this.kind = doc.kind();
		this.name = doc.name();
	}

	Doc doc() {
		return doc;
	}

	/** The feature gates the object is judged by (they differ between Kubernetes releases). */
	FeatureGates gates() {
		return gates;
	}

	void required(At at, String detail, String fix) {
		add(at, "Required value" + (detail.isEmpty() ? "" : ": " + detail), fix);
	}

	void invalid(At at, Object value, String detail, String fix) {
		add(at, "Invalid value: " + GoText.value(value) + (detail.isEmpty() ? "" : ": " + detail), fix);
	}

	void notSupported(At at, Object value, List<String> supported, String fix) {
		add(at, "Unsupported value: " + GoText.value(value) + ": supported values: " + GoText.quotedList(supported), fix);
	}

	void duplicate(At at, Object value, String fix) {
		add(at, "Duplicate value: " + GoText.value(value), fix);
	}

	void forbidden(At at, String detail, String fix) {
		add(at, "Forbidden: " + detail, fix);
	}

	/** {@code field.TooLongMaxLength}: the value itself is not printed. */
	void tooLong(At at, String detail, String fix) {
		add(at, "Too long: " + detail, fix);
	}

	void tooMany(At at, int actual, int max, String fix) {
		add(at, "Too many: " + actual + ": must have at most " + max + " items", fix);
	}

	/** An allocator failure the API server reports as HTTP 500 rather than as a field error. */
	void internal(At at, String detail, String fix) {
		errors.add(new Entry(at.line(), seq++, new ApiError(doc.file(), at.line(), pathOf(at),
				"Internal error occurred: " + detail, fix)));
	}

	/**
	 * The JSON decoder met the wrong type. {@code got} is what it saw ({@code string}, {@code number 1e99},
	 * {@code bool}, {@code object}, {@code array}); {@code struct} is the Go struct holding the field, or
	 * empty when the error comes from a custom unmarshaller (IntOrString).
	 */
	void typeMismatch(At at, String got, String struct, String goType, String fix) {
		String where = struct.isEmpty() ? "Go value" : "Go struct field " + struct + "." + at.jsonPath();
		String message = kind + " in version " + GoText.quote(version()) + " cannot be handled as a " + kind
				+ ": json: cannot unmarshal " + got + " into " + where + " of type " + goType;
		DecodeEntry e = new DecodeEntry(jsonOrder(at.path()), struct.isEmpty(),
				new ApiError(doc.file(), at.line(), pathOf(at), message, fix));
		if (decode == null || wins(e, decode)) {
			decode = e;
		}
	}

	/**
	 * Which decode error the API server returns. kubectl's YAML-to-JSON step sorts keys, so the decoder
	 * walks fields alphabetically and keeps the first type error it meets; an error from a custom
	 * unmarshaller (IntOrString) aborts the walk and is returned instead of any kept one.
	 */
	private static boolean wins(DecodeEntry candidate, DecodeEntry current) {
		if (candidate.aborts() != current.aborts()) {
			return candidate.aborts();
		}
		return compare(candidate.jsonOrder(), current.jsonOrder()) < 0;
	}

	/** {@code spec.ports[1].name} as [spec, ports, #1, name]: keys compare as text, indexes as numbers. */
	private static List<String> jsonOrder(String path) {
		List<String> parts = new ArrayList<>();
		for (String p : path.replace("[", ".#").replace("]", "").split("\\.")) {
			if (!p.isEmpty()) {
				parts.add(p);
			}
		}
		return parts;
	}

	private static int compare(List<String> a, List<String> b) {
		for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
			String x = a.get(i);
			String y = b.get(i);
			int c;
			if (index(x) && index(y)) {
				c = Long.compare(Long.parseLong(x.substring(1)), Long.parseLong(y.substring(1)));
			}
			else {
				c = x.compareTo(y);
			}
			if (c != 0) {
				return c;
			}
		}
		return Integer.compare(a.size(), b.size());
	}

	/**
	 * A field the object's Go type (or CRD schema) does not have. kubectl's default {@code --validate=strict}
	 * asks the API server for {@code fieldValidation=Strict}, and its strict decoder then refuses the object:
	 * {@code Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field
	 * "spec.ports[0].targetport"}. One error per field (the server joins them with ", " in one message), in
	 * the order the decoder meets them: JSON order for built-in types, sorted paths for custom resources.
	 */
	void unknownField(At at, boolean customResource, String fix) {
		String message = kind + " in version " + GoText.quote(version()) + " cannot be handled as a " + kind
				+ ": strict decoding error: unknown field " + GoText.quote(at.path());
		List<String> order = customResource ? List.of(at.path()) : jsonOrder(at.path());
		unknown.add(new DecodeEntry(order, false, new ApiError(doc.file(), at.line(), pathOf(at), message, fix)));
	}

	/** kubectl refuses the object before sending it: no kind or apiVersion ({@link TypeMetaRules}). */
	void typeMeta(ApiError error) {
		typeMeta = error;
	}

	/** The object cannot be decoded: a type error, an unknown field, or no kind. Validation does not run then. */
	/** A list index in a {@link #jsonOrder} path ({@code #12}); a key may start with '#' too. */
	private static boolean index(String part) {
		if (part.length() < 2 || part.length() > 10 || part.charAt(0) != '#') {
			return false;
		}
		for (int i = 1; i < part.length(); i++) {
			if (part.charAt(i) < '0' || part.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	boolean decodeFailed() {
		return decode != null || !unknown.isEmpty() || typeMeta != null;
	}

	/** No error of any kind so far. */
	boolean clean() {
		return !decodeFailed() && errors.isEmpty();
	}

	int size() {
		return errors.size();
	}

	/** The line of the last error so far (the object's first line when there is none). */
	int lastLine() {
		return errors.stream().mapToInt(Entry::line).max().orElse(doc.loc().line());
	}

	/** The errors in line order (ties keep the order Kubernetes reports them in). */
	List<ApiError> result() {
		if (typeMeta != null) {
			return List.of(typeMeta);
		}
		if (decode != null) {
			return List.of(decode.error());
		}
		if (!unknown.isEmpty()) {
			return unknown.stream().sorted((a, b) -> compare(a.jsonOrder(), b.jsonOrder())).map(DecodeEntry::error).toList();
		}
		return errors.stream()
			.sorted(Comparator.comparingInt(Entry::line).thenComparingInt(Entry::seq))
			.map(Entry::error)
			.toList();
	}

	/** The version part of apiVersion, as the API server names it in decode errors. */
	private String version() {
		return doc.apiVersion().substring(doc.apiVersion().lastIndexOf('/') + 1);
	}

	private void add(At at, String body, String fix) {
		String message = "The " + kind + " " + GoText.quote(name) + " is invalid: " + at.path() + ": " + body;
		errors.add(new Entry(at.line(), seq++, new ApiError(doc.file(), at.line(), pathOf(at), message, fix)));
	}

	private String pathOf(At at) {
		return doc.id() + "/" + at.path();
	}
}
