package dev.portpath.sim.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP request as one side of the path sees it: what the client sends, or what the app receives after
 * every filter. Header names are lower case (they compare case-insensitively), in the order they were
 * first written; a header written or added twice holds its values joined with ','. The Host header is
 * {@code host}, not one of {@code headers}. {@code query} is "" when there is none.
 */
public record HttpMessage(String method, String scheme, String host, int port, String path, String query,
		Map<String, String> headers) {

	public HttpMessage {
		headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
	}

	public Optional<String> header(String name) {
		return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
	}

	public HttpMessage withPath(String newPath) {
		return new HttpMessage(method, scheme, host, port, newPath, query, headers);
	}

	public HttpMessage withHost(String newHost) {
		return new HttpMessage(method, scheme, newHost, port, path, query, headers);
	}

	public HttpMessage withHeaders(Map<String, String> newHeaders) {
		return new HttpMessage(method, scheme, host, port, path, query, newHeaders);
	}

	/** scheme://host[:port]/path[?query], the port left out when it is the scheme's own (80, 443). */
	public String url() {
		boolean defaultPort = (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
		return scheme + "://" + host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
	}
}
