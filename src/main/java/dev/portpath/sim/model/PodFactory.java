package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.portpath.sim.parse.Budget;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * Makes the pods a workload runs, as its controller and the scheduler would: names (deterministic, in
 * Kubernetes' alphabet), the labels controllers add, the node each lands on (spec.nodeName, else round
 * robin, hostPorts permitting), the IP, containers, and readiness.
 */
final class PodFactory {

	/** The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes). */
	private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

	private final List<Node> nodes;

	private final Set<String> usedIps;

	private final Budget budget;

	/** protocol/hostPort, then the nodes where a scheduled pod already claims it. */
	private final Map<String, BitSet> taken = new java.util.HashMap<>();

	/** Node names to their index in the node list. */
	private final Map<String, Integer> nodeIndex = new java.util.HashMap<>();

	/** Pod IPs handed out per node so far. */
	private final int[] perNode;

	PodFactory(List<Node> nodes, Set<String> usedIps, Budget budget) {
		this.nodes = nodes;
		this.usedIps = usedIps;
		this.budget = budget;
		this.perNode = new int[nodes.size()];
		for (int n = nodes.size() - 1; n >= 0; n--) {
			nodeIndex.put(nodes.get(n).name(), n); // the first node of a name wins, as a loop would find it
		}
	}

	List<Pod> podsFor(Workload w) {
		YNode spec = ModelBuilder.template(w.doc().root(), w.templatePath());
		List<Container> containers = containers(spec, w.templatePath());
		boolean hostNetwork = spec.get("hostNetwork").bool().orElse(false);
		String dnsPolicy = spec.get("dnsPolicy").str("ClusterFirst");
		List<Pod> out = new ArrayList<>();
		String id = w.id();
		String hash = suffix(id + "#template", 10);
		String notReady = notReadyBecause(w, containers); // the same for every replica of the template
		List<String> hostPortsNeeded = hostPorts(containers, hostNetwork);
		String job = w.kind().equals("CronJob") ? w.name() + "-29000000" : w.name();
		LabelMap shared = LabelMap.of(commonLabels(w, hash, job));
		for (int i = 0; i < w.simulated(); i++) {
			budget.tick();
			LabelMap labels = shared;
			String name;
			String hostname = spec.get("hostname").str("");
			String subdomain = spec.get("subdomain").str("");
			switch (w.kind()) {
				case "Pod" -> name = w.name();
				case "Deployment" -> name = w.name() + "-" + hash + "-" + suffix(id + "#" + i, 5);
				case "StatefulSet" -> {
					name = w.name() + "-" + i;
					labels = shared.with(Map.of("statefulset.kubernetes.io/pod-name", name, "apps.kubernetes.io/pod-index",
							Integer.toString(i)));
					hostname = name;
					subdomain = w.serviceName();
				}
				case "Job", "CronJob" -> name = job + "-" + suffix(id + "#" + i, 5);
				default -> name = w.name() + "-" + suffix(id + "#" + i, 5);
			}
			int nodeIndex = placement(spec, i, hostPortsNeeded);
			if (nodeIndex < 0) {
				continue; // no node has the hostPort free: the scheduler leaves this pod Pending
			}
			Node node = nodes.get(nodeIndex);
			Address address = address(w, node, nodeIndex, hostNetwork);
			out.add(new Pod(w.namespace(), name, address.ip(), node.name(), labels, hostNetwork ? withHostPorts(containers)
					: containers, hostNetwork, dnsPolicy, hostname, subdomain, notReady.isEmpty(), notReady, w, spec,
					address.assumed()));
		}
		return out;
	}

	/**
	 * The pods of a workload as the manifests hold them (kubectl get pods -o yaml): each with its own name,
	 * labels, spec, node and status, in the order written. Nothing is made up but a missing node's address.
	 */
	List<Pod> observed(Workload w, List<Doc> podDocs) {
		List<Pod> out = new ArrayList<>();
		for (Doc d : podDocs) {
			budget.tick();
			YNode spec = d.root().get("spec");
			List<Container> containers = containers(spec, "spec");
			boolean hostNetwork = spec.get("hostNetwork").bool().orElse(false);
			String ip = d.root().path("status", "podIP").str("");
			String nodeName = spec.get("nodeName").str("");
			if (nodeName.isEmpty() && (!ip.isEmpty() || d.root().path("status", "phase").str("").equals("Running"))) {
				nodeName = nodes.get(placement(spec, out.size(), List.of())).name(); // running, so scheduled somewhere
			}
			Integer index = nodeIndex.get(nodeName);
			if (ip.isEmpty() && hostNetwork && index != null && !terminal(d)) {
				ip = nodes.get(index).ip();
			}
			String notReady = ObservedStatus.known(d) ? ObservedStatus.notReadyBecause(d, ip) : probeNotReady(containers);
			out.add(new Pod(d.namespace(), d.name(), terminal(d) ? "" : ip, nodeName,
					ModelBuilder.labels(d.root().path("metadata", "labels")), containers, hostNetwork,
					spec.get("dnsPolicy").str("ClusterFirst"), spec.get("hostname").str(""), spec.get("subdomain").str(""),
					notReady.isEmpty(), notReady, w, spec, false, d, "spec", true, ObservedStatus.terminating(d)));
		}
		return out;
	}

	private static boolean terminal(Doc pod) {
		String phase = pod.root().path("status", "phase").str("");
		return phase.equals("Succeeded") || phase.equals("Failed");
	}

	/** The labels every replica carries: its template's and those its controller adds to all of them. */
	private static Map<String, String> commonLabels(Workload w, String hash, String job) {
		Map<String, String> common = new TreeMap<>(w.templateLabels());
		switch (w.kind()) {
			case "Deployment" -> common.put("pod-template-hash", hash);
			case "StatefulSet" -> common.put("controller-revision-hash", w.name() + "-" + hash);
			case "DaemonSet" -> {
				common.put("controller-revision-hash", hash);
				common.put("pod-template-generation", "1");
			}
			case "Job", "CronJob" -> {
				common.put("batch.kubernetes.io/job-name", job);
				common.put("job-name", job);
				common.put("batch.kubernetes.io/controller-uid", suffix(job, 8));
				common.put("controller-uid", suffix(job, 8));
			}
			default -> {
				// a bare Pod, ReplicaSet or ReplicationController: the template's labels only
			}
		}
		return common;
	}

	/** A pod's address, and whether PortPath made it up. */
	private record Address(String ip, boolean assumed) {
	}

	/** The node's own address on the host network, the podIP a bare Pod's status gives, or the next free one. */
	private Address address(Workload w, Node node, int nodeIndex, boolean hostNetwork) {
		if (hostNetwork) {
			return new Address(node.ip(), node.ipAssumed());
		}
		Optional<String> written = w.kind().equals("Pod") ? w.doc().root().path("status", "podIP").text()
				: Optional.empty();
		return written.map(ip -> new Address(ip, false)).orElseGet(() -> new Address(nextPodIp(nodeIndex), true));
	}

	/**
	 * The node a replica lands on: spec.nodeName when written, else round-robin; a pod that needs
	 * hostPorts goes to the next node where they are free (NodePorts plugin), or nowhere (-1, Pending).
	 * Nodes are found by name and free ports by a bit set per port, so placement stays linear in pods.
	 */
	private int placement(YNode spec, int i, List<String> needs) {
		Integer named = nodeIndex.get(spec.get("nodeName").str(""));
		if (named != null) {
			claim(needs, named);
			return named;
		}
		int count = nodes.size();
		if (needs.isEmpty()) {
			return i % count;
		}
		BitSet first = taken.computeIfAbsent(needs.get(0), k -> new BitSet(count));
		// the nodes in round-robin order from i, skipping at once those where the first port is taken
		int n = i % count;
		int tried = 0;
		while (tried < count) {
			int free = first.nextClearBit(n);
			if (free >= count) {
				tried += count - n;
				n = 0;
				continue;
			}
			tried += free - n;
			if (tried >= count) {
				break;
			}
			int node = free;
			if (needs.stream().allMatch(h -> !taken.computeIfAbsent(h, x -> new BitSet(count)).get(node))) {
				claim(needs, node);
				return node;
			}
			tried++;
			n = free + 1 >= count ? 0 : free + 1;
		}
		return -1;
	}

	private void claim(List<String> needs, int node) {
		needs.forEach(h -> taken.computeIfAbsent(h, x -> new BitSet()).set(node));
	}

	/** The hostPorts a pod occupies on its node, as protocol/port (hostNetwork pods use their containerPorts). */
	private static List<String> hostPorts(List<Container> containers, boolean hostNetwork) {
		List<String> out = new ArrayList<>();
		for (Container c : containers) {
			if (!c.running()) {
				continue;
			}
			for (ContainerPort p : c.ports()) {
				int port = p.hostPort() != 0 ? p.hostPort() : hostNetwork ? p.number() : 0;
				if (port != 0) {
					out.add(p.protocol() + "/" + port);
				}
			}
		}
		return out;
	}

	/**
	 * Why a pod would not be Ready, or "" when it would be: a bare Pod's own status says so, or a
	 * readiness or startup probe names a port its container does not declare (the kubelet cannot resolve
	 * it, so the probe always fails). Otherwise pods are assumed Running and Ready.
	 */
	private static String notReadyBecause(Workload w, List<Container> containers) {
		if (w.kind().equals("Pod")) {
			for (YNode c : w.doc().root().path("status", "conditions").items()) {
				if (c.get("type").str("").equals("Ready") && !c.get("status").str("True").equals("True")) {
					return "its status reports condition Ready " + c.get("status").str("False");
				}
			}
		}
		return probeNotReady(containers);
	}

	/** A readiness or startup probe on a port the container does not declare never succeeds. */
	private static String probeNotReady(List<Container> containers) {
		for (Container c : containers) {
			for (Probes.Undeclared u : Probes.undeclared(c)) {
				if (u.blocksReadiness()) {
					return "the " + u.probe() + " of container " + c.name() + " names port " + u.port()
							+ ", which the container does not declare, so the probe always fails";
				}
			}
		}
		return "";
	}

	private String nextPodIp(int nodeIndex) {
		while (true) {
			int n = perNode[nodeIndex]++;
			String ip = "10.244." + (nodeIndex + 1 + 10 * (n / 250)) + "." + (2 + n % 250);
			if (usedIps.add(ip)) {
				return ip;
			}
		}
	}

	/** hostNetwork pods get hostPort = containerPort for every port that leaves it unset (SetDefaults_Pod). */
	private static List<Container> withHostPorts(List<Container> containers) {
		return containers.stream()
			.map(c -> new Container(c.name(), c.kind(), c.ports()
				.stream()
				.map(p -> p.hostPort() == 0 ? new ContainerPort(p.name(), p.number(), p.protocol(), p.number(),
						p.hostIP(), p.node(), p.path()) : p)
				.toList(), c.node(), c.path()))
			.toList();
	}

	static List<Container> containers(YNode spec, String specPath) {
		List<Container> out = new ArrayList<>();
		addContainers(out, spec.get("containers"), specPath + ".containers", false);
		addContainers(out, spec.get("initContainers"), specPath + ".initContainers", true);
		return out;
	}

	private static void addContainers(List<Container> out, YNode list, String path, boolean init) {
		int i = 0;
		for (YNode c : list.items()) {
			String cpath = path + "[" + i + "]";
			Container.Kind kind = !init ? Container.Kind.REGULAR
					: c.get("restartPolicy").str("").equals("Always") ? Container.Kind.SIDECAR : Container.Kind.INIT;
			List<ContainerPort> ports = new ArrayList<>();
			int j = 0;
			for (YNode p : c.get("ports").items()) {
				long number = p.get("containerPort").integer().orElse(0L);
				long host = p.get("hostPort").integer().orElse(0L);
				ports.add(new ContainerPort(p.get("name").str(""), (int) number, Protocol.of(p.get("protocol").str("")),
						(int) host, p.get("hostIP").str(""), p, cpath + ".ports[" + j + "]"));
				j++;
			}
			out.add(new Container(c.get("name").str("container-" + i), kind, ports, c, cpath));
			i++;
		}
	}

	/** A deterministic suffix in Kubernetes' name alphabet. */
	static String suffix(String seed, int length) {
		long h = 0xcbf29ce484222325L;
		for (int i = 0; i < seed.length(); i++) {
			h ^= seed.charAt(i);
			h *= 0x100000001b3L;
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int idx = (int) Long.remainderUnsigned(h, ALPHABET.length());
			sb.append(ALPHABET.charAt(idx));
			h = Long.divideUnsigned(h, ALPHABET.length());
			if (h == 0) {
				h = 0x9e3779b97f4a7c15L ^ i;
			}
		}
		return sb.toString();
	}
}
