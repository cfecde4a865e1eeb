package dev.portpath.sim.model;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import dev.portpath.sim.parse.Budget;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Kinds;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;

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

	/** Where ModelBuilder's callers found the default node addresses; see {@link NodeList}. */
	public static final List<String> DEFAULT_NODE_IPS = NodeList.DEFAULT_IPS;

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

	/**
	 * What a first pass over the objects finds: namespaces, Node objects, kinds not simulated, and the objects
	 * to simulate (all but the lookalikes).
	 */
	private record Scan(Set<String> namespaces, List<Node> nodes, List<Doc> notSimulated, List<Doc> simulated) {
	}

	/**
	 * A simulated kind's name in a group that is not its own: Istio's {@code networking.istio.io} Gateway,
	 * Knative's Service. It is another kind, not simulated, and said so. The legacy {@code extensions} group of
	 * workloads, Ingress and NetworkPolicy is read as before.
	 */
	static boolean lookalike(Doc d) {
		return !Kinds.inSimulatedGroup(d.kind(), d.apiVersion()) && !d.apiVersion().startsWith("extensions/");
	}

	public Cluster build(List<Doc> written) {
		Scan scan = scan(written);
		List<Doc> docs = scan.simulated();
		List<Node> nodes = NodeList.withNamedNodes(scan.nodes(), docs);
		usedIps.addAll(nodes.stream().map(Node::ip).toList());
		Map<Doc, List<Doc>> running = observedPods(docs);
		List<Workload> workloads = workloads(docs, running, nodes.size());
		workloads = sampled(workloads, maxPods);
		PodFactory factory = new PodFactory(nodes, usedIps, budget);
		List<Pod> pods = new ArrayList<>();
		for (Workload w : workloads) {
			pods.addAll(w.observed() ? factory.observed(w, running.getOrDefault(w.doc(), List.of())) : factory.podsFor(w));
		}
		List<Service> services = services(docs);
		return new Cluster(docs, scan.namespaces(), namespaceLabels(scan.namespaces(), docs), nodes, workloads, pods,
				services, slices(docs, services), networking(docs), scan.notSimulated(), budget);
	}

	/**
	 * The Pods the manifests hold, under the workload that controls them (a dump of a cluster): those
	 * workloads run exactly these pods, and PortPath makes none for them.
	 */
	private Map<Doc, List<Doc>> observedPods(List<Doc> docs) {
		Owners owners = Owners.of(docs);
		Map<Doc, List<Doc>> running = new IdentityHashMap<>();
		for (Doc d : docs) {
			if (d.kind().equals("Pod")) {
				budget.tick();
				owners.topOwner(d).ifPresent(o -> running.computeIfAbsent(o, k -> new ArrayList<>()).add(d));
			}
		}
		for (Doc d : docs) {
			if (!d.kind().equals("Pod") && TEMPLATE_PATHS.containsKey(d.kind()) && owners.controlled(d)) {
				running.putIfAbsent(d, CONTROLLED); // a ReplicaSet of a Deployment in the paste: the Deployment runs its pods
			}
		}
		return running;
	}

	/** Marks a workload that another workload in the manifests controls. */
	private static final List<Doc> CONTROLLED = List.of();

	/** Every object that runs pods of its own: not a Pod or ReplicaSet that another workload here controls. */
	private List<Workload> workloads(List<Doc> docs, Map<Doc, List<Doc>> running, int nodeCount) {
		Set<Doc> ownedPods = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		running.values().forEach(ownedPods::addAll);
		List<Workload> workloads = new ArrayList<>();
		for (Doc d : docs) {
			String templatePath = TEMPLATE_PATHS.get(d.kind());
			List<Doc> pods = running.get(d);
			if (templatePath == null || ownedPods.contains(d) || pods == CONTROLLED) {
				continue;
			}
			budget.tick();
			Workload w = workload(d, templatePath, nodeCount);
			if (pods == null && d.kind().equals("Pod") && d.root().path("status", "phase").present()) {
				running.put(d, List.of(d)); // a bare Pod as the cluster prints it: its status is the truth
				pods = running.get(d);
			}
			workloads.add(pods == null ? w : w.observing(pods.size()));
		}
		return workloads;
	}

	private Scan scan(List<Doc> docs) {
		Set<String> namespaces = new LinkedHashSet<>();
		namespaces.add("default");
		List<Node> nodes = new ArrayList<>();
		List<Doc> notSimulated = new ArrayList<>();
		List<Doc> simulated = new ArrayList<>(docs.size());
		for (Doc d : docs) {
			if (lookalike(d)) {
				notSimulated.add(d);
				continue;
			}
			simulated.add(d);
			if (d.kind().equals("Namespace")) {
				namespaces.add(d.name());
			}
			else if (d.kind().equals("Node")) {
				nodes.add(NodeList.given(d));
			}
			else if (!TEMPLATE_PATHS.containsKey(d.kind()) && !KNOWN.contains(d.kind())
					&& !NetworkingBuilder.KINDS.contains(d.kind())) {
				notSimulated.add(d);
			}
			if (!d.kind().equals("Namespace") && !d.kind().equals("Node")) {
				namespaces.add(d.namespace()); // "default" when none is written, which the set holds already
			}
			collectWrittenIps(d);
		}
		return new Scan(namespaces, nodes, notSimulated,
				simulated.size() == docs.size() ? docs : Collections.unmodifiableList(simulated));
	}

	/** Services after defaulting, with ClusterIPs and nodePorts allocated in document order. */
	private List<Service> services(List<Doc> docs) {
		List<Service> services = new ArrayList<>();
		ServiceAllocator alloc = new ServiceAllocator(docs, usedIps);
		for (Doc d : docs) {
			if (d.kind().equals("Service")) {
				services.add(alloc.service(d));
			}
		}
		return services;
	}

	/** EndpointSlices as written, and Endpoints objects mirrored into slices where the mirroring controller would. */
	private static List<EndpointSlice> slices(List<Doc> docs, List<Service> services) {
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
		return slices;
	}

	/** Every namespace's labels, with kubernetes.io/metadata.name, which the API server sets and keeps. */
	private static Map<String, Map<String, String>> namespaceLabels(Set<String> namespaces, List<Doc> docs) {
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
		return namespaceLabels;
	}

	/** The pod template path of a kind that makes pods, or null for other kinds. */
	static @Nullable String templatePath(String kind) {
		return TEMPLATE_PATHS.get(kind);
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
					if (Kinds.ROUTES.contains(d.kind())) {
						routes.add(NetworkingBuilder.route(d));
					}
				}
			}
		}
		return new Cluster.Networking(ingresses, classes, gateways, routes, grants, policies);
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
		long total = workloads.stream().filter(w -> !w.observed()).mapToLong(Workload::replicas).sum();
		if (total <= maxPods) {
			return workloads;
		}
		List<Workload> out = new ArrayList<>(workloads.size());
		for (Workload w : workloads) {
			if (w.observed()) {
				out.add(w); // the pods of a dump are bounded by its documents
				continue;
			}
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

	static Map<String, String> orderedCopy(Map<String, String> m) {
		return new LinkedHashMap<>(m);
	}
}
