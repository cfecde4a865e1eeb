package dev.portpath.web.playground;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.portpath.sim.trace.HttpMessage;
import dev.portpath.sim.trace.HttpResult;
import dev.portpath.sim.trace.Mirror;

/**
 * The HTTP side of a trace as the page shows it under the outcome (trace contract 1.1): what the client sent,
 * what the app received after rewrites and header modifiers, the redirect that answered instead (its status and
 * Location), the mirrors and the response headers. Each part is "" or empty where it does not apply.
 */
public record HttpView(String sent, String received, String redirect, boolean loop, List<String> mirrors,
		String responseHeaders) {

	public HttpView {
		mirrors = List.copyOf(mirrors);
	}

	static @Nullable HttpView of(HttpResult http) {
		if (http.request().isEmpty() && http.received().isEmpty() && http.redirect().isEmpty()
				&& http.mirrors().isEmpty() && http.responseHeaders().isEmpty()) {
			return null;
		}
		return new HttpView(http.request().map(HttpView::message).orElse(""),
				http.received().map(HttpView::message).orElse(""),
				http.redirect().map(r -> r.status() + " Location: " + r.location()).orElse(""),
				http.redirect().map(r -> r.loop()).orElse(false),
				http.mirrors().orElse(List.of()).stream().map(HttpView::mirror).toList(),
				http.responseHeaders().map(HttpView::headers).orElse(""));
	}

	/** {@code PUT shop.example.com/v2/orders?page=2 · x-env: prod; x-tags: client,gateway}, as the CLI prints it. */
	static String message(HttpMessage m) {
		String line = m.method() + " " + m.host() + m.path() + (m.query().isEmpty() ? "" : "?" + m.query());
		return m.headers().isEmpty() ? line : line + " · " + headers(m.headers());
	}

	private static String headers(Map<String, String> headers) {
		return headers.isEmpty() ? "(none)"
				: headers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
	}

	private static String mirror(Mirror m) {
		var e = m.endpoint();
		String percent = m.percent() >= 100 ? "every request" : (m.percent() == Math.rint(m.percent())
				? String.valueOf((long) m.percent()) : String.valueOf(m.percent())) + "% of requests";
		return e.namespace() + "/" + e.pod() + " " + e.container() + ":" + e.port() + " (" + percent
				+ "; answers discarded)";
	}

	public boolean redirected() {
		return !redirect.isEmpty();
	}
}
