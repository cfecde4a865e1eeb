package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpOptions;

/**
 * Reads the HTTP side of a request (trace contract 1.1): the method, the headers and the SNI the user gave,
 * each bounded and checked, and the request the client sends once the defaults are filled in (GET, the
 * Host from TO unless a Host header says otherwise, the query from TO).
 */
public final class HttpRequests {

	/** At most this many headers, as a proxy would refuse a request with hundreds of them. */
	public static final int MAX_HEADERS = 64;

	/** A header name's length; the value's is the Gateway API's own bound on a header value. */
	public static final int MAX_NAME = 256;

	public static final int MAX_VALUE = 4096;

	private static final int MAX_METHOD = 32;

	/** RFC 9110 token characters, besides letters and digits. */
	private static final String TCHARS = "!#$%&'*+-.^_`|~";

	private HttpRequests() {
	}

	/** The options as the trace uses them (method in upper case), or why they cannot be used. */
	public static HttpOptions check(HttpOptions o, String scheme) {
		if (!o.given()) {
			return o;
		}
		boolean http = scheme.equals("http") || scheme.equals("https");
		if (!http && (o.method().isPresent() || !o.headers().isEmpty())) {
			throw new BadRequestException("--method and --header apply to http:// and https:// requests; write TO as "
					+ "http://HOST[:PORT][/PATH]");
		}
		if (o.sni().isPresent() && !scheme.equals("https")) {
			throw new BadRequestException("--sni is the TLS server name of an https:// request; write TO as https://HOST/...");
		}
		Optional<String> method = o.method().map(HttpRequests::method);
		if (o.headers().size() > MAX_HEADERS) {
			throw new BadRequestException("at most " + MAX_HEADERS + " headers, not " + o.headers().size());
		}
		List<Header> headers = new ArrayList<>();
		for (Header h : o.headers()) {
			headers.add(header(h));
		}
		Optional<String> sni = o.sni().map(s -> hostName(s.trim(), "--sni"));
		return new HttpOptions(method, headers, sni);
	}

	private static String method(String written) {
		String m = written.trim().toUpperCase(Locale.ROOT);
		if (m.isEmpty() || m.length() > MAX_METHOD || !token(m)) {
			throw new BadRequestException("--method '" + ShellLabels.cut(written) + "' is not an HTTP method: write a word such"
					+ " as GET, POST, PUT, DELETE, PATCH, HEAD or OPTIONS");
		}
		return m;
	}

	private static Header header(Header h) {
		String name = h.name().trim();
		if (name.isEmpty() || name.length() > MAX_NAME || !token(name)) {
			throw new BadRequestException("--header '" + ShellLabels.cut(name) + "': a header name is a word of letters, digits"
					+ " and - (such as X-Canary), at most " + MAX_NAME + " characters");
		}
		String value = h.value().strip();
		if (value.length() > MAX_VALUE) {
			throw new BadRequestException("--header " + name + ": the value is longer than " + MAX_VALUE + " characters");
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t') || c == 0x7f) {
				throw new BadRequestException("--header " + name + ": the value holds a control character (a line break?)");
			}
		}
		if (name.equalsIgnoreCase("host")) {
			int colon = value.lastIndexOf(':');
			String host = colon > 0 && value.substring(colon + 1).chars().allMatch(Character::isDigit)
					? value.substring(0, colon) : value;
			hostName(host, "--header Host");
		}
		return new Header(name, value);
	}

	private static String hostName(String s, String what) {
		String h = s.toLowerCase(Locale.ROOT);
		boolean ok = !h.isEmpty() && h.length() <= 253
				&& h.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.');
		if (!ok) {
			throw new BadRequestException(what + " '" + ShellLabels.cut(s) + "' is not a host name (letters, digits, '-' and"
					+ " '.', at most 253 characters)");
		}
		return h;
	}

	private static boolean token(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(Character.isLetterOrDigit(c) && c < 0x80) && TCHARS.indexOf(c) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What the client sends: the method (GET by default), scheme, Host (a Host header wins over TO's host, its
	 * port left out as Gateway API matching ignores it), port, path and query of TO, and the other headers
	 * with lower-case names, values of a repeated name joined with ','.
	 */
	public static HttpMessage sent(Destination d, HttpOptions o) {
		String target = d.path();
		int hash = target.indexOf('#');
		if (hash >= 0) {
			target = target.substring(0, hash);
		}
		int q = target.indexOf('?');
		String path = Paths.of(q >= 0 ? target.substring(0, q) : target);
		String query = q >= 0 ? target.substring(q + 1) : "";
		String host = d.host();
		Map<String, String> headers = new LinkedHashMap<>();
		for (Header h : o.headers()) {
			String name = h.name().toLowerCase(Locale.ROOT);
			if (name.equals("host")) {
				int colon = h.value().lastIndexOf(':');
				host = (colon > 0 ? h.value().substring(0, colon) : h.value()).toLowerCase(Locale.ROOT);
				continue;
			}
			headers.merge(name, h.value(), (a, b) -> a + "," + b);
		}
		return new HttpMessage(o.method().orElse("GET"), d.scheme(), host, d.port(), path, query, headers);
	}
}
