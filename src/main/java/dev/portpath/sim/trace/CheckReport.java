package dev.portpath.sim.trace;

import java.util.List;

/**
 * What {@code check} says about a set of manifests. {@code notSimulated} names each object PortPath did not
 * route ({@code Kind/namespace/name}); {@code notSimulatedKinds} groups them by kind with what that means and
 * what to do, as {@link Trace#notSimulated()} does. {@code suppressed} are the findings a
 * {@code portpath.dev/ignore} annotation or an ignored code silenced: counted and listed on request, never lost.
 */
public record CheckReport(List<Finding> findings, List<ApiError> errors, List<String> notSimulated,
		List<NotSimulated> notSimulatedKinds, List<Suppressed> suppressed) {

	public CheckReport {
		findings = List.copyOf(findings);
		errors = List.copyOf(errors);
		notSimulated = List.copyOf(notSimulated);
		notSimulatedKinds = List.copyOf(notSimulatedKinds);
		suppressed = List.copyOf(suppressed);
	}

	public CheckReport(List<Finding> findings, List<ApiError> errors, List<String> notSimulated) {
		this(findings, errors, notSimulated, List.of(), List.of());
	}

	/** A finding silenced, and what silenced it (the annotation and its reason, or the run's ignore list). */
	public record Suppressed(Finding finding, String by) {
	}

	/** The same report, with what was not simulated grouped by kind. */
	public CheckReport withNotSimulatedKinds(List<NotSimulated> report) {
		return new CheckReport(findings, errors, notSimulated, report, suppressed);
	}

	/** True when something at or above {@code severity} was found (API errors count as errors). */
	public boolean fails(Finding.Severity severity) {
		return !errors.isEmpty() || findings.stream().anyMatch(f -> f.severity().compareTo(severity) <= 0);
	}

	public long count(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** True when traffic provably cannot work somewhere, or the API server would reject an object. */
	public boolean hasErrors() {
		return !errors.isEmpty() || count(Finding.Severity.ERROR) > 0;
	}
}
