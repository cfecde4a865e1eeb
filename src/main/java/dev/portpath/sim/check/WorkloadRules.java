package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Probes;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/**
 * Each workload's own ports: duplicates that collide at runtime (pkg/api/pod/warnings.go), hostPorts
 * that cannot all be scheduled, probes that name a port the container lacks, and a StatefulSet's
 * governing Service.
 */
final class WorkloadRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		List<Finding> out = new ArrayList<>();
		for (Workload w : cluster.workloads()) {
			cluster.budget().tick();
			if (w.sampled()) {
				out.add(Findings.info(Code.PODS_SAMPLED, Refs.docField(w.doc(), w.is("Job") ? "parallelism"
						: w.is("DaemonSet") ? "selector" : "replicas", "spec"), w.ref() + " asks for " + w.replicas()
								+ " pods, and the manifests ask for more pods in all than PortPath simulates (--max-pods), so it"
								+ " simulates " + w.simulated() + " of them: counts use the " + w.replicas()
								+ " asked for, but endpoints lists and per-pod answers rest on the sample",
						"raise --max-pods to simulate them all, or trace a smaller set of manifests"));
			}
			if (w.observed() && w.simulated() < w.replicas()) {
				out.add(Findings.info(Code.FEWER_PODS_THAN_REPLICAS, Refs.docField(w.doc(), "replicas", "spec"), w.ref()
						+ " asks for " + w.replicas() + " pods, and the manifests hold " + w.simulated() + " of them: traces"
						+ " use those", "if this is not a rollout in progress, kubectl describe " + w.kind().toLowerCase(java.util.Locale.ROOT)
						+ " " + w.name() + " and its pods' events say why the others are missing (Pending, quota, scheduling)"));
			}
			Optional<Pod> pod = cluster.podsOf(w).stream().findFirst();
			List<Container> containers = pod.map(Pod::containers).orElse(List.of());
			if (pod.isEmpty()) {
				continue; // replicas: 0 — nothing runs, so nothing to collide or probe
			}
			duplicates(w, pod.get().id(), containers).ifPresent(out::add);
			out.addAll(probes(w, pod.get().id(), containers));
			hostPorts(cluster, w, pod.get()).ifPresent(out::add);
			if (w.is("StatefulSet")) {
				statefulSetService(cluster, w).ifPresent(out::add);
			}
		}
		return out;
	}

	/** Two running containers declaring the same port/protocol: the API server warns, and one fails to bind. */
	private static Optional<Finding> duplicates(Workload w, String at, List<Container> containers) {
		Map<String, Container> owner = new HashMap<>();
		for (Container c : containers) {
			if (!c.running()) {
				continue;
			}
			for (ContainerPort p : c.ports()) {
				String key = p.number() + "/" + p.protocol();
				Container first = owner.putIfAbsent(key, c);
				if (first != null && !first.name().equals(c.name())) {
					return Optional.of(Findings.warning(Code.DUPLICATE_CONTAINER_PORT,
							Ref.of(Refs.field(p.node(), "containerPort"), at + "/" + p.path() + ".containerPort"),
							"containers " + first.name() + " and " + c.name() + " of " + w.ref()
									+ " both declare port " + key + "; they share one network namespace, so only one can"
									+ " listen there (the other fails with 'address already in use')",
							"give one of the containers another port"));
				}
			}
		}
		return Optional.empty();
	}

	/** A probe that names a port the container does not declare never succeeds: the kubelet cannot find it. */
	private static List<Finding> probes(Workload w, String at, List<Container> containers) {
		List<Finding> out = new ArrayList<>();
		for (Container c : containers) {
			for (Probes.Undeclared u : Probes.undeclared(c)) {
				String effect = u.probe().equals("readinessProbe") ? "the pods never become Ready, so no Service sends them traffic"
						: u.probe().equals("livenessProbe") ? "the kubelet keeps restarting the container"
								: "the container never finishes starting";
				out.add(Findings.error(Code.PROBE_PORT_NOT_DECLARED, Ref.of(u.node().loc(), at + "/" + u.path()),
						u.probe() + " of container " + c.name() + " in " + w.ref() + " uses the port name " + u.port()
								+ ", which the container does not declare; the probe fails and " + effect,
						"declare a port named " + u.port() + " in container " + c.name() + ", or probe the port number"));
			}
		}
		return out;
	}

	/** hostPorts are per node: more replicas than nodes means some stay Pending. */
	private static Optional<Finding> hostPorts(Cluster cluster, Workload w, Pod pod) {
		if (w.is("DaemonSet") || w.replicas() <= cluster.nodes().size()) {
			return Optional.empty();
		}
		for (Container c : pod.running()) {
			for (ContainerPort p : c.ports()) {
				if (p.hostPort() != 0) {
					boolean nodesKnown = cluster.nodes().stream().anyMatch(n -> n.doc().isPresent());
					// with the nodes written down the shortfall is certain; otherwise the cluster may be larger
					return Optional.of(Findings.of(nodesKnown ? Finding.Severity.ERROR : Finding.Severity.WARNING, Code.HOSTPORT_CONFLICT,
							Ref.of(Refs.field(p.node(), pod.hostNetwork() ? "containerPort" : "hostPort"), pod.id() + "/" + p.path()),
							w.ref() + " asks for " + w.replicas() + " replicas, each with hostPort " + p.hostPort() + "/"
									+ p.protocol() + ", but only one pod per node can have it and there "
									+ (nodesKnown ? "are " : "are (by default) ")
									+ cluster.nodes().size() + " nodes: the rest stay Pending ('didn't have free ports for"
									+ " the requested pod ports')",
							"drop hostPort and put a Service in front, or use a DaemonSet"));
				}
			}
		}
		return Optional.empty();
	}

	/** Per-pod DNS names need spec.serviceName to name a headless Service in the same namespace. */
	private static Optional<Finding> statefulSetService(Cluster cluster, Workload w) {
		if (w.serviceName().isEmpty()) {
			return Optional.empty(); // optional since 1.32; pods then get no per-pod DNS names
		}
		Optional<Service> svc = cluster.service(w.namespace(), w.serviceName());
		Ref at = Refs.docField(w.doc(), "serviceName", "spec");
		if (svc.isEmpty()) {
			return Optional.of(Findings.info(Code.STATEFULSET_SERVICE_MISSING, at,
					w.ref() + " names serviceName " + w.serviceName() + ", but no Service of that name is in namespace "
							+ w.namespace() + " here, so names like " + w.name() + "-0." + w.serviceName() + " do not resolve",
					"create a headless Service (clusterIP: None) named " + w.serviceName() + " selecting these pods"));
		}
		if (!svc.get().headless()) {
			return Optional.of(Findings.info(Code.STATEFULSET_SERVICE_NOT_HEADLESS, at,
					w.ref() + " names serviceName " + w.serviceName() + ", but " + svc.get().ref()
							+ " is not headless: the Kubernetes DNS spec promises per-pod names such as " + w.name() + "-0."
							+ w.serviceName() + " only for headless Services (CoreDNS answers them anyway; other DNS"
							+ " servers may not), and clients of the Service get its ClusterIP, not the pods",
					"set clusterIP: None on " + svc.get().ref() + ", or add a separate headless Service for the StatefulSet"));
		}
		return Optional.empty();
	}
}
