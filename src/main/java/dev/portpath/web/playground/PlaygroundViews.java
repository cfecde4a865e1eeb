package dev.portpath.web.playground;

import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import dev.portpath.sim.trace.Trace;

/**
 * What other pages (lessons, quizzes) reuse of the playground: a trace shown the way the playground
 * shows it (hops, outcome, endpoints, diagram), and the share link that opens the playground with given
 * manifests and request.
 */
@Component
public final class PlaygroundViews {

	private final ShareLinks links;

	PlaygroundViews(@Value("${portpath.max-bytes:1048576}") int maxBytes) {
		this.links = new ShareLinks(maxBytes);
	}

	/** The trace as the playground's result shows it, with its diagram drawn from the trace alone. */
	public TraceView trace(Trace trace) {
		return TraceView.of(trace, DiagramBuilder.build(trace));
	}

	/** {@code /playground?s=...} opening these manifests and this request, or empty when the link would be too long. */
	public Optional<String> link(String manifests, String from, String to) {
		return links.encode(manifests, from, to).map(token -> "/playground?s=" + token);
	}
}
