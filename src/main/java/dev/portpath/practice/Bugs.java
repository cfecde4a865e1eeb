package dev.portpath.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.portpath.practice.Manifests.Located;

/**
 * Plans a bug of a kind on the path of a working app's request: where it goes and what it writes. A plan
 * only says the change can be made; whether it really breaks the request (and whether the app with its
 * preparation still works) is decided by tracing, in {@link Generator}.
 */
final class Bugs {

	private Bugs() {
	}

	static Optional<Change> plan(BugKind kind, Facts f, Manifests app) {
		return switch (kind) {
			case NAMED_TARGET_PORT_TYPO -> namedTargetPortTypo(f, app);
			case CONTAINER_PORT_RENAMED -> containerPortRenamed(f, app);
			case PROTOCOL_FLIPPED -> protocolFlipped(f, app);
			case TARGET_PORT_UNDECLARED -> targetPortUndeclared(f, app);
			case QUOTED_TARGET_PORT -> quotedTargetPort(f, app);
			case SELECTOR_TYPO -> selectorTypo(f, app);
			case SERVICE_PORT_CHANGED -> servicePortChanged(f, app);
			case NODE_PORT_OUT_OF_RANGE -> nodePortOutOfRange(f, app);
			case BACKEND_IS_TARGET_PORT -> backendIsTargetPort(f, app);
			case POLICY_ON_SERVICE_PORT -> policyOnServicePort(f, app);
			case EGRESS_WITHOUT_DNS -> egressWithoutDns(f, app);
			case HEADLESS_PORT_MISMATCH -> headlessPortMismatch(f, app);
			case STATEFULSET_SERVICE_NAME -> statefulSetServiceName(f, app);
			case READINESS_PROBE_PORT -> readinessProbePort(f, app);
		};
	}

	// ---------------------------------------------------------------- the Service and the container port

	private static Optional<Change> namedTargetPortTypo(Facts f, Manifests app) {
		Optional<String> name = containerPortName(f, app);
		if (f.servicePort().isEmpty() || name.isEmpty() || headless(f, app)) {
			return Optional.empty();
		}
		String field = f.servicePort().get() + ".targetPort";
		String typo = Names.typo(name.get());
		return Optional.of(set(BugKind.NAMED_TARGET_PORT_TYPO, "targetPort " + typo + " instead of " + name.get(), field,
				typo));
	}

	private static Optional<Change> containerPortRenamed(Facts f, Manifests app) {
		Optional<String> name = containerPortName(f, app);
		if (f.servicePort().isEmpty() || name.isEmpty() || f.containerPort().isEmpty()) {
			return Optional.empty();
		}
		Object target = get(app, f.servicePort().get() + ".targetPort");
		if (!(target instanceof String s) || !s.equals(name.get())) {
			return Optional.empty();
		}
		String renamed = Names.rename(name.get());
		return Optional.of(set(BugKind.CONTAINER_PORT_RENAMED, "the container port is named " + renamed + ", the Service"
				+ " still asks for " + name.get(), f.containerPort().get() + ".name", renamed));
	}

	private static Optional<Change> protocolFlipped(Facts f, Manifests app) {
		if (f.containerPort().isEmpty() || !f.protocolName().equals("TCP")) {
			return Optional.empty();
		}
		return Optional.of(set(BugKind.PROTOCOL_FLIPPED, "the container port is declared protocol: UDP",
				f.containerPort().get() + ".protocol", "UDP"));
	}

	private static Optional<Change> targetPortUndeclared(Facts f, Manifests app) {
		if (f.servicePort().isEmpty() || f.workload().isEmpty() || headless(f, app)) {
			return Optional.empty();
		}
		Map<String, Object> sp = Manifests.map(get(app, f.servicePort().get()));
		if (sp == null || !(sp.get("port") instanceof Integer port)) {
			return Optional.empty();
		}
		Set<Integer> declared = declaredPorts(f, app);
		int n = port != f.delivered().port() && !declared.contains(port) ? port : f.delivered().port() + 1;
		while (declared.contains(n) || n == f.delivered().port()) {
			n++;
		}
		return Optional.of(set(BugKind.TARGET_PORT_UNDECLARED, "targetPort " + n + ", where no container listens",
				f.servicePort().get() + ".targetPort", n));
	}

	private static Optional<Change> quotedTargetPort(Facts f, Manifests app) {
		if (f.servicePort().isEmpty() || headless(f, app)) {
			return Optional.empty();
		}
		String quoted = String.valueOf(f.delivered().port());
		return Optional.of(set(BugKind.QUOTED_TARGET_PORT, "targetPort \"" + quoted + "\" in quotes, a name the API server"
				+ " refuses", f.servicePort().get() + ".targetPort", quoted));
	}

	private static Optional<Change> selectorTypo(Facts f, Manifests app) {
		if (f.service().isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> selector = Manifests.map(get(app, f.service().get() + "/spec.selector"));
		if (selector == null || selector.isEmpty()) {
			return Optional.empty();
		}
		var first = selector.entrySet().iterator().next();
		String value = Manifests.str(first.getValue());
		String typo = Names.typo(value);
		return Optional.of(set(BugKind.SELECTOR_TYPO, "the selector asks for " + first.getKey() + "=" + typo + " (the pods"
				+ " say " + value + ")", f.service().get() + "/spec.selector." + first.getKey(), typo));
	}

	private static Optional<Change> servicePortChanged(Facts f, Manifests app) {
		if (f.servicePort().isEmpty() || !f.byName() || headless(f, app)) {
			return Optional.empty();
		}
		Map<String, Object> sp = Manifests.map(get(app, f.servicePort().get()));
		if (sp == null || !(sp.get("port") instanceof Integer port)) {
			return Optional.empty();
		}
		Set<Integer> taken = new java.util.HashSet<>();
		List<Object> all = Manifests.list(get(app, f.service().orElseThrow() + "/spec.ports"));
		all.forEach(p -> {
			Map<String, Object> pm = Manifests.map(p);
			if (pm != null && pm.get("port") instanceof Integer n) {
				taken.add(n);
			}
		});
		int n = f.delivered().port() != port && !taken.contains(f.delivered().port()) ? f.delivered().port() : port + 1;
		while (taken.contains(n)) {
			n++;
		}
		String entry = f.servicePort().get();
		int changed = n;
		Consumer<Manifests> explicit = m -> {
			Map<String, Object> p = Manifests.map(get(m, entry));
			if (p != null && !p.containsKey("targetPort")) {
				p.put("targetPort", port); // the default, written out: changing port must not move it
			}
		};
		return Optional.of(new Change(BugKind.SERVICE_PORT_CHANGED.id(), "the Service port is " + n + "; clients dial "
				+ port, Set.of(entry + ".port"), explicit, m -> put(m, entry + ".port", changed)));
	}

	private static Optional<Change> readinessProbePort(Facts f, Manifests app) {
		if (f.containerPort().isEmpty() || !f.throughKubeProxy() && f.backend().isEmpty()) {
			return Optional.empty();
		}
		String container = Manifests.parent(Manifests.parent(f.containerPort().get()));
		Map<String, Object> c = Manifests.map(get(app, container));
		if (c == null) {
			return Optional.empty();
		}
		Set<String> names = new java.util.HashSet<>();
		List<Object> ports = Manifests.list(c.get("ports"));
		if (ports != null) {
			ports.forEach(p -> names.add(Manifests.str(Manifests.map(p) == null ? null : Manifests.map(p).get("name"))));
		}
		String bad = names.contains("health") ? "healthz" : "health";
		Map<String, Object> probe = Manifests.map(c.get("readinessProbe"));
		String probeField;
		Consumer<Manifests> prepare = Change.NOTHING;
		if (probe != null && Manifests.map(probe.get("httpGet")) != null) {
			probeField = container + ".readinessProbe.httpGet.port";
		}
		else if (probe != null && Manifests.map(probe.get("tcpSocket")) != null) {
			probeField = container + ".readinessProbe.tcpSocket.port";
		}
		else if (probe == null) {
			probeField = container + ".readinessProbe.tcpSocket.port";
			int port = f.delivered().port();
			prepare = m -> {
				Map<String, Object> cm = Manifests.map(get(m, container));
				if (cm != null) {
					Map<String, Object> tcp = new LinkedHashMap<>();
					tcp.put("port", port);
					Map<String, Object> p = new LinkedHashMap<>();
					p.put("tcpSocket", tcp);
					p.put("periodSeconds", 10);
					cm.put("readinessProbe", p);
				}
			};
		}
		else {
			return Optional.empty();
		}
		String field = probeField;
		return Optional.of(new Change(BugKind.READINESS_PROBE_PORT.id(), "the readiness probe checks port " + bad
				+ ", which the container does not declare", Set.of(field), prepare, m -> put(m, field, bad)));
	}

	// ---------------------------------------------------------------- doors

	private static Optional<Change> nodePortOutOfRange(Facts f, Manifests app) {
		if (f.nodePort().isEmpty() || !(get(app, f.nodePort().get()) instanceof Integer n)) {
			return Optional.empty();
		}
		int out = n % 10000 == 0 ? 8080 : n % 10000;
		return Optional.of(set(BugKind.NODE_PORT_OUT_OF_RANGE, "nodePort " + out + ", outside 30000-32767",
				f.nodePort().get(), out));
	}

	private static Optional<Change> backendIsTargetPort(Facts f, Manifests app) {
		if (f.backend().isEmpty() || f.servicePort().isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> sp = Manifests.map(get(app, f.servicePort().get()));
		int podPort = f.delivered().port();
		if (sp == null || Integer.valueOf(podPort).equals(sp.get("port"))) {
			return Optional.empty();
		}
		String backend = f.backend().get();
		if (backend.startsWith("Ingress/")) {
			Map<String, Object> number = new LinkedHashMap<>();
			number.put("number", podPort);
			return Optional.of(set(BugKind.BACKEND_IS_TARGET_PORT, "the Ingress backend asks for port " + podPort
					+ ", the pods' port", backend, number));
		}
		return Optional.of(set(BugKind.BACKEND_IS_TARGET_PORT, "the backendRef asks for port " + podPort
				+ ", the pods' port", backend + ".port", podPort));
	}

	// ---------------------------------------------------------------- NetworkPolicy

	private static Optional<Change> policyOnServicePort(Facts f, Manifests app) {
		if (f.servicePort().isEmpty() || f.workload().isEmpty() || !f.client().inCluster() || !f.throughKubeProxy()) {
			return Optional.empty();
		}
		Map<String, Object> sp = Manifests.map(get(app, f.servicePort().get()));
		if (sp == null || !(sp.get("port") instanceof Integer svcPort) || svcPort == f.delivered().port()) {
			return Optional.empty();
		}
		String podPortName = containerPortName(f, app).orElse("");
		if (f.policy().isPresent()) {
			Optional<String> entry = policyPortEntry(app, f.policy().get(), f.delivered().port(), podPortName);
			return entry.map(e -> set(BugKind.POLICY_ON_SERVICE_PORT, "the policy allows port " + svcPort
					+ ", the Service port", e + ".port", svcPort));
		}
		Map<String, Object> labels = Manifests.map(get(app, f.workload().get() + "/" + Facts.podLabels(f.workload().get())));
		if (labels == null || labels.isEmpty()) {
			return Optional.empty();
		}
		String ns = f.delivered().namespace();
		String name = Names.dns(f.workload().get().split("/")[2] + "-allow-clients");
		String ref = "NetworkPolicy/" + ns + "/" + name;
		int podPort = f.delivered().port();
		Consumer<Manifests> prepare = m -> {
			Map<String, Object> port = new LinkedHashMap<>();
			port.put("protocol", "TCP");
			port.put("port", podPort);
			Map<String, Object> rule = new LinkedHashMap<>();
			rule.put("from", new ArrayList<>(List.of(Map.of("namespaceSelector", Map.of()))));
			rule.put("ports", new ArrayList<>(List.of(port)));
			Map<String, Object> spec = new LinkedHashMap<>();
			spec.put("podSelector", Map.of("matchLabels", new LinkedHashMap<>(labels)));
			spec.put("policyTypes", new ArrayList<>(List.of("Ingress")));
			spec.put("ingress", new ArrayList<>(List.of(rule)));
			m.add(object("networking.k8s.io/v1", "NetworkPolicy", ns, name, spec));
		};
		String field = ref + "/spec.ingress[0].ports[0].port";
		return Optional.of(new Change(BugKind.POLICY_ON_SERVICE_PORT.id(), "the policy allows port " + svcPort
				+ ", the Service port", Set.of(field), prepare, m -> put(m, field, svcPort)));
	}

	/** The ports entry of a policy's ingress rules that allows the pod's port (by number or name). */
	private static Optional<String> policyPortEntry(Manifests app, String policy, int port, String name) {
		List<Object> rules = Manifests.list(get(app, policy + "/spec.ingress"));
		if (rules == null) {
			return Optional.empty();
		}
		for (int r = 0; r < rules.size(); r++) {
			List<Object> ports = Manifests.list(Manifests.get(rules.get(r), "ports"));
			for (int p = 0; ports != null && p < ports.size(); p++) {
				Object v = Manifests.get(ports.get(p), "port");
				if (Integer.valueOf(port).equals(v) || !name.isEmpty() && name.equals(v)) {
					if (Manifests.get(ports.get(p), "endPort") == null) {
						return Optional.of(policy + "/spec.ingress[" + r + "].ports[" + p + "]");
					}
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<Change> egressWithoutDns(Facts f, Manifests app) {
		Facts.Client client = f.client();
		if (!client.inCluster() || !f.byName() || f.workload().isEmpty() || f.backend().isPresent()) {
			return Optional.empty();
		}
		Map<String, Object> clientLabels;
		if (client.shell()) {
			clientLabels = Map.of();
		}
		else {
			Optional<Manifests.Obj> w = app.find(client.kind(), client.namespace(), client.name());
			if (w.isEmpty()) {
				return Optional.empty();
			}
			String ref = client.kind() + "/" + client.namespace() + "/" + client.name();
			clientLabels = Manifests.map(Manifests.get(w.get().doc(), Facts.podLabels(ref)));
			if (clientLabels == null || clientLabels.isEmpty()) {
				return Optional.empty();
			}
		}
		Map<String, Object> serverLabels = Manifests.map(get(app, f.workload().get() + "/"
				+ Facts.podLabels(f.workload().get())));
		if (serverLabels == null || serverLabels.isEmpty()) {
			return Optional.empty();
		}
		String ns = client.namespace();
		String name = Names.dns((client.shell() ? "clients" : client.name()) + "-egress");
		String serverNs = f.delivered().namespace();
		int podPort = f.delivered().port();
		String protocol = f.protocolName();
		Consumer<Manifests> prepare = m -> {
			Map<String, Object> server = new LinkedHashMap<>();
			server.put("podSelector", Map.of("matchLabels", new LinkedHashMap<>(serverLabels)));
			if (!serverNs.equals(ns)) {
				server.put("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", serverNs)));
			}
			Map<String, Object> toServer = new LinkedHashMap<>();
			toServer.put("to", new ArrayList<>(List.of(server)));
			toServer.put("ports", new ArrayList<>(List.of(port(protocol, podPort))));
			Map<String, Object> dnsPeer = new LinkedHashMap<>();
			dnsPeer.put("namespaceSelector", Map.of("matchLabels", Map.of("kubernetes.io/metadata.name", "kube-system")));
			dnsPeer.put("podSelector", Map.of("matchLabels", Map.of("k8s-app", "kube-dns")));
			Map<String, Object> toDns = new LinkedHashMap<>();
			toDns.put("to", new ArrayList<>(List.of(dnsPeer)));
			toDns.put("ports", new ArrayList<>(List.of(port("UDP", 53), port("TCP", 53))));
			Map<String, Object> spec = new LinkedHashMap<>();
			spec.put("podSelector", clientLabels.isEmpty() ? Map.of() : Map.of("matchLabels", new LinkedHashMap<>(clientLabels)));
			spec.put("policyTypes", new ArrayList<>(List.of("Egress")));
			spec.put("egress", new ArrayList<>(List.of(toServer, toDns)));
			m.add(object("networking.k8s.io/v1", "NetworkPolicy", ns, name, spec));
		};
		String field = "NetworkPolicy/" + ns + "/" + name + "/spec.egress[1]";
		return Optional.of(new Change(BugKind.EGRESS_WITHOUT_DNS.id(), "the client's egress policy has no rule for DNS",
				Set.of(field), prepare, m -> drop(m, field)));
	}

	private static Map<String, Object> port(String protocol, int port) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("protocol", protocol);
		p.put("port", port);
		return p;
	}

	// ---------------------------------------------------------------- headless and StatefulSets

	private static Optional<Change> headlessPortMismatch(Facts f, Manifests app) {
		if (f.servicePort().isEmpty() || !f.byName() || !f.throughKubeProxy() || f.backend().isPresent()
				|| !f.client().inCluster() || headless(f, app)) {
			return Optional.empty();
		}
		String svc = f.service().orElseThrow();
		Map<String, Object> spec = Manifests.map(get(app, svc + "/spec"));
		Map<String, Object> sp = Manifests.map(get(app, f.servicePort().get()));
		String type = spec == null ? "" : Manifests.str(spec.get("type"));
		if (spec == null || sp == null || !(type.isEmpty() || type.equals("ClusterIP")) || spec.get("selector") == null
				|| Integer.valueOf(f.delivered().port()).equals(sp.get("port"))) {
			return Optional.empty();
		}
		String svcName = svc.split("/")[2];
		boolean governs = app.objects().stream().anyMatch(o -> o.kind().equals("StatefulSet")
				&& svcName.equals(Manifests.str(Manifests.get(o.doc(), "spec.serviceName"))));
		if (governs) {
			return Optional.empty();
		}
		return Optional.of(set(BugKind.HEADLESS_PORT_MISMATCH, "clusterIP: None makes the Service headless, so nothing"
				+ " translates its port", svc + "/spec.clusterIP", "None"));
	}

	private static Optional<Change> statefulSetServiceName(Facts f, Manifests app) {
		if (f.serviceName().isEmpty() || !(get(app, f.serviceName().get()) instanceof String name)) {
			return Optional.empty();
		}
		String ns = f.serviceName().get().split("/")[1];
		String other = name + "-headless";
		if (app.find("Service", ns, other).isPresent()) {
			other = name + "-svc";
		}
		return Optional.of(set(BugKind.STATEFULSET_SERVICE_NAME, "serviceName " + other + ", but the headless Service is "
				+ name, f.serviceName().get(), other));
	}

	// ---------------------------------------------------------------- helpers

	static boolean headless(Facts f, Manifests app) {
		return f.service().map(s -> "None".equals(get(app, s + "/spec.clusterIP"))).orElse(false);
	}

	/** The name of the container port the request lands on, if it has one. */
	static Optional<String> containerPortName(Facts f, Manifests app) {
		return f.containerPort().map(p -> Manifests.str(get(app, p + ".name"))).filter(s -> !s.isEmpty());
	}

	/** Every port number any container of the destination pods declares. */
	static Set<Integer> declaredPorts(Facts f, Manifests app) {
		Set<Integer> out = new java.util.HashSet<>();
		f.workload().ifPresent(w -> {
			Object spec = get(app, w + "/" + Facts.podSpec(w));
			for (String list : List.of("containers", "initContainers")) {
				List<Object> cs = Manifests.list(Manifests.get(spec, list));
				for (Object c : cs == null ? List.of() : cs) {
					List<Object> ps = Manifests.list(Manifests.get(c, "ports"));
					for (Object p : ps == null ? List.of() : ps) {
						if (Manifests.get(p, "containerPort") instanceof Integer n) {
							out.add(n);
						}
					}
				}
			}
		});
		return out;
	}

	static Change set(BugKind kind, String description, String field, Object value) {
		return new Change(kind.id(), description, Set.of(field), Change.NOTHING, m -> put(m, field, value));
	}

	static Object get(Manifests m, String ref) {
		Optional<Located> l = m.locate(ref);
		return l.map(x -> x.field().isEmpty() ? x.obj().doc() : Manifests.get(x.obj().doc(), x.field())).orElse(null);
	}

	static void put(Manifests m, String ref, Object value) {
		Located l = m.locate(ref).orElseThrow(() -> new IllegalStateException("no object for " + ref));
		if (!Manifests.set(l.obj().doc(), l.field(), value)) {
			throw new IllegalStateException("cannot set " + ref);
		}
	}

	static void drop(Manifests m, String ref) {
		Located l = m.locate(ref).orElseThrow(() -> new IllegalStateException("no object for " + ref));
		if (!Manifests.remove(l.obj().doc(), l.field())) {
			throw new IllegalStateException("cannot remove " + ref);
		}
	}

	static Map<String, Object> object(String apiVersion, String kind, String namespace, String name,
			Map<String, Object> spec) {
		Map<String, Object> meta = new LinkedHashMap<>();
		meta.put("name", name);
		meta.put("namespace", namespace);
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("apiVersion", apiVersion);
		doc.put("kind", kind);
		doc.put("metadata", meta);
		doc.put("spec", spec);
		return doc;
	}
}
