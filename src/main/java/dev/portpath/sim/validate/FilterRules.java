package dev.portpath.sim.validate;

import java.util.List;
import java.util.Optional;

/**
 * The filters of an HTTPRoute or GRPCRoute rule and of its backendRefs as the CRDs validate them
 * ({@code HTTPRouteFilter}, {@code GRPCRouteFilter}): the type, the one field that goes with it, the path
 * modifier, redirect and mirror fields; then the CEL rules on the filter list (no RequestRedirect beside a
 * URLRewrite, no repeats) and on the rule (no RequestRedirect beside backendRefs, ReplacePrefixMatch only
 * with exactly one PathPrefix match), with the CRDs' own messages.
 */
final class FilterRules {

	static final List<String> HTTP_TYPES = List.of("RequestHeaderModifier", "ResponseHeaderModifier", "RequestMirror",
			"RequestRedirect", "URLRewrite", "ExtensionRef", "CORS");

	static final List<String> GRPC_TYPES = List.of("ResponseHeaderModifier", "RequestHeaderModifier", "RequestMirror",
			"ExtensionRef");

	/** Each filter type's own field, in the order the CRD's union rules check them. */
	private static final List<String[]> UNION = List.of(new String[] { "CORS", "cors" },
			new String[] { "RequestHeaderModifier", "requestHeaderModifier" },
			new String[] { "ResponseHeaderModifier", "responseHeaderModifier" },
			new String[] { "RequestMirror", "requestMirror" }, new String[] { "RequestRedirect", "requestRedirect" },
			new String[] { "URLRewrite", "urlRewrite" }, new String[] { "ExtensionRef", "extensionRef" });

	private static final String PREFIX_FIX = "give the rule exactly one match, of type PathPrefix (ReplacePrefixMatch replaces"
			+ " the prefix that match names), or use ReplaceFullPath";

	private final CrdSchema s;

	FilterRules(CrdSchema s) {
		this.s = s;
	}

	/** An HTTPRoute rule's filters and its backendRefs' filters, then the rule's CEL rules. */
	void httpRule(At rule) {
		filters(rule.child("filters"), HTTP_TYPES, true);
		List<At> backends = s.array(rule.child("backendRefs")).orElse(List.of());
		for (At b : backends) {
			if (s.object(b)) {
				filters(b.child("filters"), HTTP_TYPES, true);
			}
		}
		List<At> filters = s.array(rule.child("filters")).orElse(List.of());
		if (!backends.isEmpty() && filters.stream().anyMatch(f -> !f.child("requestRedirect").absent())) {
			s.cel(rule, "object", "RequestRedirect filter must not be used together with backendRefs",
					"send the redirect from a rule of its own, without backendRefs (the redirect answers the client, so no"
							+ " backend would get the request)");
		}
		boolean onePrefix = onePathPrefix(rule);
		if (prefixModifiers(filters, "requestRedirect") == 1 && !onePrefix) {
			s.cel(rule, "object", "When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match"
					+ " must be specified", PREFIX_FIX);
		}
		if (prefixModifiers(filters, "urlRewrite") == 1 && !onePrefix) {
			s.cel(rule, "object", "When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match"
					+ " must be specified", PREFIX_FIX);
		}
		for (String kind : List.of("requestRedirect", "urlRewrite")) {
			long with = backends.stream()
				.filter(b -> prefixModifiers(s.array(b.child("filters")).orElse(List.of()), kind) == 1)
				.count();
			if (with == 1 && !onePrefix) {
				s.cel(rule, "object", kind.equals("urlRewrite")
						? "Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"
						: "Within backendRefs, when using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified",
						PREFIX_FIX);
			}
		}
	}

	/** A GRPCRoute rule's filters and its backendRefs' filters. */
	void grpcRule(At rule) {
		filters(rule.child("filters"), GRPC_TYPES, false);
		for (At b : s.array(rule.child("backendRefs")).orElse(List.of())) {
			if (s.object(b)) {
				filters(b.child("filters"), GRPC_TYPES, false);
			}
		}
	}

	/** After defaulting (an absent matches is one PathPrefix "/" match, an absent path is PathPrefix "/"). */
	private boolean onePathPrefix(At rule) {
		At matchesAt = rule.child("matches");
		if (matchesAt.absent()) {
			return true;
		}
		List<At> matches = s.array(matchesAt).orElse(List.of());
		if (matches.size() != 1) {
			return false;
		}
		return s.string(matches.get(0).child("path").child("type")).orElse("PathPrefix").equals("PathPrefix");
	}

	/** How many filters of the list have {@code kind}.path of type ReplacePrefixMatch with replacePrefixMatch set. */
	private long prefixModifiers(List<At> filters, String kind) {
		return filters.stream().map(f -> f.child(kind).child("path"))
			.filter(p -> s.string(p.child("type")).orElse("").equals("ReplacePrefixMatch") && !p.child("replacePrefixMatch").absent())
			.count();
	}

	private void filters(At at, List<String> types, boolean http) {
		Optional<List<At>> list = s.array(at);
		if (list.isEmpty()) {
			return;
		}
		s.maxItems(at, list.get().size(), 16, "use at most 16 filters");
		for (At f : list.get()) {
			if (s.object(f)) {
				filter(f, types);
			}
		}
		List<String> written = list.get().stream().map(f -> s.string(f.child("type")).orElse("")).toList();
		if (http && written.contains("RequestRedirect") && written.contains("URLRewrite")) {
			s.cel(at, "array", "May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both",
					"a redirect answers the client and a rewrite changes what the backend gets: keep one of them in this rule");
		}
		for (String t : http ? List.of("CORS", "RequestHeaderModifier", "ResponseHeaderModifier", "RequestRedirect", "URLRewrite")
				: List.of("RequestHeaderModifier", "ResponseHeaderModifier")) {
			if (written.stream().filter(t::equals).count() > 1) {
				s.cel(at, "array", t + " filter cannot be repeated", "merge the " + t + " filters into one");
			}
		}
	}

	private void filter(At f, List<String> types) {
		At typeAt = f.child("type");
		Optional<String> type = s.requiredString(typeAt, "add the filter's type, such as RequestHeaderModifier");
		type.ifPresent(t -> s.enumOf(typeAt, t, types, "use one of " + String.join(", ", types)));
		String t = type.orElse("");
		for (String[] u : UNION) {
			if (!types.contains(u[0])) {
				continue;
			}
			boolean has = !f.child(u[1]).absent();
			if (has && !t.equals(u[0])) {
				s.cel(f, "object", "filter." + u[1] + " must be nil if the filter.type is not " + u[0],
						"move " + u[1] + " to a filter of type " + u[0] + ", or remove it");
			}
			if (!has && t.equals(u[0])) {
				s.cel(f, "object", "filter." + u[1] + " must be specified for " + u[0] + " filter.type",
						"add " + u[1] + " with the filter's settings");
			}
		}
		pathModifier(f.child("requestRedirect").child("path"));
		pathModifier(f.child("urlRewrite").child("path"));
		redirect(f.child("requestRedirect"));
		mirror(f.child("requestMirror"));
	}

	private void pathModifier(At at) {
		if (at.absent() || !s.object(at)) {
			return;
		}
		At typeAt = at.child("type");
		String type = s.requiredString(typeAt, "add type: ReplaceFullPath or ReplacePrefixMatch").orElse("");
		if (!type.isEmpty()) {
			s.enumOf(typeAt, type, List.of("ReplaceFullPath", "ReplacePrefixMatch"), "use ReplaceFullPath or ReplacePrefixMatch");
		}
		for (String[] kind : List.of(new String[] { "ReplaceFullPath", "replaceFullPath" },
				new String[] { "ReplacePrefixMatch", "replacePrefixMatch" })) {
			boolean has = !at.child(kind[1]).absent();
			if (type.equals(kind[0]) && !has) {
				s.cel(at, "object", kind[1] + " must be specified when type is set to '" + kind[0] + "'", "add " + kind[1]);
			}
			if (has && !type.equals(kind[0])) {
				s.cel(at, "object", "type must be '" + kind[0] + "' when " + kind[1] + " is set", "set type: " + kind[0]);
			}
		}
	}

	private void redirect(At at) {
		if (at.absent() || !s.object(at)) {
			return;
		}
		At scheme = at.child("scheme");
		s.string(scheme).ifPresent(v -> s.enumOf(scheme, v, List.of("http", "https"), "use http or https"));
		At code = at.child("statusCode");
		s.integer(code).ifPresent(v -> s.enumOf(code, (long) v, List.of("301", "302", "303", "307", "308"),
				"use 301 or 302 (or 303, 307, 308 where the implementation supports them)"));
		GatewayTypes.portNumber(s, at.child("port"), "use the port the client should go to, 1-65535");
	}

	private void mirror(At at) {
		if (at.absent() || !s.object(at)) {
			return;
		}
		At percent = at.child("percent");
		s.integer(percent).ifPresent(v -> s.range(percent, v, 0, 100, "use a percent between 0 and 100"));
		At fraction = at.child("fraction");
		if (!percent.absent() && !fraction.absent()) {
			s.cel(at, "object", "Only one of percent or fraction may be specified in HTTPRequestMirrorFilter",
					"keep percent or fraction, not both");
		}
		if (!fraction.absent() && s.object(fraction)) {
			long numerator = s.integer(fraction.child("numerator")).orElse(0L);
			long denominator = s.integer(fraction.child("denominator")).orElse(100L);
			if (numerator > denominator) {
				s.cel(fraction, "object", "numerator must be less than or equal to denominator",
						"mirror at most every request: a numerator no larger than the denominator");
			}
		}
	}
}
