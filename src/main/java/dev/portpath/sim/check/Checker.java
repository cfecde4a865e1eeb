package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;

/**
 * Walks every route the manifests define and reports what breaks or is doubtful. Severity is honest:
 * error only where traffic provably cannot work as written; warning where it looks wrong or cannot be
 * verified from the manifests; info for behaviour worth knowing.
 */
public final class Checker {

	/** The registry of checks, in the order their findings are most useful to read. */
	private static final List<Rule> RULES = List.of(new ServiceRules(), new SliceRules(), new WorkloadRules(),
			new FrontendRules(), new HttpRules(), new PolicyRules());

	private final Cluster cluster;

	public Checker(Cluster cluster) {
		this.cluster = cluster;
	}

	public CheckReport check(List<ApiError> errors) {
		return check(errors, Set.of());
	}

	/**
	 * The findings, less those a {@code portpath.dev/ignore} annotation or the run's {@code ignored} codes
	 * silence; those are kept aside in the report, with what silenced them.
	 */
	public CheckReport check(List<ApiError> errors, Set<String> ignored) {
		Suppressions suppressions = new Suppressions(cluster.docs(), ignored);
		List<Finding> all = new ArrayList<>(suppressions.unknownCodes());
		for (Rule rule : RULES) {
			all.addAll(rule.run(cluster));
		}
		all.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::code));
		List<Finding> findings = new ArrayList<>();
		List<CheckReport.Suppressed> suppressed = new ArrayList<>();
		for (Finding f : all.stream().distinct().toList()) {
			Optional<String> by = suppressions.silencing(f);
			if (by.isPresent()) {
				suppressed.add(new CheckReport.Suppressed(f, by.get()));
			}
			else {
				findings.add(f);
			}
		}
		List<String> notSimulated = cluster.notSimulated()
			.stream()
			.map(d -> d.kind() + "/" + d.namespace() + "/" + d.name())
			.toList();
		return new CheckReport(findings, errors, notSimulated, List.of(), suppressed);
	}
}
