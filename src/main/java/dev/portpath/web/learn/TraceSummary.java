package dev.portpath.web.learn;

import org.jspecify.annotations.Nullable;

import dev.portpath.web.playground.ErrorView;
import dev.portpath.web.playground.LineRef;
import dev.portpath.web.playground.TraceView;
import dev.portpath.web.playground.TraceView.HopView;

/**
 * A trace in one line, for the live region that announces an answer ("Trace: NO_ENDPOINTS at the endpoints
 * hop, line 35."): the outcome, the hop that fails and its first line; the first API error when the
 * manifests are rejected.
 */
public final class TraceSummary {

	private TraceSummary() {
	}

	public static String of(@Nullable TraceView trace) {
		if (trace == null) {
			return "";
		}
		if (!trace.errors().isEmpty()) {
			ErrorView e = trace.errors().get(0);
			return "Trace: " + trace.outcome() + ", rejected by the API server" + line(e.ref()) + ".";
		}
		for (HopView hop : trace.hops()) {
			if (hop.failed()) {
				return "Trace: " + trace.outcome() + " at the " + hop.step() + " hop"
						+ (hop.refs().isEmpty() ? "" : line(hop.refs().get(0))) + ".";
			}
		}
		return "Trace: " + trace.outcome() + (trace.symptom().isEmpty() ? "" : ", " + trace.symptom()) + ".";
	}

	/** A headline and what follows it, as one sentence or two. */
	public static String join(String headline, String more) {
		return more.isEmpty() ? headline : headline.isEmpty() ? more : headline + " " + more;
	}

	private static String line(LineRef ref) {
		return ref.line() > 0 ? ", line " + ref.line() : "";
	}
}
