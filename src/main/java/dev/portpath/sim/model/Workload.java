package dev.portpath.sim.model;

import java.util.Map;

import dev.portpath.sim.parse.Doc;

/**
 * An object that makes pods: a bare Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet,
 * ReplicationController, Job or CronJob. {@code templatePath} is the field path of its pod spec.
 */
public record Workload(String kind, String namespace, String name, int replicas, Map<String, String> templateLabels,
		String templatePath, String serviceName, Doc doc) {

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
