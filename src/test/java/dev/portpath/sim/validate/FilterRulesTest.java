package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static dev.portpath.sim.validate.GatewayRulesTest.httpRule;
import static dev.portpath.sim.validate.GatewayRulesTest.route;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * HTTPRoute and GRPCRoute filters as the Gateway API CRDs validate them (apis/v1/httproute_types.go,
 * HTTPRouteRule, HTTPRouteFilter, HTTPPathModifier, HTTPRequestMirrorFilter), with the CRDs' CEL messages.
 * The rule of each case starts on line 7.
 */
class FilterRulesTest {

	private static final String H = "The HTTPRoute \"r\" is invalid: ";

	private static final String RULE = "L7 " + H + "spec.rules[0]: Invalid value: \"object\": ";

	private static final String NOT_CHECKED = "<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

	private static final String BACKEND = "  backendRefs: [{name: web, port: 80}]";

	private static String rewrite(String matches, String path) {
		return "- " + matches + "\n  filters:\n  - type: URLRewrite\n    urlRewrite:\n      path: " + path + "\n" + BACKEND;
	}

	static Stream<Arguments> combinations() {
		return Stream.of(
				bad("redirect-beside-backend-refs", httpRule("- filters:\n  - {type: RequestRedirect, requestRedirect: {scheme: https}}\n" + BACKEND),
						RULE + "RequestRedirect filter must not be used together with backendRefs"),
				bad("replace-prefix-match-with-exact-match", httpRule(rewrite("matches: [{path: {type: Exact, value: /api}}]",
						"{type: ReplacePrefixMatch, replacePrefixMatch: /v2}")),
						RULE + "When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
				bad("replace-prefix-match-with-two-matches", httpRule(rewrite("matches: [{path: {value: /a}}, {path: {value: /b}}]",
						"{type: ReplacePrefixMatch, replacePrefixMatch: /v2}")),
						RULE + "When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
				bad("redirect-replace-prefix-match-with-regex-match", httpRule("- matches: [{path: {type: RegularExpression, value: /a.*}}]\n"
						+ "  filters:\n  - {type: RequestRedirect, requestRedirect: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /b}}}"),
						RULE + "When using RequestRedirect filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
				bad("backend-ref-rewrite-replace-prefix-with-exact-match", httpRule("- matches: [{path: {type: Exact, value: /a}}]\n"
						+ "  backendRefs:\n  - name: web\n    port: 80\n    filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /b}}}]"),
						RULE + "Within backendRefs, When using URLRewrite filter with path.replacePrefixMatch, exactly one PathPrefix match must be specified"),
				bad("redirect-and-rewrite-in-one-rule", httpRule("- filters:\n  - {type: RequestRedirect, requestRedirect: {scheme: https}}\n"
						+ "  - {type: URLRewrite, urlRewrite: {hostname: b.example.com}}"),
						"L7 " + H + "spec.rules[0].filters: Invalid value: \"array\": May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both"),
				bad("request-header-modifier-twice", httpRule("- filters:\n  - {type: RequestHeaderModifier, requestHeaderModifier: {set: [{name: a, value: b}]}}\n"
						+ "  - {type: RequestHeaderModifier, requestHeaderModifier: {remove: [c]}}\n" + BACKEND),
						"L7 " + H + "spec.rules[0].filters: Invalid value: \"array\": RequestHeaderModifier filter cannot be repeated"),
				ok("replace-prefix-match-with-one-prefix-match", httpRule(rewrite("matches: [{path: {type: PathPrefix, value: /api}}]",
						"{type: ReplacePrefixMatch, replacePrefixMatch: /v2}"))),
				ok("replace-prefix-match-without-matches-is-defaulted-to-prefix-root", httpRule("- filters:\n  - type: URLRewrite\n"
						+ "    urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /v2}}\n" + BACKEND)),
				ok("replace-prefix-match-with-a-header-match-whose-path-is-defaulted", httpRule(rewrite("matches: [{headers: [{name: x, value: y}]}]",
						"{type: ReplacePrefixMatch, replacePrefixMatch: /v2}"))),
				ok("replace-full-path-with-exact-match", httpRule(rewrite("matches: [{path: {type: Exact, value: /a}}]",
						"{type: ReplaceFullPath, replaceFullPath: /b}"))),
				ok("two-mirrors", httpRule("- filters:\n  - {type: RequestMirror, requestMirror: {backendRef: {name: a, port: 80}}}\n"
						+ "  - {type: RequestMirror, requestMirror: {backendRef: {name: b, port: 80}}}\n" + BACKEND)));
	}

	static Stream<Arguments> filterFields() {
		String f = "L7 " + H + "spec.rules[0].filters[0]";
		return Stream.of(
				bad("type-unknown", httpRule("- filters: [{type: Rewrite}]\n" + BACKEND),
						f + ".type: Unsupported value: \"Rewrite\": supported values: \"RequestHeaderModifier\", \"ResponseHeaderModifier\", \"RequestMirror\", \"RequestRedirect\", \"URLRewrite\", \"ExtensionRef\", \"CORS\"",
						"L7 " + H + NOT_CHECKED),
				bad("type-without-its-field", httpRule("- filters: [{type: RequestHeaderModifier}]\n" + BACKEND),
						f + ": Invalid value: \"object\": filter.requestHeaderModifier must be specified for RequestHeaderModifier filter.type"),
				bad("field-of-another-type", httpRule("- filters: [{type: URLRewrite, requestRedirect: {scheme: https}}]\n" + BACKEND),
						f + ": Invalid value: \"object\": filter.requestRedirect must be nil if the filter.type is not RequestRedirect",
						f + ": Invalid value: \"object\": filter.urlRewrite must be specified for URLRewrite filter.type",
						RULE + "RequestRedirect filter must not be used together with backendRefs"),
				bad("replace-full-path-without-value", httpRule("- filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath}}}]\n" + BACKEND),
						f + ".urlRewrite.path: Invalid value: \"object\": replaceFullPath must be specified when type is set to 'ReplaceFullPath'"),
				bad("replace-prefix-value-with-full-path-type", httpRule("- filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplaceFullPath, replaceFullPath: /a, replacePrefixMatch: /b}}}]\n" + BACKEND),
						f + ".urlRewrite.path: Invalid value: \"object\": type must be 'ReplacePrefixMatch' when replacePrefixMatch is set"),
				bad("redirect-status-code-300", httpRule("- filters: [{type: RequestRedirect, requestRedirect: {statusCode: 300}}]"),
						f + ".requestRedirect.statusCode: Unsupported value: 300: supported values: \"301\", \"302\", \"303\", \"307\", \"308\"",
						"L7 " + H + NOT_CHECKED),
				bad("redirect-scheme-ftp", httpRule("- filters: [{type: RequestRedirect, requestRedirect: {scheme: ftp}}]"),
						f + ".requestRedirect.scheme: Unsupported value: \"ftp\": supported values: \"http\", \"https\"",
						"L7 " + H + NOT_CHECKED),
				bad("mirror-percent-and-fraction", httpRule("- filters: [{type: RequestMirror, requestMirror: {backendRef: {name: a, port: 80}, percent: 10, fraction: {numerator: 1}}}]\n" + BACKEND),
						f + ".requestMirror: Invalid value: \"object\": Only one of percent or fraction may be specified in HTTPRequestMirrorFilter"),
				bad("mirror-fraction-above-one", httpRule("- filters: [{type: RequestMirror, requestMirror: {backendRef: {name: a, port: 80}, fraction: {numerator: 3, denominator: 2}}}]\n" + BACKEND),
						f + ".requestMirror.fraction: Invalid value: \"object\": numerator must be less than or equal to denominator"),
				bad("mirror-percent-101", httpRule("- filters: [{type: RequestMirror, requestMirror: {backendRef: {name: a, port: 80}, percent: 101}}]\n" + BACKEND),
						f + ".requestMirror.percent: Invalid value: 101: spec.rules[0].filters[0].requestMirror.percent in body should be less than or equal to 100"),
				bad("grpc-url-rewrite-not-a-grpc-filter", route("v1", "GRPCRoute", "parentRefs: [{name: gw}]\nrules:\n- filters: [{type: URLRewrite, urlRewrite: {hostname: a}}]"),
						"L7 The GRPCRoute \"r\" is invalid: spec.rules[0].filters[0].type: Unsupported value: \"URLRewrite\": supported values: \"ResponseHeaderModifier\", \"RequestHeaderModifier\", \"RequestMirror\", \"ExtensionRef\"",
						"L7 The GRPCRoute \"r\" is invalid: " + NOT_CHECKED),
				ok("extension-ref", httpRule("- filters: [{type: ExtensionRef, extensionRef: {group: example.net, kind: Auth, name: a}}]\n" + BACKEND)),
				ok("redirect-with-every-field", httpRule("- filters: [{type: RequestRedirect, requestRedirect: {scheme: https, hostname: b.example.com, port: 8443, statusCode: 301, path: {type: ReplaceFullPath, replaceFullPath: /x}}}]")),
				ok("mirror-fraction", httpRule("- filters: [{type: RequestMirror, requestMirror: {backendRef: {name: a, port: 80}, fraction: {numerator: 1, denominator: 3}}}]\n" + BACKEND)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "combinations", "filterFields" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
