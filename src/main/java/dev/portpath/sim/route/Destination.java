package dev.portpath.sim.route;

import dev.portpath.sim.trace.Protocol;

/** Where a request goes: {@code [SCHEME://]HOST[:PORT][/PATH]} with the protocol it implies. */
public record Destination(String scheme, Protocol protocol, String host, int port, String path) {

	public String hostPort() {
		return host + ":" + port;
	}

	public String describe() {
		return (scheme.isEmpty() ? "" : scheme + "://") + host + ":" + port + path;
	}
}
