package dev.portpath.sim.trace;

import java.util.List;

/**
 * What {@code check} says about a set of manifests. {@code notSimulated} names each object PortPath did not
 * route ({@code Kind/namespace/name}); {@code notSimulatedKinds} groups them by kind with what that means and
 * what to do, as {@link Trace#notSimulated()} does.
 */
public record CheckReport(List<Finding> findings, List<ApiError> errors, List<String> notSimulated,
		List<NotSimulated> notSimulatedKinds) {

	public CheckReport {
		findings = List.copyOf(findings);
		errors = List.copyOf(errors);
		notSimulated = List.copyOf(notSimulated);
		notSimulatedKinds = List.copyOf(notSimulatedKinds);
	}

	public CheckReport(List<Finding> findings, List<ApiError> errors, List<String> notSimulated) {
		this(findings, errors, notSimulated, List.of());
	}

	/** The same report, with what was not simulated grouped by kind. */
	public CheckReport withNotSimulatedKinds(List<NotSimulated> report) {
		return new CheckReport(findings, errors, notSimulated, report);
	}

	public long count(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** True when traffic provably cannot work somewhere, or the API server would reject an object. */
	public boolean hasErrors() {
		return !errors.isEmpty() || count(Finding.Severity.ERROR) > 0;
	}
}
