package dev.portpath.sim.trace;

import java.util.List;

/** What {@code check} says about a set of manifests. */
public record CheckReport(List<Finding> findings, List<ApiError> errors, List<String> notSimulated) {

	public CheckReport {
		findings = List.copyOf(findings);
		errors = List.copyOf(errors);
		notSimulated = List.copyOf(notSimulated);
	}

	public long count(Finding.Severity severity) {
		return findings.stream().filter(f -> f.severity() == severity).count();
	}

	/** True when traffic provably cannot work somewhere, or the API server would reject an object. */
	public boolean hasErrors() {
		return !errors.isEmpty() || count(Finding.Severity.ERROR) > 0;
	}
}
