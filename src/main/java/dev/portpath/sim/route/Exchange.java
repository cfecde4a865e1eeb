package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpOptions;
import dev.portpath.sim.trace.HttpResult;
import dev.portpath.sim.trace.Mirror;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Redirect;

/**
 * The HTTP request of one trace as the stages carry it: what the client sent, what it has become after the
 * filters so far, and what the filters added on the side (a redirect, mirrors, response headers). The
 * trace shows it (contract 1.1) when the request said more than FROM and TO, or a filter acted; otherwise
 * a trace is what it was before contract 1.1.
 */
final class Exchange {

	private final HttpMessage sent;

	private final boolean http;

	private final boolean asked;

	private final String sni;

	private HttpMessage current;

	private boolean touched;

	private Optional<Redirect> redirect = Optional.empty();

	private Optional<List<Mirror>> mirrors = Optional.empty();

	private Optional<Map<String, String>> response = Optional.empty();

	private Exchange(HttpMessage sent, boolean http, boolean asked, String sni) {
		this.sent = sent;
		this.current = sent;
		this.http = http;
		this.asked = asked;
		this.sni = sni;
	}

	/** The request a client sends to {@code d} with the options given (already checked). */
	static Exchange of(Destination d, HttpOptions o) {
		boolean http = d.scheme().equals("http") || d.scheme().equals("https");
		HttpMessage sent = HttpRequests.sent(d, o);
		if (!http) {
			sent = new HttpMessage(sent.method(), "http", sent.host(), sent.port(), sent.path(), sent.query(), sent.headers());
		}
		boolean asked = http && (o.given() || !sent.query().isEmpty());
		return new Exchange(sent, http, asked, o.sni().orElse(d.host())); // curl -H Host: keeps TO's host as the SNI
	}

	/** The request as it is now, after the filters so far. */
	HttpMessage now() {
		return current;
	}

	/** The Host header the routing reads (a Host header the user gave wins over TO's host). */
	String host() {
		return current.host();
	}

	/** The TLS server name of an https request: --sni, else the host of TO (a Host header does not change it). */
	String sni() {
		return sni;
	}

	/** The path and query the app gets, when a filter changed what the client sent. */
	Optional<String> rewrittenTarget() {
		if (current.path().equals(sent.path()) && current.query().equals(sent.query())) {
			return Optional.empty();
		}
		return Optional.of(current.path() + (current.query().isEmpty() ? "" : "?" + current.query()));
	}

	/** True when the user said more than FROM and TO: then failures name what was sent. */
	boolean asked() {
		return asked;
	}

	void update(HttpMessage next) {
		current = next;
		touched = true;
	}

	/** A filter acted that changes nothing the app sees (a response filter, a mirror): the trace still shows HTTP. */
	void touch() {
		touched = true;
	}

	void redirect(Redirect r) {
		redirect = Optional.of(r);
		touched = true;
	}

	void mirror(Optional<Mirror> m) {
		List<Mirror> list = new ArrayList<>(mirrors.orElse(List.of()));
		m.ifPresent(list::add);
		mirrors = Optional.of(list);
		touched = true;
	}

	/** The response headers the filters so far set, to change in place. */
	Map<String, String> responseHeaders() {
		if (response.isEmpty()) {
			response = Optional.of(new LinkedHashMap<>());
		}
		touched = true;
		return response.get();
	}

	/** What the trace shows for this outcome: nothing unless the request is HTTP and asked for it or was filtered. */
	HttpResult result(Outcome outcome) {
		if (!http || !(asked || touched)) {
			return HttpResult.NONE;
		}
		boolean reached = outcome == Outcome.DELIVERED || outcome == Outcome.UNDECLARED_PORT;
		return new HttpResult(Optional.of(sent), reached ? Optional.of(current) : Optional.empty(), redirect, mirrors,
				response, sent.scheme().equals("https") ? Optional.of(sni) : Optional.empty());
	}
}
