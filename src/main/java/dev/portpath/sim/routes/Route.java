package dev.portpath.sim.routes;

import java.util.List;
import java.util.stream.Collectors;

import dev.portpath.sim.trace.Outcome;

/**
 * One route the manifests define, traced: its entry point (a Service port, a nodePort, an Ingress path, a
 * route rule), the request that exercises it and from where, the outcome, the workloads, containers and
 * ports it reaches, and where it fails (step, file and line, the fix) when it does.
 *
 * @param kind service, nodeport, ingress, httproute, grpcroute
 * @param entry the entry point in words, e.g. {@code web:80/TCP} or {@code shop.example.com/api (Prefix)}
 * @param from the client
 * @param to the request
 * @param reaches each workload/container:port reached, e.g. {@code Deployment default/web → web:8080}, sorted
 * @param pods how many pods it reaches
 */
public record Route(String kind, String entry, String from, String to, Outcome outcome, List<String> reaches, int pods,
		String failStep, String file, int line, String fix) {

	public Route {
		reaches = List.copyOf(reaches);
	}

	/** The identity of a route across two versions of the manifests: the same request from the same client. */
	public String key() {
		return from + " → " + to;
	}

	public boolean works() {
		return outcome == Outcome.DELIVERED;
	}

	/** Where it lands, in words: the containers it reaches, or how and where it fails. */
	public String lands() {
		if (works() || !reaches.isEmpty()) {
			return reaches.stream().collect(Collectors.joining("; "));
		}
		return failStep.isEmpty() ? outcome.name() : outcome.name() + " at " + failStep;
	}

	/** {@code file:line}, or "" when no line is known. */
	public String at() {
		return line > 0 ? file + ":" + line : "";
	}
}
