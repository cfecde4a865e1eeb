package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.List;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Finding;

/** Walks every route the manifests define and reports what breaks or is doubtful. */
public final class Checker {

	private final Cluster cluster;

	public Checker(Cluster cluster) {
		this.cluster = cluster;
	}

	public CheckReport check(List<ApiError> errors) {
		List<Finding> findings = new ArrayList<>();
		List<String> notSimulated = cluster.notSimulated().stream().map(d -> d.kind() + "/" + d.namespace() + "/" + d.name()).toList();
		return new CheckReport(findings, errors, notSimulated);
	}
}
