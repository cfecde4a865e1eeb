package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import dev.portpath.sim.parse.Doc;

/**
 * The simulated cluster: everything routing needs, built once from the manifests, with the indexes that
 * keep every question linear in the size of the input: objects by kind, pods by namespace, label and IP,
 * Services by name, slices by Service. A Service, policy or route looks up what it needs instead of
 * scanning every pod or document.
 */
public final class Cluster {

	/** What sits in front of Services and around pods: Ingresses, Gateways, routes and policies. */
	public record Networking(List<Ingress> ingresses, List<IngressClass> ingressClasses, List<Gateway> gateways,
			List<Route> routes, List<ReferenceGrant> referenceGrants, List<NetworkPolicy> policies) {

		public Networking {
			ingresses = List.copyOf(ingresses);
			ingressClasses = List.copyOf(ingressClasses);
			gateways = List.copyOf(gateways);
			routes = List.copyOf(routes);
			referenceGrants = List.copyOf(referenceGrants);
			policies = List.copyOf(policies);
		}
	}

	private final dev.portpath.sim.parse.Budget budget;

	private final List<Doc> docs;

	private final Set<String> namespaces;

	private final Map<String, Map<String, String>> namespaceLabels;

	private final List<Node> nodes;

	private final List<Workload> workloads;

	private final List<Pod> pods;

	private final List<Service> services;

	private final List<EndpointSlice> slices;

	private final Networking networking;

	private final List<Doc> notSimulated;

	private final Map<String, List<Doc>> docsByKind = new HashMap<>();

	private final Map<String, List<Pod>> podsByNamespace = new HashMap<>();

	/**
	 * Label key, then namespace and value, then the pods carrying that label. Built per key on first use:
	 * selectors use a few keys (app, app.kubernetes.io/name), pods carry many.
	 */
	private final Map<String, Map<String, List<Pod>>> podsByLabel = new ConcurrentHashMap<>();

	private final Map<String, List<Pod>> podsByIp = new HashMap<>();

	private final Map<Workload, List<Pod>> podsByOwner = new IdentityHashMap<>();

	private final Map<String, Service> servicesByKey = new HashMap<>();

	private final Map<String, List<EndpointSlice>> slicesByService = new HashMap<>();

	private final Map<String, Node> nodesByName = new HashMap<>();

	private final Map<String, List<Service>> servicesByName = new HashMap<>();

	private final Map<String, List<Service>> servicesByNamespace = new HashMap<>();

	private final Set<String> notSimulatedNamespaces = new java.util.HashSet<>();

	private final Map<Service, Integer> servicePositions = new IdentityHashMap<>();

	private final List<Route> meshRoutes;

	private final Map<Doc, Integer> docPositions = new IdentityHashMap<>();

	private final Map<String, List<Doc>> endpointsDocs = new HashMap<>();

	private final Map<String, List<Workload>> workloadsByLabel = new HashMap<>();

	private final Map<String, List<Workload>> workloadsByNamespace = new HashMap<>();

	private final Map<String, List<Workload>> workloadsByKey = new HashMap<>();

	private final Map<String, List<Workload>> workloadsByValue = new HashMap<>();

	private final Map<Pod, List<Service>> servicesByPod = new IdentityHashMap<>();

	private final Map<String, List<NetworkPolicy>> policiesByNamespace = new HashMap<>();

	/** A key that marks a lazily built pod index as built. */
	private static final Pod NO_POD = new Pod("", "", "", "", Map.of(), List.of(), false, "", "", "", false, "",
			new Workload("", "", "", 0, 0, Map.of(), "", "", new Doc(new dev.portpath.sim.parse.YMap(Map.of(),
					dev.portpath.sim.parse.Loc.NONE), dev.portpath.sim.parse.Loc.NONE)),
			new dev.portpath.sim.parse.YMap(Map.of(), dev.portpath.sim.parse.Loc.NONE), true);

	private final Map<Service, List<Pod>> byService = new IdentityHashMap<>();

	/** Selections already made: Services and policies ask for the same pods many times. */
	private final Map<String, List<Pod>> selections = new ConcurrentHashMap<>();

	public Cluster(List<Doc> docs, Set<String> namespaces, Map<String, Map<String, String>> namespaceLabels,
			List<Node> nodes, List<Workload> workloads, List<Pod> pods, List<Service> services, List<EndpointSlice> slices,
			Networking networking, List<Doc> notSimulated, dev.portpath.sim.parse.Budget budget) {
		this.budget = budget;
		this.docs = List.copyOf(docs);
		this.namespaces = Collections.unmodifiableSet(new TreeSet<>(namespaces));
		this.namespaceLabels = Collections.unmodifiableMap(new TreeMap<>(namespaceLabels));
		this.nodes = List.copyOf(nodes);
		this.workloads = List.copyOf(workloads);
		this.pods = List.copyOf(pods);
		this.services = List.copyOf(services);
		this.slices = List.copyOf(slices);
		this.networking = networking;
		this.notSimulated = List.copyOf(notSimulated);
		for (Doc d : this.docs) {
			docsByKind.computeIfAbsent(d.kind(), k -> new ArrayList<>()).add(d);
			docPositions.put(d, docPositions.size());
			String owner = switch (d.kind()) {
				case "Endpoints" -> d.name();
				case "EndpointSlice" -> d.root().path("metadata", "labels", "kubernetes.io/service-name").str("");
				default -> "";
			};
			if (!owner.isEmpty()) {
				endpointsDocs.computeIfAbsent(d.namespace() + "/" + owner, k -> new ArrayList<>()).add(d);
			}
		}
		this.notSimulated.forEach(d -> notSimulatedNamespaces.add(d.namespace()));
		networking.policies().forEach(np -> policiesByNamespace.computeIfAbsent(np.namespace(), k -> new ArrayList<>()).add(np));
		this.meshRoutes = networking.routes().stream().filter(r -> r.parents().stream().anyMatch(Route.ParentRef::isService))
			.toList();
		for (Pod p : this.pods) {
			podsByNamespace.computeIfAbsent(p.namespace(), k -> new ArrayList<>()).add(p);
			podsByIp.computeIfAbsent(p.ip(), k -> new ArrayList<>()).add(p);
			podsByOwner.computeIfAbsent(p.owner(), k -> new ArrayList<>()).add(p);
		}
		for (Service s : this.services) {
			servicesByKey.putIfAbsent(s.namespace() + "/" + s.name(), s);
			servicesByName.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(s);
			servicesByNamespace.computeIfAbsent(s.namespace(), k -> new ArrayList<>()).add(s);
			servicePositions.put(s, servicePositions.size());
		}
		for (Workload w : this.workloads) {
			workloadsByNamespace.computeIfAbsent(w.namespace(), k -> new ArrayList<>()).add(w);
		}
		for (EndpointSlice e : this.slices) {
			slicesByService.computeIfAbsent(e.namespace() + "/" + e.serviceName(), k -> new ArrayList<>()).add(e);
		}
		for (Node n : this.nodes) {
			nodesByName.putIfAbsent(n.name(), n);
		}
	}

	/** The time this cluster's request may still spend: rules and traces tick it as they work. */
	public dev.portpath.sim.parse.Budget budget() {
		return budget;
	}

	public List<Doc> docs() {
		return docs;
	}

	public Set<String> namespaces() {
		return namespaces;
	}

	public Map<String, Map<String, String>> namespaceLabels() {
		return namespaceLabels;
	}

	public List<Node> nodes() {
		return nodes;
	}

	public List<Workload> workloads() {
		return workloads;
	}

	public List<Pod> pods() {
		return pods;
	}

	public List<Service> services() {
		return services;
	}

	public List<EndpointSlice> slices() {
		return slices;
	}

	public Networking networking() {
		return networking;
	}

	public List<Doc> notSimulated() {
		return notSimulated;
	}

	/** A namespace's labels, including kubernetes.io/metadata.name, which the API server sets on every namespace. */
	public Map<String, String> labelsOf(String namespace) {
		return namespaceLabels.getOrDefault(namespace, Map.of("kubernetes.io/metadata.name", namespace));
	}

	/** The objects of one kind, in input order. */
	public List<Doc> docsOfKind(String kind) {
		return docsByKind.getOrDefault(kind, List.of());
	}

	public Optional<Service> service(String namespace, String name) {
		return Optional.ofNullable(servicesByKey.get(namespace + "/" + name));
	}

	public List<Pod> podsOf(Workload w) {
		return podsByOwner.getOrDefault(w, List.of());
	}

	/** The pods of a namespace, in the order they were made. */
	public List<Pod> podsIn(String namespace) {
		return podsByNamespace.getOrDefault(namespace, List.of());
	}

	/** The pod of this name in the namespace, if the cluster has it. */
	public Optional<Pod> pod(String namespace, String name) {
		return podsIn(namespace).stream().filter(p -> p.name().equals(name)).findFirst();
	}

	/** Whether the manifests hold real pods in this namespace (a dump), so slices and pods can be compared. */
	public boolean holdsPodsIn(String namespace) {
		return podsIn(namespace).stream().anyMatch(Pod::observed);
	}

	/** The pods whose IP is {@code ip} (several when they use the host network), in the order they were made. */
	public List<Pod> podsWithIp(String ip) {
		return podsByIp.getOrDefault(ip, List.of());
	}

	/**
	 * The pods of a namespace whose labels include every entry of {@code selector}, sorted by name (a
	 * Service's selector); looked up through the rarest of its labels rather than by scanning the namespace.
	 */
	public List<Pod> selectedBy(String namespace, Map<String, String> selector) {
		String key = namespace + "\u0000" + new TreeMap<>(selector);
		return selections.computeIfAbsent(key, k -> select(namespace, selector));
	}

	/** The pods a Service's selector picks in its namespace, sorted by name; none without a selector. */
	public List<Pod> selectedBy(Service s) {
		if (s.selector().isEmpty()) {
			return List.of();
		}
		synchronized (byService) {
			List<Pod> known = byService.get(s);
			if (known == null) {
				known = selectedBy(s.namespace(), s.selector().get());
				byService.put(s, known);
			}
			return known;
		}
	}

	/** The pods of a namespace a LabelSelector matches, in the order they were made (NetworkPolicy podSelector). */
	public List<Pod> matching(String namespace, LabelSelector selector) {
		List<Pod> candidates = selector.matchLabels().isEmpty() ? podsIn(namespace)
				: candidates(namespace, selector.matchLabels());
		List<Pod> out = new ArrayList<>();
		for (Pod p : candidates) {
			if (selector.matches(p.labels())) {
				out.add(p);
			}
		}
		return out;
	}

	private List<Pod> select(String namespace, Map<String, String> selector) {
		List<Pod> out = new ArrayList<>();
		for (Pod p : selector.isEmpty() ? podsIn(namespace) : candidates(namespace, selector)) {
			if (matchesAll(selector, p.labels())) {
				out.add(p);
			}
		}
		out.sort(Comparator.comparing(Pod::name));
		return List.copyOf(out);
	}

	/** The shortest posting list among the selector's labels: every match is in it. */
	private List<Pod> candidates(String namespace, Map<String, String> labels) {
		List<Pod> best = null;
		for (Map.Entry<String, String> e : labels.entrySet()) {
			List<Pod> posting = podsByLabel.computeIfAbsent(e.getKey(), this::indexLabel)
				.getOrDefault(namespace + "\u0000" + e.getValue(), List.of());
			if (best == null || posting.size() < best.size()) {
				best = posting;
			}
		}
		return best == null ? List.of() : best;
	}

	private Map<String, List<Pod>> indexLabel(String key) {
		Map<String, List<Pod>> byValue = new HashMap<>();
		for (Pod p : pods) {
			String v = p.labels().get(key);
			if (v != null) {
				byValue.computeIfAbsent(p.namespace() + "\u0000" + v, k -> new ArrayList<>()).add(p);
			}
		}
		return byValue;
	}

	private static boolean matchesAll(Map<String, String> selector, Map<String, String> labels) {
		for (Map.Entry<String, String> e : selector.entrySet()) {
			if (!e.getValue().equals(labels.get(e.getKey()))) {
				return false;
			}
		}
		return true;
	}

	/** True when the namespace holds objects of kinds PortPath does not simulate (operators' custom resources, say). */
	public boolean hasNotSimulatedIn(String namespace) {
		return notSimulatedNamespaces.contains(namespace);
	}

	/** EndpointSlices of a namespace that carry no kubernetes.io/service-name label. */
	public List<EndpointSlice> unlabelledSlicesIn(String namespace) {
		return slicesByService.getOrDefault(namespace + "/", List.of());
	}

	/**
	 * The Endpoints object named like the Service and the EndpointSlices labelled with its name, as written
	 * in the manifests, in input order.
	 */
	public List<Doc> endpointsWrittenFor(Service svc) {
		return endpointsDocs.getOrDefault(svc.namespace() + "/" + svc.name(), List.of());
	}

	/** The Services of a namespace, in input order. */
	public List<Service> servicesIn(String namespace) {
		return servicesByNamespace.getOrDefault(namespace, List.of());
	}

	/** Routes with a Service among their parents (Gateway API mesh), in input order. */
	public List<Route> meshRoutes() {
		return meshRoutes;
	}

	/** Where an object stands in input order, for sorting what was found through an index. */
	public int position(Doc d) {
		return docPositions.getOrDefault(d, Integer.MAX_VALUE);
	}

	/** Where a Service stands in input order, for sorting what was found through an index. */
	public int position(Service s) {
		return servicePositions.getOrDefault(s, Integer.MAX_VALUE);
	}

	/** Services of this name in every namespace, in input order. */
	public List<Service> servicesNamed(String name) {
		return servicesByName.getOrDefault(name, List.of());
	}

	/** The Services whose selector picks this pod, in input order. */
	public List<Service> servicesSelecting(Pod pod) {
		synchronized (servicesByPod) {
			if (servicesByPod.isEmpty() && !services.isEmpty()) {
				for (Service s : services) {
					s.selector().ifPresent(sel -> selectedBy(s.namespace(), sel)
						.forEach(p -> servicesByPod.computeIfAbsent(p, k -> new ArrayList<>()).add(s)));
				}
				servicesByPod.put(NO_POD, List.of()); // marks the index as built
			}
			return servicesByPod.getOrDefault(pod, List.of());
		}
	}

	/**
	 * The NetworkPolicies of the pod's namespace that select it and isolate it for that direction. Judged
	 * per question rather than indexed per pod: an index would hold policies × pods entries, which a small
	 * paste of many catch-all policies could make huge.
	 */
	public List<NetworkPolicy> policiesFor(Pod pod, boolean egress) {
		List<NetworkPolicy> out = new ArrayList<>();
		for (NetworkPolicy np : policiesByNamespace.getOrDefault(pod.namespace(), List.of())) {
			if ((egress ? np.egress() : np.ingress()) && np.podSelector().matches(pod.labels())) {
				out.add(np);
			}
		}
		return out;
	}

	/** Workloads in every namespace whose pod template carries all of the selector's labels, in input order. */
	public List<Workload> workloadsWithLabels(Map<String, String> selector) {
		indexWorkloadLabels();
		List<Workload> candidates = workloads;
		for (Map.Entry<String, String> e : selector.entrySet()) {
			List<Workload> posting = workloadsByLabel.getOrDefault(e.getKey() + "=" + e.getValue(), List.of());
			if (posting.size() < candidates.size()) {
				candidates = posting;
			}
		}
		return candidates.stream().filter(w -> matchesAll(selector, w.templateLabels())).toList();
	}

	/**
	 * The workloads of a namespace that could be one label away from the selector, in input order: with two
	 * or more labels they share at least one exactly; with one, they have its key or its value.
	 */
	public List<Workload> nearMissCandidates(String namespace, Map<String, String> selector) {
		indexWorkloadLabels();
		Set<Workload> found = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Map.Entry<String, String> e : selector.entrySet()) {
			found.addAll(workloadsByLabel.getOrDefault(e.getKey() + "=" + e.getValue(), List.of()));
			if (selector.size() == 1) {
				found.addAll(workloadsByKey.getOrDefault(e.getKey(), List.of()));
				found.addAll(workloadsByValue.getOrDefault(e.getValue(), List.of()));
			}
		}
		return workloadsIn(namespace).stream().filter(found::contains).toList();
	}

	/** Workloads by template label, key and value: only a selector that matches nothing needs them. */
	private void indexWorkloadLabels() {
		synchronized (workloadsByLabel) {
			if (!workloadsByLabel.isEmpty() || workloads.isEmpty()) {
				return;
			}
			for (Workload w : workloads) {
				w.templateLabels().forEach((k, v) -> {
					workloadsByLabel.computeIfAbsent(k + "=" + v, x -> new ArrayList<>()).add(w);
					workloadsByKey.computeIfAbsent(k, x -> new ArrayList<>()).add(w);
					workloadsByValue.computeIfAbsent(v, x -> new ArrayList<>()).add(w);
				});
			}
			workloadsByLabel.putIfAbsent("", List.of()); // built, even when no template has labels
		}
	}

	/** The workloads of a namespace, in input order. */
	public List<Workload> workloadsIn(String namespace) {
		return workloadsByNamespace.getOrDefault(namespace, List.of());
	}

	public Optional<Node> node(String name) {
		return Optional.ofNullable(nodesByName.get(name));
	}

	public List<EndpointSlice> slicesFor(Service s) {
		return slicesByService.getOrDefault(s.namespace() + "/" + s.name(), List.of());
	}
}
