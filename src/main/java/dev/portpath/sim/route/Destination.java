package dev.portpath.sim.route;

/** Where a request goes: {@code [SCHEME://]HOST[:PORT][/PATH]} with the protocol it implies. */
public record Destination(String scheme, String protocol, String host, int port, String path) {

	public String hostPort() {
		return host + ":" + port;
	}

	public String describe() {
		return (scheme.isEmpty() ? "" : scheme + "://") + host + ":" + port + path;
	}
}
