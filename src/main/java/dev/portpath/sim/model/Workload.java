package dev.portpath.sim.model;

import java.util.Map;

import dev.portpath.sim.parse.Doc;

/**
 * An object that makes pods: a bare Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job or CronJob. {@code replicas} is how many pods it runs at once (replicas,
 * one per node for a DaemonSet, parallelism for a Job); {@code simulated} is how many PortPath makes,
 * fewer when the manifests ask for more pods in all than its limit, so that a representative sample
 * stands for the rest. {@code templatePath} is the field path of its pod spec.
 */
public record Workload(String kind, String namespace, String name, int replicas, int simulated,
		Map<String, String> templateLabels, String templatePath, String serviceName, Doc doc) {

	/** True when PortPath simulates only some of this workload's pods. */
	public boolean sampled() {
		return simulated < replicas;
	}

	/** This workload with another number of simulated pods. */
	Workload simulating(int n) {
		return new Workload(kind, namespace, name, replicas, n, templateLabels, templatePath, serviceName, doc);
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
