package dev.portpath.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.trace.Header;
import dev.portpath.sim.trace.HttpOptions;

/**
 * The HTTP options of {@code trace} (trace contract 1.1): {@code --method M}, {@code --header 'Name: value'}
 * (repeatable, curl's {@code -H} too) and {@code --sni NAME}. Only their shape is read here; the engine
 * judges the method, names and values, and answers a bad one with its reason.
 */
final class HttpFlags {

	static final Set<String> NAMES = Set.of("--method", "-X", "--header", "-H", "--sni");

	static final String USAGE = """
			      --method M       the HTTP method (default GET), for http:// and https:// TO
			  -H, --header 'Name: value'
			                       a request header; repeat for several (a Host header sets the Host)
			      --sni NAME       the TLS server name of an https:// request (default: the host)
			""";

	private String method;

	private final List<Header> headers = new ArrayList<>();

	private String sni;

	boolean any() {
		return method != null || !headers.isEmpty() || sni != null;
	}

	/** Takes one option's value; {@code name} is one of {@link #NAMES}. */
	void add(String name, String value) {
		switch (name) {
			case "--method", "-X" -> method = value;
			case "--sni" -> sni = value;
			default -> {
				int colon = value.indexOf(':');
				if (colon <= 0) {
					throw new Cli.UsageException(name + " '" + value + "' is not 'Name: value' (for example --header"
							+ " 'X-Canary: true')");
				}
				headers.add(new Header(value.substring(0, colon).trim(), value.substring(colon + 1).trim()));
			}
		}
	}

	HttpOptions options() {
		return new HttpOptions(Optional.ofNullable(method), headers, Optional.ofNullable(sni));
	}
}
