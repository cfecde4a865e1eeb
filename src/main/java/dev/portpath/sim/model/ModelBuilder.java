package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.portpath.sim.parse.Budget;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * Turns manifests into the cluster they would produce: pods with the names, labels and IPs their
 * controllers would give them, Services after defaulting and IP/nodePort allocation, and the manual
 * endpoints of selectorless Services. Everything is deterministic: the same text gives the same cluster.
 */
public final class ModelBuilder {

	/** Kinds that make pods, with the field path of their pod template. */
	private static final Map<String, String> TEMPLATE_PATHS = Map.of("Pod", "spec", "Deployment",
			"spec.template.spec", "StatefulSet", "spec.template.spec", "DaemonSet", "spec.template.spec", "ReplicaSet",
			"spec.template.spec", "ReplicationController", "spec.template.spec", "Job", "spec.template.spec", "CronJob",
			"spec.jobTemplate.spec.template.spec");

	/** Kinds PortPath reads but that do not route by themselves. */
	private static final Set<String> KNOWN = Set.of("Namespace", "Service", "EndpointSlice", "Endpoints", "Node");

	/** Namespaces that every cluster has, whether or not the manifests mention them. */
	private static final List<String> SYSTEM_NAMESPACES = List.of("default", "kube-system");

	/** The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes). */
	private static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

	public static final List<String> DEFAULT_NODE_IPS = List.of("172.18.0.2", "172.18.0.3", "172.18.0.4");

	private final Set<String> usedIps = new HashSet<>();

	private final Budget budget;

	private final int maxPods;

	public ModelBuilder(Budget budget, int maxPods) {
		this.budget = budget;
		this.maxPods = maxPods;
	}

	/** A builder without a time limit, with the default limit on pods. */
	public ModelBuilder() {
		this(Budget.unlimited(), Limits.DEFAULT.maxPods());
	}

	/** protocol/hostPort, then the nodes where a scheduled pod already claims it. */
	private final Map<String, BitSet> taken = new java.util.HashMap<>();

	/** Node names to their index in the node list. */
	private final Map<String, Integer> nodeIndex = new java.util.HashMap<>();

	public Cluster build(List<Doc> docs) {
		Set<String> namespaces = new LinkedHashSet<>();
		namespaces.add("default");
		List<Node> nodes = new ArrayList<>();
		List<Doc> notSimulated = new ArrayList<>();
		for (Doc d : docs) {
			if (d.kind().equals("Namespace")) {
				namespaces.add(d.name());
			}
			else if (d.kind().equals("Node")) {
				nodes.add(new Node(d.name(), nodeIp(d).orElse(""), Optional.of(d), nodeIp(d).isEmpty()));
			}
			else if (!TEMPLATE_PATHS.containsKey(d.kind()) && !KNOWN.contains(d.kind())
					&& !NetworkingBuilder.KINDS.contains(d.kind())) {
				notSimulated.add(d);
			}
			if (!d.kind().equals("Namespace") && !d.kind().equals("Node") && d.root().path("metadata", "namespace").present()) {
				namespaces.add(d.namespace());
			}
			collectWrittenIps(d);
		}
		nodes = withNamedNodes(nodes, docs);
		for (int n = nodes.size() - 1; n >= 0; n--) {
			nodeIndex.put(nodes.get(n).name(), n); // the first node of a name wins, as a loop would find it
		}
		usedIps.addAll(nodes.stream().map(Node::ip).toList());

		List<Workload> workloads = new ArrayList<>();
		for (Doc d : docs) {
			String templatePath = TEMPLATE_PATHS.get(d.kind());
			if (templatePath != null) {
				budget.tick();
				workloads.add(workload(d, templatePath, nodes.size()));
			}
		}
		workloads = sampled(workloads, maxPods);
		List<Pod> pods = new ArrayList<>();
		int[] perNode = new int[nodes.size()];
		for (Workload w : workloads) {
			pods.addAll(podsFor(w, nodes, perNode));
		}

		List<Service> services = new ArrayList<>();
		ServiceAllocator alloc = new ServiceAllocator(docs, usedIps);
		for (Doc d : docs) {
			if (d.kind().equals("Service")) {
				services.add(alloc.service(d));
			}
		}
		List<EndpointSlice> slices = new ArrayList<>();
		for (Doc d : docs) {
			if (d.kind().equals("EndpointSlice")) {
				slices.add(EndpointSlices.fromSlice(d));
			}
		}
		Map<String, Service> byName = new java.util.HashMap<>();
		services.forEach(s -> byName.putIfAbsent(s.namespace() + "/" + s.name(), s));
		for (Doc d : docs) {
			if (d.kind().equals("Endpoints")) {
				Optional<Service> svc = Optional.ofNullable(byName.get(d.namespace() + "/" + d.name()));
				if (EndpointSlices.mirrored(d, svc)) {
					slices.addAll(EndpointSlices.fromEndpoints(d));
				}
			}
		}
		Map<String, Map<String, String>> namespaceLabels = new TreeMap<>();
		for (String ns : namespaces) {
			namespaceLabels.put(ns, Map.of("kubernetes.io/metadata.name", ns));
		}
		for (String ns : SYSTEM_NAMESPACES) {
			namespaceLabels.putIfAbsent(ns, Map.of("kubernetes.io/metadata.name", ns));
		}
		for (Doc d : docs) {
			if (d.kind().equals("Namespace")) {
				Map<String, String> labels = new TreeMap<>(labels(d.root().path("metadata", "labels")));
				labels.put("kubernetes.io/metadata.name", d.name()); // set by the API server, immutable
				namespaceLabels.put(d.name(), labels);
			}
		}
		return new Cluster(docs, namespaces, namespaceLabels, nodes, workloads, pods, services, slices,
				networking(docs), notSimulated, budget);
	}

	/**
	 * The cluster's nodes: the Node objects given (an address made up where their status has none), else
	 * three default nodes; plus a node for every name a pod's {@code spec.nodeName} or an EndpointSlice
	 * endpoint's {@code nodeName} mentions that is not among them, so a pod lives on the node it names.
	 */
	private static List<Node> withNamedNodes(List<Node> given, List<Doc> docs) {
		List<Node> nodes = new ArrayList<>();
		if (given.isEmpty()) {
			for (int i = 0; i < DEFAULT_NODE_IPS.size(); i++) {
				nodes.add(new Node("node-" + (i + 1), DEFAULT_NODE_IPS.get(i), Optional.empty(), true));
			}
		}
		else {
			int n = 0;
			for (Node node : given) {
				nodes.add(node.ip().isEmpty() ? new Node(node.name(), "172.18.1." + (2 + n), node.doc(), true) : node);
				n++;
			}
		}
		Set<String> known = new HashSet<>();
		nodes.forEach(x -> known.add(x.name()));
		Set<String> written = new HashSet<>(nodes.stream().map(Node::ip).toList());
		int invented = 0;
		for (String name : nodeNamesWritten(docs)) {
			if (known.add(name)) {
				String ip;
				do {
					ip = "172.18.2." + (2 + invented++);
				}
				while (!written.add(ip));
				nodes.add(new Node(name, ip, Optional.empty(), true));
			}
		}
		return nodes;
	}

	/** Node names in pod specs and EndpointSlice endpoints, in the order written. */
	private static Set<String> nodeNamesWritten(List<Doc> docs) {
		Set<String> names = new LinkedHashSet<>();
		for (Doc d : docs) {
			String templatePath = TEMPLATE_PATHS.get(d.kind());
			if (templatePath != null) {
				template(d.root(), templatePath).get("nodeName").text().filter(x -> !x.isBlank()).ifPresent(names::add);
			}
			else if (d.kind().equals("EndpointSlice")) {
				for (YNode e : d.root().get("endpoints").items()) {
					e.get("nodeName").text().filter(x -> !x.isBlank()).ifPresent(names::add);
				}
			}
		}
		return names;
	}

	private static Cluster.Networking networking(List<Doc> docs) {
		List<Ingress> ingresses = new ArrayList<>();
		List<IngressClass> classes = new ArrayList<>();
		List<Gateway> gateways = new ArrayList<>();
		List<Route> routes = new ArrayList<>();
		List<ReferenceGrant> grants = new ArrayList<>();
		List<NetworkPolicy> policies = new ArrayList<>();
		for (Doc d : docs) {
			switch (d.kind()) {
				case "Ingress" -> ingresses.add(NetworkingBuilder.ingress(d));
				case "IngressClass" -> classes.add(NetworkingBuilder.ingressClass(d));
				case "Gateway" -> gateways.add(NetworkingBuilder.gateway(d));
				case "ReferenceGrant" -> grants.add(NetworkingBuilder.referenceGrant(d));
				case "NetworkPolicy" -> policies.add(NetworkingBuilder.policy(d));
				default -> {
					if (NetworkingBuilder.ROUTE_KINDS.contains(d.kind())) {
						routes.add(NetworkingBuilder.route(d));
					}
				}
			}
		}
		return new Cluster.Networking(ingresses, classes, gateways, routes, grants, policies);
	}

	private static Optional<String> nodeIp(Doc d) {
		for (YNode a : d.root().path("status", "addresses").items()) {
			if (a.get("type").str("").equals("InternalIP")) {
				return a.get("address").text();
			}
		}
		return Optional.empty();
	}

	private void collectWrittenIps(Doc d) {
		d.root().path("status", "podIP").text().ifPresent(usedIps::add);
		d.root().path("spec", "clusterIP").text().ifPresent(usedIps::add);
	}

	private static Workload workload(Doc d, String templatePath, int nodeCount) {
		YNode meta = d.kind().equals("Pod") ? d.root().get("metadata") : templateMeta(d.root(), templatePath);
		long replicas = switch (d.kind()) {
			case "Pod" -> 1;
			case "DaemonSet" -> nodeCount;
			case "Job" -> running(d.root().get("spec"));
			case "CronJob" -> running(d.root().path("spec", "jobTemplate", "spec")); // one Job at a time
			default -> d.root().path("spec", "replicas").integer().orElse(1L);
		};
		int n = (int) Math.max(0, Math.min(Integer.MAX_VALUE, replicas));
		String serviceName = d.kind().equals("StatefulSet") ? d.root().path("spec", "serviceName").str("") : "";
		return new Workload(d.kind(), d.namespace(), d.name(), n, n, labels(meta.get("labels")), templatePath,
				serviceName, d);
	}

	/** Pods a Job runs at once: parallelism (default 1), no more than completions when those are set. */
	private static long running(YNode jobSpec) {
		long parallelism = jobSpec.get("parallelism").integer().orElse(1L);
		return Math.min(parallelism, jobSpec.get("completions").integer().orElse(Long.MAX_VALUE));
	}

	/**
	 * The work limit on pods: when the workloads ask for more pods in all than {@code maxPods}, each is
	 * simulated in proportion to its share (at least one pod), so that a Job asking for a million pods or
	 * fifty Deployments of a thousand replicas cost what a couple of thousand pods cost. Answers built on a
	 * sample say so, and counts use the replicas asked for.
	 */
	static List<Workload> sampled(List<Workload> workloads, int maxPods) {
		long total = workloads.stream().mapToLong(Workload::replicas).sum();
		if (total <= maxPods) {
			return workloads;
		}
		List<Workload> out = new ArrayList<>(workloads.size());
		for (Workload w : workloads) {
			long share = w.replicas() == 0 ? 0 : Math.max(1, w.replicas() * (long) maxPods / total);
			out.add(w.simulating((int) Math.min(w.replicas(), share)));
		}
		return out;
	}

	static YNode template(YMap root, String templatePath) {
		YNode n = root;
		for (String k : PATH_KEYS.computeIfAbsent(templatePath, p -> p.split("\\."))) {
			n = n.get(k);
		}
		return n;
	}

	/** The keys of each template path, split once (the paths are a handful of constants). */
	private static final Map<String, String[]> PATH_KEYS = new java.util.concurrent.ConcurrentHashMap<>();

	private static YNode templateMeta(YMap root, String templatePath) {
		String metaPath = templatePath.substring(0, templatePath.length() - "spec".length()) + "metadata";
		return template(root, metaPath);
	}

	public static Map<String, String> labels(YNode node) {
		Map<String, String> out = new TreeMap<>();
		if (node instanceof YMap m) {
			m.entries().forEach((k, e) -> out.put(k, e.value().str("")));
		}
		return out;
	}

	private List<Pod> podsFor(Workload w, List<Node> nodes, int[] perNode) {
		YNode spec = template(w.doc().root(), w.templatePath());
		List<Container> containers = containers(spec, w.templatePath());
		boolean hostNetwork = spec.get("hostNetwork").bool().orElse(false);
		String dnsPolicy = spec.get("dnsPolicy").str("ClusterFirst");
		List<Pod> out = new ArrayList<>();
		String id = w.id();
		String hash = suffix(id + "#template", 10);
		String notReady = notReadyBecause(w, containers); // the same for every replica of the template
		List<String> hostPortsNeeded = hostPorts(containers, hostNetwork);
		// the labels every replica carries: its template's and those its controller adds to all of them
		Map<String, String> common = new TreeMap<>(w.templateLabels());
		String job = w.kind().equals("CronJob") ? w.name() + "-29000000" : w.name();
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
		LabelMap shared = LabelMap.of(common);
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
			int nodeIndex = placement(spec, nodes, i, hostPortsNeeded);
			if (nodeIndex < 0) {
				continue; // no node has the hostPort free: the scheduler leaves this pod Pending
			}
			Node node = nodes.get(nodeIndex);
			String ip;
			boolean ipAssumed;
			Optional<String> written = w.kind().equals("Pod") ? w.doc().root().path("status", "podIP").text()
					: Optional.empty();
			if (hostNetwork) {
				ip = node.ip();
				ipAssumed = node.ipAssumed();
			}
			else if (written.isPresent()) {
				ip = written.get();
				ipAssumed = false;
			}
			else {
				ip = nextPodIp(nodeIndex, perNode);
				ipAssumed = true;
			}
			out.add(new Pod(w.namespace(), name, ip, node.name(), labels, hostNetwork ? withHostPorts(containers)
					: containers, hostNetwork, dnsPolicy, hostname, subdomain, notReady.isEmpty(), notReady, w, spec,
					ipAssumed));
		}
		return out;
	}

	/**
	 * The node a replica lands on: spec.nodeName when written, else round-robin; a pod that needs
	 * hostPorts goes to the next node where they are free (NodePorts plugin), or nowhere (-1, Pending).
	 * Nodes are found by name and free ports by a bit set per port, so placement stays linear in pods.
	 */
	private int placement(YNode spec, List<Node> nodes, int i, List<String> needs) {
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

	private String nextPodIp(int nodeIndex, int[] perNode) {
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

	static Map<String, String> orderedCopy(Map<String, String> m) {
		return new LinkedHashMap<>(m);
	}
}
