package dev.portpath.sim.route;

import dev.portpath.sim.BadRequestException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.trace.Protocol;

/** Reads FROM and TO as the trace contract defines them. */
public final class RequestParser {

	/** kubectl's resource names and short names, mapped to kinds. */
	static final Map<String, String> KINDS = Map.ofEntries(Map.entry("pod", "Pod"), Map.entry("po", "Pod"),
			Map.entry("pods", "Pod"), Map.entry("deployment", "Deployment"), Map.entry("deploy", "Deployment"),
			Map.entry("deployments", "Deployment"), Map.entry("statefulset", "StatefulSet"),
			Map.entry("sts", "StatefulSet"), Map.entry("statefulsets", "StatefulSet"),
			Map.entry("daemonset", "DaemonSet"), Map.entry("ds", "DaemonSet"), Map.entry("daemonsets", "DaemonSet"),
			Map.entry("replicaset", "ReplicaSet"), Map.entry("rs", "ReplicaSet"),
			Map.entry("replicasets", "ReplicaSet"), Map.entry("replicationcontroller", "ReplicationController"),
			Map.entry("rc", "ReplicationController"), Map.entry("job", "Job"), Map.entry("jobs", "Job"),
			Map.entry("cronjob", "CronJob"), Map.entry("cj", "CronJob"), Map.entry("cronjobs", "CronJob"),
			Map.entry("service", "Service"), Map.entry("svc", "Service"), Map.entry("services", "Service"));

	private final Cluster cluster;

	public RequestParser(Cluster cluster) {
		this.cluster = cluster;
	}

	public Client client(String from) {
		String f = from == null ? "" : from.trim();
		if (f.isEmpty() || f.equals("shell")) {
			return shell("default", Map.of());
		}
		if (f.equals("node")) {
			return nodeClient(cluster.nodes().get(0));
		}
		if (f.regionMatches(true, 0, "node/", 0, 5)) {
			return nodeClient(node(f.substring(5), "--from '" + ShellLabels.cut(f) + "'", ""));
		}
		if (f.equals("external")) {
			return new Client(Client.Kind.EXTERNAL, Optional.empty(), "", Optional.empty(), "external client");
		}
		if (ShellLabels.looksLike(f)) {
			ShellLabels.Parsed parsed = ShellLabels.parse(f);
			return shell(parsed.namespace(), parsed.labels());
		}
		String[] parts = f.split("/", -1);
		if (parts.length == 2 && parts[1].equals("shell")) {
			return shell(parts[0], Map.of());
		}
		String ns = parts.length == 3 ? parts[0] : "default";
		if (parts.length < 2 || parts.length > 3) {
			throw new BadRequestException("--from '" + f
					+ "' is not a starting point: use shell, NS/shell, [NS/]shell:k=v, KIND/NAME, NS/KIND/NAME, node, node/NAME or external");
		}
		String kindWord = parts[parts.length - 2].toLowerCase(Locale.ROOT);
		String name = parts[parts.length - 1];
		String kind = KINDS.get(kindWord);
		if (kind == null || kind.equals("Service")) {
			throw new BadRequestException("--from '" + f + "': '" + kindWord
					+ "' is not a kind that runs pods (pod, deployment, statefulset, daemonset, replicaset, job, cronjob)");
		}
		Optional<Pod> named = kind.equals("Pod") ? podNamed(ns, name) : Optional.empty();
		if (named.isPresent()) {
			return new Client(Client.Kind.POD, named, ns, Optional.empty(), name + " (" + ns + ")");
		}
		Workload w = workload(ns, kind, name);
		Pod pod = firstPod(w).orElseThrow(() -> new BadRequestException(
				"--from '" + f + "': " + w.ref() + " has no pods (replicas: " + w.replicas() + ")"));
		return new Client(Client.Kind.POD, Optional.of(pod), ns, Optional.empty(), pod.name() + " (" + ns + ")");
	}

	Workload workload(String ns, String kind, String name) {
		return cluster.workloads()
			.stream()
			.filter(w -> w.kind().equals(kind) && w.namespace().equals(ns) && w.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new BadRequestException(
					"the manifests hold no " + kind + " named " + name + " in namespace " + ns + known(kind)));
	}

	private String known(String kind) {
		List<String> names = cluster.workloads()
			.stream()
			.filter(w -> w.kind().equals(kind))
			.map(w -> w.namespace() + "/" + w.name())
			.sorted()
			.limit(8)
			.toList();
		return names.isEmpty() ? "" : " (there is: " + String.join(", ", names) + ")";
	}

	/** A pod by its name: one the manifests hold (a dump), or a bare Pod's. */
	Optional<Pod> podNamed(String ns, String name) {
		return cluster.pod(ns, name);
	}

	/** kubectl picks the "most active" pod; all simulated pods are equally active, so the first by name. */
	Optional<Pod> firstPod(Workload w) {
		return cluster.podsOf(w).stream().min(Comparator.comparing(Pod::name));
	}

	/**
	 * A temporary pod in {@code ns} with these labels (none for plain {@code shell}), on the first node, at an
	 * address PortPath assumes: 10.244.1.254 unless a pod of the manifests has it, then the next free one below.
	 */
	private Client shell(String ns, Map<String, String> labels) {
		YMap empty = new YMap(Map.of(), Loc.NONE);
		Doc doc = new Doc(empty, Loc.NONE);
		Workload w = new Workload("Pod", ns, "shell", 1, 1, labels, "spec", "", doc);
		Container c = new Container("shell", Container.Kind.REGULAR, List.of(), empty, "spec.containers[0]");
		Pod pod = new Pod(ns, "shell", freePodIp(), cluster.nodes().get(0).name(), labels, List.of(c), false,
				"ClusterFirst", "", "", true, "", w, empty, true);
		String label = labels.isEmpty() ? "shell (" + ns + ")" : "shell (" + ns + ", " + Texts.labels(pod.labels()) + ")";
		return new Client(Client.Kind.POD, Optional.of(pod), ns, Optional.empty(), label);
	}

	/** An address in 10.244.0.0/16 that no pod of the manifests has: each pod rules out at most one. */
	private String freePodIp() {
		for (int third = 1; third < 256; third++) {
			for (int fourth = 254; fourth > 0; fourth--) {
				String ip = "10.244." + third + "." + fourth;
				if (cluster.podsWithIp(ip).isEmpty()) {
					return ip;
				}
			}
		}
		return "10.244.0.254"; // unreachable: more pods than addresses are never simulated
	}

	private static Client nodeClient(Node n) {
		return new Client(Client.Kind.NODE, Optional.empty(), "", Optional.of(n), "node " + n.name());
	}

	/**
	 * The node named in {@code node/NAME}: a Node of the manifests, a node a pod names in spec.nodeName, or
	 * (with neither) one of those PortPath assumes; anything else is refused with the names it knows.
	 */
	Node node(String name, String where, String hint) {
		if (name.isEmpty()) {
			throw new BadRequestException(where + " names no node: write node/NAME, or node for any node");
		}
		return cluster.node(name).orElseThrow(() -> {
			List<String> names = cluster.nodes().stream().map(Node::name).toList();
			String known = String.join(", ", names.subList(0, Math.min(10, names.size())))
					+ (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
			String whence = cluster.docsOfKind("Node").isEmpty()
					? "; the manifests hold no Node object, so these are the nodes pods name in spec.nodeName or, with"
							+ " none named, the ones PortPath assumes"
					: "";
			return new BadRequestException(where + ": there is no node " + ShellLabels.cut(name) + " (nodes: " + known
					+ whence + ")" + hint);
		});
	}

	/** The CoreDNS pod every cluster runs, for when the manifests do not include it. */
	static Pod coreDns() {
		YMap empty = new YMap(Map.of(), Loc.NONE);
		Doc doc = new Doc(empty, Loc.NONE);
		Map<String, String> labels = Map.of("k8s-app", "kube-dns");
		Workload w = new Workload("Deployment", "kube-system", "coredns", 2, 2, labels, "spec.template.spec", "", doc);
		List<ContainerPort> ports = List.of(new ContainerPort("dns", 53, Protocol.UDP, 0, "", empty, ""),
				new ContainerPort("dns-tcp", 53, Protocol.TCP, 0, "", empty, ""));
		Container c = new Container("coredns", Container.Kind.REGULAR, ports, empty, "spec.template.spec.containers[0]");
		return new Pod("kube-system", "coredns", "10.244.0.10", "node-1", labels, List.of(c), false, "Default", "", "",
				true, "", w, empty, true);
	}

	public Object target(String to) {
		String t = to == null ? "" : to.trim();
		if (t.isEmpty()) {
			throw new BadRequestException("--to is required: [SCHEME://]HOST[:PORT][/PATH] or port-forward:KIND/NAME:PORT");
		}
		if (t.startsWith("port-forward:")) {
			return portForward(t.substring("port-forward:".length()));
		}
		return destination(t);
	}

	private PortForward portForward(String spec) {
		int colon = spec.lastIndexOf(':');
		if (colon < 0 || colon == spec.length() - 1) {
			throw new BadRequestException("port-forward:" + spec + " needs a port: port-forward:[NS/]KIND/NAME:PORT");
		}
		String port = spec.substring(colon + 1);
		if (port.contains(":")) {
			port = port.substring(port.lastIndexOf(':') + 1);
		}
		String[] parts = spec.substring(0, colon).split("/", -1);
		String ns = "default";
		String kindWord = "pod";
		String name;
		if (parts.length == 1) {
			name = parts[0];
		}
		else if (parts.length == 2) {
			kindWord = parts[0];
			name = parts[1];
		}
		else if (parts.length == 3) {
			ns = parts[0];
			kindWord = parts[1];
			name = parts[2];
		}
		else {
			throw new BadRequestException("port-forward:" + spec + " is not [NS/]KIND/NAME:PORT");
		}
		String kind = KINDS.get(kindWord.toLowerCase(Locale.ROOT));
		if (kind == null) {
			throw new BadRequestException("port-forward: '" + kindWord + "' is not a kind kubectl port-forward accepts"
					+ " (pod, deployment, statefulset, daemonset, replicaset, replicationcontroller, service)");
		}
		if (name.isEmpty()) {
			throw new BadRequestException("port-forward:" + spec + " names no object");
		}
		return new PortForward(ns, kind, name, port);
	}

	private Destination destination(String t) {
		String scheme = "";
		String rest = t;
		int sep = t.indexOf("://");
		if (sep >= 0) {
			scheme = t.substring(0, sep).toLowerCase(Locale.ROOT);
			rest = t.substring(sep + 3);
		}
		Protocol protocol;
		int defaultPort;
		switch (scheme) {
			case "http" -> { protocol = Protocol.TCP; defaultPort = 80; }
			case "https" -> { protocol = Protocol.TCP; defaultPort = 443; }
			case "", "tcp" -> { protocol = Protocol.TCP; defaultPort = 0; }
			case "udp" -> { protocol = Protocol.UDP; defaultPort = 0; }
			case "sctp" -> { protocol = Protocol.SCTP; defaultPort = 0; }
			default -> throw new BadRequestException(
					"--to '" + t + "': scheme " + scheme + " is not one of http, https, tcp, udp, sctp");
		}
		// node/NAME is one host (the contract's HOST grammar), so its '/' does not start the path
		boolean named = rest.regionMatches(true, 0, "node/", 0, 5);
		String path = "";
		int slash = rest.indexOf('/', named ? 5 : 0);
		if (slash >= 0) {
			path = rest.substring(slash);
			rest = rest.substring(0, slash);
		}
		HostPort hp = hostPort(t, rest, defaultPort);
		int port = hp.port();
		if (port == 0) {
			throw new BadRequestException("--to '" + t + "' needs a port (" + (scheme.isEmpty() ? "HOST:PORT" : scheme + "://HOST:PORT")
					+ "); only http and https imply one");
		}
		if (port < 1 || port > 65535) {
			throw new BadRequestException("--to '" + t + "': port " + port + " is not between 1 and 65535");
		}
		String host = hp.host().toLowerCase(Locale.ROOT);
		if (named && scheme.startsWith("http") && rest.indexOf(':') < 0 && cluster.node(host.substring(5)).isEmpty()) {
			// http://node/healthz meant a path on any node before node/NAME existed (contract 1.0): it still does
			path = "/" + host.substring(5) + path;
			host = "node";
			named = false;
		}
		if (named) {
			String name = host.substring(5);
			host = "node/" + node(name, "--to '" + ShellLabels.cut(t) + "'", "").name();
		}
		if (host.isEmpty()) {
			throw new BadRequestException("--to '" + t + "' names no host");
		}
		return new Destination(scheme, protocol, host, port, path);
	}

	private record HostPort(String host, int port) {
	}

	/** HOST[:PORT] or [IPv6][:PORT]; the port is {@code defaultPort} when none is written. */
	private static HostPort hostPort(String t, String rest, int defaultPort) {
		String host = rest;
		int port = defaultPort;
		int colon = rest.lastIndexOf(':');
		if (rest.startsWith("[")) {
			int close = rest.indexOf(']');
			host = rest.substring(1, Math.max(1, close));
			colon = rest.indexOf(':', Math.max(close, 0));
		}
		if (colon >= 0 && !(rest.startsWith("[") && colon < rest.indexOf(']'))) {
			String p = rest.substring(colon + 1);
			if (!rest.startsWith("[")) {
				host = rest.substring(0, colon);
			}
			try {
				port = Integer.parseInt(p);
			}
			catch (NumberFormatException ex) {
				throw new BadRequestException("--to '" + t + "': port '" + p + "' is not a number");
			}
		}
		return new HostPort(host, port);
	}
}
