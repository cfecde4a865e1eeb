package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
		List<Finding> findings = new ArrayList<>();
		for (Rule rule : RULES) {
			findings.addAll(rule.run(cluster));
		}
		findings.sort(Comparator.comparing(Finding::file).thenComparingInt(Finding::line).thenComparing(Finding::code));
		List<String> notSimulated = cluster.notSimulated()
			.stream()
			.map(d -> d.kind() + "/" + d.namespace() + "/" + d.name())
			.toList();
		return new CheckReport(findings.stream().distinct().toList(), errors, notSimulated);
	}
}
