package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.YNode;

/**
 * Who owns what in a dump of a cluster ({@code kubectl get deploy,rs,pods -o yaml}): each object's
 * controller, from {@code metadata.ownerReferences} (the entry with {@code controller: true}), followed up
 * through the objects the manifests hold, so that a Pod of a ReplicaSet of a Deployment belongs to the
 * Deployment. When the ReplicaSet is not in the paste, its name ({@code DEPLOYMENT-HASH}, with the pod's
 * {@code pod-template-hash} label) still names the Deployment; a Pod without ownerReferences that carries a
 * {@code pod-template-hash} belongs to the Deployment in its namespace whose selector matches it. Planned
 * manifests have no ownerReferences, so nothing here changes them.
 */
final class Owners {

	/** Controllers nest only a few deep (CronJob, Job, Pod); a cycle in pasted ownerReferences stops here. */
	private static final int MAX_DEPTH = 4;

	private record Key(String kind, String namespace, String name) {

		// written out, with a record's meaning: a record's own are bootstrapped through method handles on first
		// use, which cost a cold command line about 10 ms (as Ref's did)
		@Override
		public boolean equals(Object other) {
			return this == other || (other instanceof Key k && kind.equals(k.kind) && namespace.equals(k.namespace)
					&& name.equals(k.name));
		}

		@Override
		public int hashCode() {
			return (31 * kind.hashCode() + namespace.hashCode()) * 31 + name.hashCode();
		}
	}

	/** The objects that make pods, by kind, namespace and name. */
	private final Map<Key, Doc> workloads = new HashMap<>();

	/** Deployments by namespace, for pods that name none. */
	private final Map<String, List<Doc>> deployments = new HashMap<>();

	private Owners(List<Doc> docs) {
		for (Doc d : docs) {
			if (ModelBuilder.templatePath(d.kind()) != null && !d.kind().equals("Pod")) {
				workloads.putIfAbsent(new Key(d.kind(), d.namespace(), d.name()), d);
			}
		}
		for (Doc d : docs) {
			if (d.kind().equals("Deployment")) {
				deployments.computeIfAbsent(d.namespace(), k -> new ArrayList<>()).add(d);
			}
		}
	}

	static Owners of(List<Doc> docs) {
		return new Owners(docs);
	}

	/** The workload in the manifests that controls this object, directly or through others, if any. */
	Optional<Doc> topOwner(Doc d) {
		Optional<Doc> owner = directOwner(d);
		if (owner.isEmpty()) {
			return d.kind().equals("Pod") ? deploymentByHash(d) : Optional.empty();
		}
		Doc top = owner.get();
		for (int depth = 0; depth < MAX_DEPTH; depth++) {
			Optional<Doc> up = directOwner(top);
			if (up.isEmpty() || up.get() == top) {
				break;
			}
			top = up.get();
		}
		return Optional.of(top);
	}

	/** True when a workload is run by another workload the manifests hold (a ReplicaSet of a Deployment). */
	boolean controlled(Doc d) {
		return directOwner(d).isPresent();
	}

	/** The controller named by ownerReferences, when the manifests hold it (or, for a ReplicaSet, its Deployment). */
	private Optional<Doc> directOwner(Doc d) {
		YNode ref = controllerRef(d);
		if (!ref.present()) {
			return Optional.empty();
		}
		String kind = ref.get("kind").str("");
		String name = ref.get("name").str("");
		Doc owner = workloads.get(new Key(kind, d.namespace(), name));
		if (owner != null) {
			return Optional.of(owner);
		}
		if (kind.equals("ReplicaSet") && d.kind().equals("Pod")) {
			return deploymentOfReplicaSet(d, name);
		}
		return Optional.empty();
	}

	/** The ownerReferences entry with controller: true, or the only entry when none says so. */
	private static YNode controllerRef(Doc d) {
		List<YNode> refs = d.root().path("metadata", "ownerReferences").items();
		for (YNode r : refs) {
			if (r.get("controller").bool().orElse(false)) {
				return r;
			}
		}
		return refs.size() == 1 ? refs.get(0) : new YNode.Missing(Loc.NONE);
	}

	/** A ReplicaSet not in the paste is named DEPLOYMENT-HASH, with HASH the pod's pod-template-hash label. */
	private Optional<Doc> deploymentOfReplicaSet(Doc pod, String replicaSet) {
		String hash = pod.root().path("metadata", "labels", "pod-template-hash").str("");
		if (hash.isEmpty() || !replicaSet.endsWith("-" + hash)) {
			return Optional.empty();
		}
		String deployment = replicaSet.substring(0, replicaSet.length() - hash.length() - 1);
		return Optional.ofNullable(workloads.get(new Key("Deployment", pod.namespace(), deployment)));
	}

	/** A Pod without ownerReferences but with a pod-template-hash: the Deployment whose selector matches it. */
	private Optional<Doc> deploymentByHash(Doc pod) {
		if (!pod.root().path("metadata", "ownerReferences").items().isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> labels = ModelBuilder.labels(pod.root().path("metadata", "labels"));
		if (!labels.containsKey("pod-template-hash")) {
			return Optional.empty();
		}
		for (Doc d : deployments.getOrDefault(pod.namespace(), List.of())) {
			LabelSelector selector = LabelSelector.of(d.root().path("spec", "selector"));
			if (!selector.isEmpty() && selector.matches(labels)) {
				return Optional.of(d);
			}
		}
		return Optional.empty();
	}
}
