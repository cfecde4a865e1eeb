package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;
import dev.portpath.sim.parse.YSeq;

/**
 * One custom resource checked as the API server's CRD validator checks it: the OpenAPI schema first (types,
 * required fields, bounds, patterns, list sizes), each error worded as go-openapi words it, then the CEL
 * rules ({@code x-kubernetes-validations}). Schema errors of the "blocking" kinds (required, unsupported,
 * too long, too many, wrong type) stop the CEL rules, and the API server then adds its "some validation
 * rules were not checked" note; so a failed CEL rule is held back until {@link #finish} knows.
 */
final class CrdSchema {

	static final String NOT_CHECKED = "some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

	private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

	private final Report r;

	private final At root;

	private final List<Runnable> celErrors = new ArrayList<>();

	private boolean blocked;

	CrdSchema(Report r, At root) {
		this.r = r;
		this.root = root;
	}

	Report report() {
		return r;
	}

	/**
	 * Ends the object: the held-back CEL errors if the schema pass left nothing blocking, else the API
	 * server's note that they were skipped (only for a kind whose CRD has CEL rules).
	 */
	void finish(boolean hasCel) {
		if (!blocked) {
			celErrors.forEach(Runnable::run);
			return;
		}
		if (hasCel) {
			// The note has no field; kubectl prints it after the schema errors, so it sorts after the last one.
			r.invalid(new At("<nil>", root.node(), r.lastLine()), new GoText.Raw("null"), NOT_CHECKED,
					"fix the errors above; the CRD's CEL rules run only on an object that passes its schema");
		}
	}

	/**
	 * {@code ValidateObjectMetaAccessor} with {@code NameIsDNSSubdomain}, which the API server runs on every custom
	 * resource before its schema. A missing name is a Required error, so it also keeps the CEL rules from running.
	 */
	void objectMeta() {
		ObjectMetaRules.Names names = ObjectMetaRules.readUnstructured(r, root);
		ObjectMetaRules.validate(r, names, ObjectMetaRules.NameFormat.DNS1123_SUBDOMAIN);
		if (names.name().isEmpty()) {
			blocked = true;
		}
	}

	// ---- types: each returns the value when it has the schema's type ----

	/** A required object: absent is a required error; otherwise as {@link #object}. */
	boolean requiredObject(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return false;
		}
		return object(at);
	}

	/** True for a mapping; absent or null is false without error (nulls are pruned); other values are type errors. */
	boolean object(At at) {
		if (at.absent()) {
			return false;
		}
		if (at.node() instanceof YMap) {
			return true;
		}
		typeError(at, "object");
		return false;
	}

	Optional<List<At>> array(At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YSeq seq) {
			return Optional.of(Json.items(at, seq));
		}
		typeError(at, "array");
		return Optional.empty();
	}

	Optional<String> string(At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		if (at.node() instanceof YScalar s && s.kind() == YScalar.Kind.STR) {
			return Optional.of(s.value());
		}
		typeError(at, "string");
		return Optional.empty();
	}

	Optional<Long> integer(At at) {
		if (at.absent()) {
			return Optional.empty();
		}
		Optional<Long> n = Json.number(at.node());
		if (n.isEmpty()) {
			typeError(at, "integer");
		}
		return n;
	}

	Optional<String> requiredString(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return Optional.empty();
		}
		return string(at);
	}

	Optional<Long> requiredInteger(At at, String fix) {
		if (at.absent()) {
			required(at, fix);
			return Optional.empty();
		}
		return integer(at);
	}

	// ---- constraints: each reports as the CRD validator does ----

	void required(At at, String fix) {
		r.required(at, "", fix);
		blocked = true;
	}

	/** {@code minimum}/{@code maximum}; both are checked, so a value can break only one of them. */
	void range(At at, long v, long min, long max, String fix) {
		if (v > max) {
			r.invalid(at, v, at.path() + " in body should be less than or equal to " + max, fix);
		}
		if (v < min) {
			r.invalid(at, v, at.path() + " in body should be greater than or equal to " + min, fix);
		}
	}

	void maxItems(At at, int n, int max, String fix) {
		if (n > max) {
			r.tooMany(at, n, max, fix);
			blocked = true;
		}
	}

	/** {@code minItems}: not a blocking error, so CEL rules still run. */
	void minItems(At at, int n, int min, String fix) {
		r.invalid(at, (long) n, at.path() + " in body should have at least " + min + " items", fix);
	}

	/** {@code minLength}/{@code maxLength}, counted in characters as go-openapi counts them. */
	void length(At at, String v, int min, int max, String fix) {
		int chars = v.codePointCount(0, v.length());
		if (chars > max) {
			tooLong(at, max, fix);
		}
		if (chars < min) {
			r.invalid(at, v, at.path() + " in body should be at least " + min + " chars long", fix);
		}
	}

	void tooLong(At at, int max, String fix) {
		r.tooLong(at, "may not be more than " + max + " bytes", fix);
		blocked = true;
	}

	void pattern(At at, String v, String pattern, String fix) {
		if (!matches(pattern, v)) {
			r.invalid(at, v, at.path() + " in body should match '" + pattern + "'", fix);
		}
	}

	void enumOf(At at, String v, List<String> values, String fix) {
		if (!values.contains(v)) {
			r.notSupported(at, v, values, fix);
			blocked = true;
		}
	}

	/** An enum of integers (a redirect's statusCode): the value is printed bare, the supported values quoted. */
	void enumOf(At at, long v, List<String> values, String fix) {
		if (!values.contains(Long.toString(v))) {
			r.notSupported(at, v, values, fix);
			blocked = true;
		}
	}

	/** A failed CEL rule on a value of OpenAPI {@code type}, reported only if the schema pass leaves nothing blocking. */
	void cel(At at, String type, String message, String fix) {
		celErrors.add(() -> r.invalid(at, type, message, fix));
	}

	/** Go's {@code regexp.MatchString}: the pattern may match anywhere unless it is anchored. */
	static boolean matches(String pattern, String v) {
		return PATTERNS.computeIfAbsent(pattern, Pattern::compile).matcher(v).find();
	}

	// ---- type errors ----

	/** {@code InvalidTypeCode}: {@code Invalid value: "string": spec.x in body must be of type integer: "string"}. */
	private void typeError(At at, String want) {
		String got = typeName(at.node());
		r.invalid(at, got, at.path() + " in body must be of type " + want + ": " + GoText.quote(got), typeFix(at, want));
		blocked = true;
	}

	private static String typeFix(At at, String want) {
		return switch (want) {
			case "integer" -> "write a whole number without quotes";
			case "string" -> "write this value as text; quote it if it looks like a number or a boolean";
			case "array" -> "write " + lastKey(at) + " as a list, one item per line starting with '-'";
			default -> "write " + lastKey(at) + " as a set of fields (key: value)";
		};
	}

	/** The JSON type name go-openapi reports for a value. */
	private static String typeName(YNode n) {
		if (n instanceof YMap) {
			return "object";
		}
		if (n instanceof YSeq) {
			return "array";
		}
		if (n instanceof YScalar s) {
			return switch (s.kind()) {
				case BOOL -> "boolean";
				case INT -> "integer";
				case FLOAT -> Json.number(n).isPresent() ? "integer" : "number";
				case NULL -> "null";
				default -> "string";
			};
		}
		return "null";
	}

	private static String lastKey(At at) {
		String p = at.jsonPath();
		return p.substring(p.lastIndexOf('.') + 1);
	}
}
