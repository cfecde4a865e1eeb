package dev.portpath.sim.trace;

import java.util.List;
import java.util.Optional;

/**
 * What a request carries beyond FROM and TO (trace contract 1.1): the method, the headers in the order
 * written (a name may repeat), and the TLS server name for https. Empty when none was given, and then
 * the trace says nothing of them.
 */
public record HttpOptions(Optional<String> method, List<Header> headers, Optional<String> sni) {

	public static final HttpOptions NONE = new HttpOptions(Optional.empty(), List.of(), Optional.empty());

	public HttpOptions {
		headers = List.copyOf(headers);
	}

	/** True when the request says anything beyond FROM and TO. */
	public boolean given() {
		return method.isPresent() || !headers.isEmpty() || sni.isPresent();
	}
}
