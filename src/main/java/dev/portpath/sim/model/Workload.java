package dev.portpath.sim.model;

import java.util.Map;

import dev.portpath.sim.parse.Doc;

/**
 * An object that makes pods: a bare Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job or CronJob. {@code replicas} is how many pods it runs at once (replicas,
 * one per node for a DaemonSet, parallelism for a Job); {@code simulated} is how many PortPath makes,
 * fewer when the manifests ask for more pods in all than its limit, so that a representative sample
 * stands for the rest. {@code templatePath} is the field path of its pod spec. {@code observed} is true
 * when the manifests hold its pods (a dump of a cluster): then {@code simulated} counts those pods, and
 * PortPath makes none.
 */
public record Workload(String kind, String namespace, String name, int replicas, int simulated,
		Map<String, String> templateLabels, String templatePath, String serviceName, Doc doc, boolean observed) {

	/** A workload whose pods PortPath makes. */
	public Workload(String kind, String namespace, String name, int replicas, int simulated,
			Map<String, String> templateLabels, String templatePath, String serviceName, Doc doc) {
		this(kind, namespace, name, replicas, simulated, templateLabels, templatePath, serviceName, doc, false);
	}

	/** This workload, running the {@code pods} the manifests hold instead of pods PortPath makes. */
	Workload observing(int pods) {
		return new Workload(kind, namespace, name, replicas, pods, templateLabels, templatePath, serviceName, doc, true);
	}

	/** True when PortPath simulates only some of this workload's pods (never for pods the manifests hold). */
	public boolean sampled() {
		return !observed && simulated < replicas;
	}

	/** This workload with another number of simulated pods. */
	Workload simulating(int n) {
		return new Workload(kind, namespace, name, replicas, n, templateLabels, templatePath, serviceName, doc, observed);
	}

	public String ref() {
		return kind + " " + namespace + "/" + name;
	}

	public String id() {
		return kind + "/" + namespace + "/" + name;
	}

	public boolean is(String k) {
		return kind.equals(k);
	}
}
