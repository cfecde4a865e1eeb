package dev.portpath.sim.trace;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP side of a trace (trace contract 1.1), each part absent where it does not apply: the request the
 * client sends, the request the delivered app receives, the redirect that answered instead, the mirrors
 * that get copies, the response headers the filters on the path set, and the TLS server name of an https request.
 */
public record HttpResult(Optional<HttpMessage> request, Optional<HttpMessage> received, Optional<Redirect> redirect,
		Optional<List<Mirror>> mirrors, Optional<Map<String, String>> responseHeaders, Optional<String> sni) {

	public static final HttpResult NONE = new HttpResult(Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty());

	public HttpResult {
		mirrors = mirrors.map(List::copyOf);
		responseHeaders = responseHeaders.map(h -> Collections.unmodifiableMap(new LinkedHashMap<>(h)));
	}
}
