package dev.portpath.sim.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The apimachinery name checks on their own, message for message. */
class NameRulesTest {

	private static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

	private static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

	private static final String QNAME = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

	private static final String DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

	private static Arguments c(String name, Function<String, List<String>> rule, String input, String... expected) {
		return Arguments.of(name, rule, input, List.of(expected));
	}

	static Stream<Arguments> names() {
		Function<String, List<String>> iana = NameRules::ianaServiceName;
		Function<String, List<String>> label = NameRules::dns1123Label;
		Function<String, List<String>> sub = NameRules::dns1123Subdomain;
		Function<String, List<String>> qname = NameRules::qualifiedName;
		Function<String, List<String>> dns1035 = NameRules::dns1035Label;
		return Stream.of(
				c("dns1035-letter-first", dns1035, "web-1"),
				c("dns1035-digit-first", dns1035, "1web", DNS1035),
				c("dns1035-64-chars", dns1035, "a".repeat(64), "must be no more than 63 characters"),
				c("dns1035-with-dots-is-a-format-error", dns1035, "a.b", DNS1035),
				c("iana-http", iana, "http"),
				c("iana-15-chars", iana, "abcdefghijklmno"),
				c("iana-16-chars", iana, "abcdefghijklmnop", "must be no more than 15 characters"),
				c("iana-every-rule-broken", iana, "-8080_--PORT-NAME", "must be no more than 15 characters",
						"must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)",
						"must contain at least one letter (a-z)", "must not contain consecutive hyphens",
						"must not begin or end with a hyphen"),
				c("label-single-digit", label, "0"),
				c("label-63-chars", label, "a".repeat(63)),
				c("label-64-chars-with-upper-case", label, "A".repeat(64), "must be no more than 63 characters", LABEL),
				c("label-hyphen-start", label, "-a", LABEL),
				c("label-with-dots", label, "a.b", "must not contain dots"),
				c("subdomain-dotted", sub, "db.example.com"),
				c("subdomain-double-dot", sub, "a..b", SUBDOMAIN),
				c("subdomain-254-chars", sub, "a".repeat(254), "must be no more than 253 characters"),
				c("qualified-name-plain", qname, "http"),
				c("qualified-name-prefixed", qname, "kubernetes.io/h2c"),
				c("qualified-name-empty-prefix", qname, "/h2c", "prefix part must be non-empty"),
				c("qualified-name-empty-name", qname, "example.com/", "name part must be non-empty", "name part " + QNAME),
				c("qualified-name-upper-prefix", qname, "Example.com/x", "prefix part " + SUBDOMAIN),
				c("qualified-name-two-slashes", qname, "a/b/c", "a qualified name " + QNAME
						+ " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("names")
	void rule(String name, Function<String, List<String>> rule, String input, List<String> expected) {
		assertThat(rule.apply(input)).containsExactlyElementsOf(expected);
	}

	/**
	 * The character loops that spare the regular expressions on valid names accept exactly what the regular
	 * expressions (and length limits) accept: random strings over the alphabets that matter.
	 */
	@org.junit.jupiter.api.Test
	void fastPathsAgreeWithTheRegularExpressions() {
		java.util.Random random = new java.util.Random(7);
		java.util.regex.Pattern label = java.util.regex.Pattern.compile(NameRules.DNS1123_LABEL_FMT);
		java.util.regex.Pattern sub = java.util.regex.Pattern.compile(NameRules.DNS1123_SUBDOMAIN_FMT);
		java.util.regex.Pattern value = java.util.regex.Pattern.compile(NameRules.LABEL_VALUE_FMT);
		String alphabet = "ab9Z-._/-.a";
		for (int i = 0; i < 100_000; i++) {
			StringBuilder sb = new StringBuilder();
			int n = random.nextInt(i % 100 == 0 ? 70 : 9);
			for (int k = 0; k < n; k++) {
				sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String v = sb.toString();
			assertThat(NameRules.Fast.dns1123Label(v, 0, v.length())).as("label [%s]", v)
				.isEqualTo(!v.isEmpty() && v.length() <= 63 && label.matcher(v).matches());
			assertThat(NameRules.Fast.dns1123Subdomain(v, 0, v.length())).as("subdomain [%s]", v)
				.isEqualTo(!v.isEmpty() && v.length() <= 253 && sub.matcher(v).matches());
			assertThat(v.isEmpty() || NameRules.Fast.qualifiedNamePart(v, 0, v.length())).as("label value [%s]", v)
				.isEqualTo(v.length() <= 63 && value.matcher(v).matches());
			assertThat(NameRules.qualifiedName(v).isEmpty()).as("qualified name [%s]", v)
				.isEqualTo(NameRules.Fast.qualifiedName(v));
			String port = v.toLowerCase(java.util.Locale.ROOT).replace('.', '-').replace('_', '1').replace('/', '2');
			assertThat(NameRules.Fast.ianaServiceName(port)).as("port name [%s]", port)
				.isEqualTo(port.length() >= 1 && port.length() <= 15 && port.matches("[-a-z0-9]+")
						&& port.matches(".*[a-z].*") && !port.contains("--") && !port.startsWith("-") && !port.endsWith("-"));
		}
	}

	/** maskTrailingDash (apimachinery/pkg/api/validation/generic.go), its drop-two-characters quirk included. */
	@ParameterizedTest(name = "{0}")
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
			trailing-dash        | web-  | wea
			no-trailing-dash     | web   | web
			dash-alone           | '-'   | '-'
			two-trailing-dashes  | web-- | weba
			""")
	void maskTrailingDash(String name, String input, String expected) {
		assertThat(NameRules.maskTrailingDash(input)).isEqualTo(expected);
	}
}
