package dev.portpath.sim.validate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Name syntax checks with apimachinery's exact detail strings (util/validation/validation.go). Each
 * returns every message that applies, in the order Kubernetes appends them; empty means valid.
 */
final class NameRules {

	static final String DNS1123_LABEL_FMT = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

	static final String DNS1123_SUBDOMAIN_FMT = DNS1123_LABEL_FMT + "(\\." + DNS1123_LABEL_FMT + ")*";

	private static final String QUALIFIED_NAME_FMT = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";

	private static final Pattern DNS1123_LABEL = Pattern.compile(DNS1123_LABEL_FMT);

	static final String DNS1035_LABEL_FMT = "[a-z]([-a-z0-9]*[a-z0-9])?";

	private static final Pattern DNS1035_LABEL = Pattern.compile(DNS1035_LABEL_FMT);

	private static final Pattern DNS1123_SUBDOMAIN = Pattern.compile(DNS1123_SUBDOMAIN_FMT);

	private static final Pattern QUALIFIED_NAME = Pattern.compile(QUALIFIED_NAME_FMT);

	static final String LABEL_VALUE_FMT = "(" + QUALIFIED_NAME_FMT + ")?";

	private static final Pattern LABEL_VALUE = Pattern.compile(LABEL_VALUE_FMT);

	static final String WILDCARD_DNS1123_SUBDOMAIN_FMT = "\\*\\." + DNS1123_SUBDOMAIN_FMT;

	private static final Pattern WILDCARD_DNS1123_SUBDOMAIN = Pattern.compile(WILDCARD_DNS1123_SUBDOMAIN_FMT);

	/** {@code httpPathFmt}: the characters allowed after the domain of a domain-prefixed path. */
	static final String HTTP_PATH_FMT = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";

	private static final Pattern HTTP_PATH = Pattern.compile(HTTP_PATH_FMT);

	private static final Pattern PORT_NAME_CHARSET = Pattern.compile("[-a-z0-9]+");

	private static final Pattern ONE_LETTER = Pattern.compile(".*[a-z].*", Pattern.DOTALL);

	private static final String QUALIFIED_NAME_MSG = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

	private NameRules() {
	}

	/** Mirrors {@code IsValidPortName} (IANA_SVC_NAME: container port names, named targetPorts). */
	static List<String> ianaServiceName(String port) {
		if (Fast.ianaServiceName(port)) {
			return List.of();
		}
		List<String> errs = new ArrayList<>();
		if (bytes(port) > 15) {
			errs.add(maxLen(15));
		}
		if (!PORT_NAME_CHARSET.matcher(port).matches()) {
			errs.add("must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)");
		}
		if (!ONE_LETTER.matcher(port).matches()) {
			errs.add("must contain at least one letter (a-z)");
		}
		if (port.contains("--")) {
			errs.add("must not contain consecutive hyphens");
		}
		if (!port.isEmpty() && (port.startsWith("-") || port.endsWith("-"))) {
			errs.add("must not begin or end with a hyphen");
		}
		return errs;
	}

	/** Mirrors {@code IsDNS1123Label} (Service and endpoint port names, hostnames, relaxed Service names). */
	static List<String> dns1123Label(String value) {
		if (Fast.dns1123Label(value, 0, value.length())) {
			return List.of();
		}
		List<String> errs = new ArrayList<>();
		if (bytes(value) > 63) {
			errs.add(maxLen(63));
		}
		if (!DNS1123_LABEL.matcher(value).matches()) {
			if (DNS1123_SUBDOMAIN.matcher(value).matches()) {
				errs.add("must not contain dots");
			}
			else {
				errs.add(regexError(
						"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character",
						DNS1123_LABEL_FMT, "my-name", "123-abc"));
			}
		}
		return errs;
	}

	/** Mirrors {@code IsDNS1035Label} (Service names without {@code RelaxedServiceNameValidation}). */
	static List<String> dns1035Label(String value) {
		if (Fast.dns1123Label(value, 0, value.length()) && value.charAt(0) >= 'a') {
			return List.of();
		}
		List<String> errs = new ArrayList<>();
		if (bytes(value) > 63) {
			errs.add(maxLen(63));
		}
		if (!DNS1035_LABEL.matcher(value).matches()) {
			errs.add(regexError(
					"a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character",
					DNS1035_LABEL_FMT, "my-name", "abc-123"));
		}
		return errs;
	}

	/**
	 * apimachinery's {@code maskTrailingDash}, applied to a {@code generateName} prefix before it is checked: a
	 * prefix may end in '-' since a suffix follows. It drops the last two characters and appends "a", a quirk
	 * kept here because it decides which prefixes pass.
	 */
	static String maskTrailingDash(String name) {
		return name.length() > 1 && name.endsWith("-") ? name.substring(0, name.length() - 2) + "a" : name;
	}

	/** Mirrors {@code IsDNS1123Subdomain} (ExternalName targets, FQDN endpoint addresses). */
	static List<String> dns1123Subdomain(String value) {
		if (Fast.dns1123Subdomain(value, 0, value.length())) {
			return List.of();
		}
		List<String> errs = new ArrayList<>();
		if (bytes(value) > 253) {
			errs.add(maxLen(253));
		}
		if (!DNS1123_SUBDOMAIN.matcher(value).matches()) {
			errs.add(regexError(
					"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character",
					DNS1123_SUBDOMAIN_FMT, "example.com"));
		}
		return errs;
	}

	/** Mirrors {@code IsQualifiedName} (appProtocol). */
	static List<String> qualifiedName(String value) {
		if (Fast.qualifiedName(value)) {
			return List.of();
		}
		List<String> errs = new ArrayList<>();
		String[] parts = value.split("/", -1);
		String name;
		if (parts.length == 1) {
			name = parts[0];
		}
		else if (parts.length == 2) {
			String prefix = parts[0];
			name = parts[1];
			if (prefix.isEmpty()) {
				errs.add("prefix part must be non-empty");
			}
			else {
				for (String msg : dns1123Subdomain(prefix)) {
					errs.add("prefix part " + msg);
				}
			}
		}
		else {
			errs.add("a qualified name " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc")
					+ " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
			return errs;
		}
		if (name.isEmpty()) {
			errs.add("name part must be non-empty");
		}
		else if (bytes(name) > 63) {
			errs.add("name part " + maxLen(63));
		}
		if (!QUALIFIED_NAME.matcher(name).matches()) {
			errs.add("name part " + regexError(QUALIFIED_NAME_MSG, QUALIFIED_NAME_FMT, "MyName", "my.name", "123-abc"));
		}
		return errs;
	}

	/**
	 * A documentation placeholder such as {@code registry.<your domain>}: text in angle brackets that the
	 * reader replaces before applying. Such a value is not judged (the API server would reject it as written,
	 * but it never reaches one); '<' and '>' cannot occur in a real host name.
	 */
	static boolean hasPlaceholder(String value) {
		int open = value.indexOf('<');
		return open >= 0 && value.indexOf('>', open) > open + 1;
	}

	/** Mirrors {@code IsValidLabelValue} (label values in selectors). */
	static List<String> labelValue(String value) {
		if (value.isEmpty() || Fast.qualifiedNamePart(value, 0, value.length())) {
			return List.of();
		}
		List<String> errs = new ArrayList<>();
		if (bytes(value) > 63) {
			errs.add(maxLen(63));
		}
		if (!LABEL_VALUE.matcher(value).matches()) {
			errs.add(regexError(
					"a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
					LABEL_VALUE_FMT, "MyValue", "my_value", "12345"));
		}
		return errs;
	}

	/** Mirrors {@code IsWildcardDNS1123Subdomain} (Ingress hosts written with a {@code *}). */
	static List<String> wildcardDns1123Subdomain(String value) {
		List<String> errs = new ArrayList<>();
		if (bytes(value) > 253) {
			errs.add(maxLen(253));
		}
		if (!WILDCARD_DNS1123_SUBDOMAIN.matcher(value).matches()) {
			errs.add(regexError(
					"a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character",
					WILDCARD_DNS1123_SUBDOMAIN_FMT, "*.example.com"));
		}
		return errs;
	}

	/**
	 * Mirrors {@code IsDomainPrefixedPath} for a non-empty value (IngressClass controller); each entry is one
	 * field error: the value it names (the whole path, the domain or the path part), then its detail.
	 */
	static List<String[]> domainPrefixedPath(String value) {
		List<String[]> errs = new ArrayList<>();
		int slash = value.indexOf('/');
		if (slash <= 0 || slash == value.length() - 1) {
			errs.add(new String[] { value, "must be a domain-prefixed path (such as \"acme.io/foo\")" });
			return errs;
		}
		String host = value.substring(0, slash);
		for (String msg : dns1123Subdomain(host)) {
			errs.add(new String[] { host, msg });
		}
		String path = value.substring(slash + 1);
		if (!HTTP_PATH.matcher(path).matches()) {
			errs.add(new String[] { path, "Invalid path (regex used for validation is '" + HTTP_PATH_FMT + "')" });
		}
		return errs;
	}

	/** Mirrors {@code IsValidPathSegmentName} (kind and name of a typed object reference). */
	static List<String> pathSegmentName(String name) {
		List<String> errs = new ArrayList<>();
		if (name.equals(".") || name.equals("..")) {
			errs.add("may not be '" + name + "'");
			return errs;
		}
		for (String bad : List.of("/", "%")) {
			if (name.contains(bad)) {
				errs.add("may not contain '" + bad + "'");
			}
		}
		return errs;
	}

	/** Mirrors {@code IsFullyQualifiedDomainName}; each entry is one field error: its value, then its detail. */
	static List<String[]> fullyQualifiedDomainName(String name) {
		List<String[]> errs = new ArrayList<>();
		String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
		List<String> sub = dns1123Subdomain(n);
		if (!sub.isEmpty()) {
			errs.add(new String[] { n, String.join(",", sub) });
			return errs;
		}
		String[] labels = n.split("\\.", -1);
		if (labels.length < 2) {
			errs.add(new String[] { n, "should be a domain with at least two segments separated by dots" });
			return errs;
		}
		for (String label : labels) {
			List<String> l = dns1123Label(label);
			if (!l.isEmpty()) {
				errs.add(new String[] { label, String.join(",", l) });
				return errs;
			}
		}
		return errs;
	}

	static String maxLen(int n) {
		return "must be no more than " + n + " characters";
	}

	/** apimachinery's {@code RegexError}, including its double space before " or ". */
	static String regexError(String msg, String fmt, String... examples) {
		StringBuilder b = new StringBuilder(msg).append(" (e.g. ");
		for (int i = 0; i < examples.length; i++) {
			if (i > 0) {
				b.append(" or ");
			}
			b.append('\'').append(examples[i]).append("', ");
		}
		return b.append("regex used for validation is '").append(fmt).append("')").toString();
	}

	private static int bytes(String s) {
		return s.getBytes(StandardCharsets.UTF_8).length;
	}

	/**
	 * Character loops that accept exactly what the regular expressions above accept, so that the common,
	 * valid case costs no regex and no allocation; anything they refuse goes through the regex path, which
	 * words the error as apimachinery does.
	 */
	static final class Fast {

		private Fast() {
		}

		private static boolean lowerAlnum(char c) {
			return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		}

		private static boolean alnum(char c) {
			return lowerAlnum(c) || (c >= 'A' && c <= 'Z');
		}

		/** [a-z0-9]([-a-z0-9]*[a-z0-9])? on value[from, to), at most 63 characters. */
		static boolean dns1123Label(String v, int from, int to) {
			return to - from <= 63 && dns1123LabelNoLimit(v, from, to);
		}

		/** Dot-separated DNS-1123 labels, at most 253 characters in all. */
		static boolean dns1123Subdomain(String v, int from, int to) {
			if (to - from > 253 || to - from < 1) {
				return false;
			}
			int start = from;
			for (int i = from; i <= to; i++) {
				if (i == to || v.charAt(i) == '.') {
					if (!dns1123LabelNoLimit(v, start, i)) {
						return false;
					}
					start = i + 1;
				}
			}
			return true;
		}

		private static boolean dns1123LabelNoLimit(String v, int from, int to) {
			if (to <= from || !lowerAlnum(v.charAt(from)) || !lowerAlnum(v.charAt(to - 1))) {
				return false;
			}
			for (int i = from + 1; i < to - 1; i++) {
				char c = v.charAt(i);
				if (!lowerAlnum(c) && c != '-') {
					return false;
				}
			}
			return true;
		}

		/** ([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9], at most 63 characters. */
		static boolean qualifiedNamePart(String v, int from, int to) {
			int n = to - from;
			if (n < 1 || n > 63 || !alnum(v.charAt(from)) || !alnum(v.charAt(to - 1))) {
				return false;
			}
			for (int i = from + 1; i < to - 1; i++) {
				char c = v.charAt(i);
				if (!alnum(c) && c != '-' && c != '_' && c != '.') {
					return false;
				}
			}
			return true;
		}

		/** An optional DNS-1123 subdomain prefix and '/', then a name part. */
		static boolean qualifiedName(String v) {
			int slash = v.indexOf('/');
			if (slash < 0) {
				return qualifiedNamePart(v, 0, v.length());
			}
			return v.indexOf('/', slash + 1) < 0 && dns1123Subdomain(v, 0, slash)
					&& qualifiedNamePart(v, slash + 1, v.length());
		}

		/** IANA_SVC_NAME: 1-15 of [-a-z0-9] with a letter, no "--", no hyphen at either end. */
		static boolean ianaServiceName(String v) {
			int n = v.length();
			if (n < 1 || n > 15 || v.charAt(0) == '-' || v.charAt(n - 1) == '-') {
				return false;
			}
			boolean letter = false;
			for (int i = 0; i < n; i++) {
				char c = v.charAt(i);
				if (c >= 'a' && c <= 'z') {
					letter = true;
				}
				else if (!(c >= '0' && c <= '9') && !(c == '-' && v.charAt(i - 1) != '-')) {
					return false;
				}
			}
			return letter;
		}
	}
}
