package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Sampling;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.model.ServiceType;
import dev.portpath.sim.model.TrafficPolicy;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

/**
 * Walks one request through the simulated cluster, hop by hop: DNS, the Service and its port, the
 * endpoints, kube-proxy's translation, and the container, or the NodePort, hostPort, pod-IP, localhost
 * and port-forward paths. Each hop names the object and field behind its decision.
 */
public final class Tracer {

	/** How the request reached the Service: it decides which traffic policy applies. */
	enum Entry {
		CLUSTER_IP, NODE_PORT, EXTERNAL_IP, LOAD_BALANCER
	}

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	private final Dns dns;

	private final RequestParser parser;

	private final Policies policies;

	public Tracer(Cluster cluster) {
		this.cluster = cluster;
		this.policies = new Policies(cluster);
		this.endpoints = new EndpointResolver(cluster);
		this.dns = new Dns(cluster, endpoints);
		this.parser = new RequestParser(cluster);
	}

	/** Reads FROM and TO without tracing: raises {@link BadRequestException} for either. */
	public void checkRequest(Request request) {
		if (!(parser.target(request.to()) instanceof PortForward)) {
			parser.client(request.from());
		}
	}

	public Trace trace(Request request) {
		cluster.budget().tick();
		Object target = parser.target(request.to());
		if (target instanceof PortForward pf) {
			return new PortForwards(cluster, endpoints, parser, this).trace(request, pf);
		}
		Client client = parser.client(request.from());
		Destination d = (Destination) target;
		Path p = new Path(request, client.label(), client.point());
		if (d.host().equals("localhost") || d.host().startsWith("127.") || d.host().equals("::1")) {
			return localhost(p, client, d);
		}
		if (d.host().equals("node")) {
			return node(p, client, d, Optional.empty());
		}
		if (Ips.isIp(d.host())) {
			return ip(p, client, d);
		}
		return name(p, client, d);
	}

	// ---------------------------------------------------------------- names

	private Trace name(Path p, Client client, Destination d) {
		if (client.kind() == Client.Kind.EXTERNAL) {
			for (Service s : cluster.services()) {
				if (s.loadBalancerHostnames().contains(d.host())) {
					p.ok(Step.DNS, s.loadBalancerHostnames().get(0) + ":" + d.port(), d.host()
							+ " is the load balancer hostname in the status of " + s.ref(),
							Refs.docField(s.doc(), "loadBalancer", "status"));
					return servicePort(p, client, d, s, Entry.LOAD_BALANCER, d.hostPort());
				}
			}
			Frontends frontends = new Frontends(cluster, this);
			if (frontends.any()) {
				return frontends.route(p, d);
			}
			return externalNxdomain(p, d);
		}
		Optional<Pod> pod = client.pod();
		if (client.kind() == Client.Kind.NODE) {
			return p.fail(Step.DNS, d.host(), "a node resolves names with its own resolver, not cluster DNS, so "
					+ d.host() + " does not resolve on " + client.nodeName(),
					"use the Service's ClusterIP from a node, or run the request from a pod", Outcome.NXDOMAIN,
					"Could not resolve host: " + d.host(), nearbyServices(d.host(), "default"));
		}
		if (pod.isPresent() && usesNodeResolver(pod.get())) {
			Pod cp = pod.get();
			String why = cp.hostNetwork() ? "pod " + cp.name() + " uses hostNetwork with dnsPolicy " + cp.dnsPolicy()
					+ ", so it resolves names with the node's resolver, not cluster DNS"
					: "pod " + cp.name() + " has dnsPolicy " + cp.dnsPolicy() + ", so it does not use cluster DNS";
			return p.fail(Step.DNS, d.host(), why, "set dnsPolicy: ClusterFirstWithHostNet in the pod spec",
					Outcome.NXDOMAIN, "Could not resolve host: " + d.host(),
					Ref.of(Refs.field(cp.spec(), cp.spec().get("dnsPolicy").present() ? "dnsPolicy" : "hostNetwork"),
							cp.owner().id() + "/" + cp.owner().templatePath() + ".dnsPolicy"));
		}
		if (pod.isPresent() && !policies.selecting(pod.get(), true).isEmpty()) {
			Pod server = policies.dnsServer();
			Policies.Verdict v = policies.check(Party.of(pod.get(), ""), server, 53, Protocol.UDP, Optional.empty()).orElseThrow();
			if (v.uncertain()) {
				p.warn(Step.NETWORKPOLICY, "kube-dns:53", "whether the DNS query may leave depends on an assumed address: "
						+ v.message(), "select the DNS pods with namespaceSelector and podSelector rather than an ipBlock",
						v.refs().toArray(Ref[]::new));
			}
			else if (!v.allowed()) {
				return p.fail(Step.DNS, d.host(), "the DNS lookup of " + d.host() + " cannot leave pod " + pod.get().name()
						+ ": " + v.message(), "allow egress to the cluster DNS (namespace kube-system, pods k8s-app=kube-dns)"
								+ " on port 53 over UDP and TCP",
						Outcome.POLICY_DENIED, ";; connection timed out; no servers could be reached (the DNS query is"
								+ " dropped, so every name lookup times out)",
						v.refs().toArray(Ref[]::new));
			}
			else {
				p.ok(Step.NETWORKPOLICY, "kube-dns:53", "the DNS query may leave: " + v.message(), v.refs().toArray(Ref[]::new));
			}
		}
		Dns.Answer answer = dns.resolve(d.host(), client.namespace());
		if (answer instanceof Dns.NxDomain nx) {
			return p.fail(Step.DNS, d.host(), d.host() + " does not resolve from namespace " + client.namespace()
					+ " (tried " + String.join(", ", nx.tried()) + "): " + nx.hint(),
					"use a name cluster DNS serves: <service>.<namespace>, or create the Service", Outcome.NXDOMAIN,
					"Could not resolve host: " + d.host(), nearbyServices(d.host(), client.namespace()));
		}
		if (answer instanceof Dns.PodAnswer pa) {
			p.ok(Step.DNS, pa.pod().ip() + ":" + d.port(), d.host() + " resolves to " + pa.pod().ip() + ", pod "
					+ pa.pod().ref() + pa.service().map(s -> s.headless() ? ", through headless " + s.ref()
							: ", an endpoint name of " + s.ref() + " (CoreDNS answers these for any Service; the DNS"
									+ " spec only promises them for headless Services)").orElse(""),
					pa.service().map(Refs::service).orElse(Refs.workload(pa.pod().owner())),
					pa.pod().owner().is("StatefulSet") ? Refs.docField(pa.pod().owner().doc(), "serviceName", "spec")
							: Ref.of(Refs.field(pa.pod().spec(), "subdomain"), pa.pod().owner().id()));
			return toPod(p, client, d, pa.pod(), Optional.empty());
		}
		Dns.ServiceAnswer sa = (Dns.ServiceAnswer) answer;
		Service svc = sa.service();
		if (svc.isExternalName()) {
			p.ok(Step.DNS, svc.externalName(), d.host() + " is a CNAME for " + svc.externalName() + ": " + svc.ref()
					+ " has type ExternalName", Refs.docField(svc.doc(), "externalName", "spec"));
			p.note("An HTTP Host header or TLS SNI still carries " + d.host()
					+ "; the external server may answer 404 or present a certificate for another name.");
			return p.fail(Step.EXTERNAL, svc.externalName() + ":" + d.port(), "the client connects to "
					+ svc.externalName() + ":" + d.port() + " itself; ExternalName does no proxying and "
					+ "Service ports remap nothing, so the request leaves the cluster", "",
					Outcome.EXTERNAL, "answered (or not) by " + svc.externalName() + " outside the cluster",
					Refs.docField(svc.doc(), "externalName", "spec"));
		}
		if (svc.headless()) {
			return headless(p, client, d, svc, sa);
		}
		p.ok(Step.DNS, svc.clusterIP() + ":" + d.port(), d.host() + " resolves to " + svc.ref() + ", ClusterIP "
				+ svc.clusterIP() + searchNote(sa, d.host(), client.namespace()), Refs.service(svc));
		return servicePort(p, client, d, svc, Entry.CLUSTER_IP, svc.clusterIP() + ":" + d.port());
	}

	private static boolean usesNodeResolver(Pod pod) {
		if (pod.dnsPolicy().equals("Default")) {
			return true;
		}
		return pod.hostNetwork() && pod.dnsPolicy().equals("ClusterFirst");
	}

	/** How the name was found: as written (absolute or fully qualified), or through the search path. */
	private static String searchNote(Dns.ServiceAnswer sa, String typed, String ns) {
		String asWritten = typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed;
		if (sa.fqdn().equals(asWritten)) {
			return " (" + sa.fqdn() + (typed.endsWith(".") ? ", an absolute name: no search path"
					: ", a fully qualified name") + ")";
		}
		if (sa.tried().size() > 1) {
			return " (" + sa.fqdn() + ", the " + ordinal(sa.tried().size()) + " name tried on the search path of namespace "
					+ ns + ")";
		}
		return " (" + sa.fqdn() + ", through the search path of namespace " + ns + ")";
	}

	private Trace externalNxdomain(Path p, Destination d) {
		String svcName = d.host().split("\\.")[0];
		Optional<Service> svc = cluster.servicesNamed(svcName).stream().findFirst();
		if (svc.isPresent()) {
			Service s = svc.get();
			return p.fail(Step.DNS, d.host(), "an external client cannot use cluster DNS, so " + d.host()
					+ " does not resolve outside the cluster (" + s.ref() + " has type " + s.type() + ")",
					"from outside, use a node's IP and a nodePort (type: NodePort), a LoadBalancer address, or an Ingress",
					Outcome.NXDOMAIN, "Could not resolve host: " + d.host(), Refs.docField(s.doc(), "type", "spec"),
					Refs.service(s));
		}
		return p.fail(Step.DNS, d.host(), "no public DNS name " + d.host()
				+ " is defined in the manifests, and an external client cannot use cluster DNS",
				"from outside, use a node's IP and a nodePort, or a LoadBalancer address", Outcome.NXDOMAIN,
				"Could not resolve host: " + d.host(), nearbyServices(d.host(), "default"));
	}

	/** Refs for a name that did not resolve: Services of the same name elsewhere, else the namespace's Services. */
	private Ref[] nearbyServices(String host, String ns) {
		String svcName = host.split("\\.")[0];
		List<Service> same = cluster.servicesNamed(svcName);
		List<Service> list = !same.isEmpty() ? same : cluster.servicesIn(ns).stream().limit(5).toList();
		if (list.isEmpty()) {
			list = cluster.services().stream().limit(5).toList();
		}
		return list.stream().map(Refs::service).toArray(Ref[]::new);
	}

	// ---------------------------------------------------------------- services

	/** The Service has been reached at {@code address}; find the Service port, then the endpoints. */
	Trace servicePort(Path p, Client client, Destination d, Service svc, Entry entry, String address) {
		if (entry == Entry.LOAD_BALANCER) {
			String ip = address.substring(0, address.lastIndexOf(':'));
			p.ok(Step.LOADBALANCER, address, ip + " is the load balancer address of " + svc.ref() + " (status.loadBalancer"
					+ (client.inCluster() ? "); from inside the cluster kube-proxy short-circuits it straight to the Service"
							: "); the load balancer hands the connection to a node, where kube-proxy captures it (ipMode VIP)"),
					Refs.docField(svc.doc(), "loadBalancer", "status"));
		}
		else if (entry == Entry.EXTERNAL_IP) {
			String ip = address.substring(0, address.lastIndexOf(':'));
			p.ok(Step.EXTERNAL_IP, address, ip + " is in spec.externalIPs of " + svc.ref() + ": getting packets for it to a"
					+ " node is the cluster admin's job, and kube-proxy there treats it like the Service (externalIPs are"
					+ " deprecated since 1.36)", Refs.docField(svc.doc(), "externalIPs", "spec"));
		}
		Optional<ServicePort> match = svc.ports()
			.stream()
			.filter(sp -> (entry == Entry.NODE_PORT ? sp.nodePort() : sp.port()) == d.port()
					&& sp.protocol().equals(d.protocol()))
			.findFirst();
		String field = entry == Entry.NODE_PORT ? "nodePort" : "port";
		if (match.isEmpty()) {
			Optional<ServicePort> otherProtocol = svc.ports()
				.stream()
				.filter(sp -> (entry == Entry.NODE_PORT ? sp.nodePort() : sp.port()) == d.port())
				.findFirst();
			String has = svc.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
			String msg = otherProtocol.isPresent()
					? svc.ref() + " has " + field + " " + d.port() + " only for " + otherProtocol.get().protocol()
							+ ", not " + d.protocol()
					: svc.ref() + " has no " + field + " " + d.port() + "/" + d.protocol() + (has.isEmpty()
							? "; it declares no ports" : "; it exposes " + has);
			String suggestion = svc.ports().isEmpty() ? "add a port to spec.ports"
					: "use port " + svc.ports().get(0).port() + ", or add " + d.port() + " to spec.ports";
			Ref ref = svc.ports().isEmpty() ? Refs.docField(svc.doc(), "ports", "spec")
					: otherProtocol.map(sp -> Refs.servicePortField(svc, sp, "protocol"))
						.orElse(Refs.docField(svc.doc(), "ports", "spec"));
			return p.fail(Step.SERVICE, address, msg, suggestion, Outcome.NO_SUCH_SERVICE_PORT,
					"connection times out (iptables mode) or is refused (nftables mode): no rule handles " + address,
					ref);
		}
		ServicePort sp = match.get();
		String how = switch (entry) {
			case CLUSTER_IP -> address + "/" + sp.protocol() + " is port " + sp.describe() + " of " + svc.ref();
			case NODE_PORT -> "nodePort " + sp.nodePort() + " is port " + sp.describe() + " of " + svc.ref()
					+ " (type " + svc.type() + ")";
			case EXTERNAL_IP, LOAD_BALANCER -> "port " + sp.describe() + " of " + svc.ref()
					+ " answers there: external addresses expose the Service port, not the nodePort";
		};
		p.ok(Step.SERVICE, address, how, Refs.servicePortField(svc, sp, entry == Entry.NODE_PORT ? "nodePort" : "port"));
		if (entry == Entry.CLUSTER_IP && client.kind() == Client.Kind.POD) {
			Gateways gateways = new Gateways(cluster, this);
			List<dev.portpath.sim.model.Route> mesh = gateways.meshRoutes(svc, sp.port());
			if (!mesh.isEmpty()) {
				p.note(mesh.get(0).ref() + " has " + svc.ref() + " as its parent: a service mesh (Gateway API GAMMA)"
						+ " applies its rules in the client's proxy; without a mesh they do nothing and kube-proxy routes as usual.");
				return gateways.rules(p, d, mesh, party(client), "the mesh proxy");
			}
		}
		return endpointsAndProxy(p, client, d, svc, sp, entry, address);
	}

	private Trace endpointsAndProxy(Path p, Client client, Destination d, Service svc, ServicePort sp, Entry entry,
			String address) {
		Selection sel = endpoints.resolve(svc, sp);
		List<Backend> usable = sel.backends();
		String refused = "connection refused: kube-proxy rejects connections to " + svc.namespace() + "/" + svc.name()
				+ ":" + sp.describe() + ", which has no endpoints";
		if (usable.isEmpty()) {
			return noEndpoints(p, svc, sp, sel, refused);
		}
		String endpointsTo = usable.size() + " endpoint" + (usable.size() == 1 ? "" : "s");
		if (sel.manual()) {
			p.ok(Step.ENDPOINTS, endpointsTo, svc.ref() + " has no selector; its " + usable.size()
					+ " endpoint address" + (usable.size() == 1 ? " comes" : "es come") + " from "
					+ slicesOf(svc, usable) + ", port " + sp.name().replaceAll("^$", "(unnamed)") + " = " + usable.get(0).port(),
					Ref.of(usable.get(0).source(), svc.id()));
		}
		else {
			String message = "selector " + labels(svc.selector().get()) + " matches " + matched(sel.selected());
			if (!sel.unresolved().isEmpty()) {
				p.ok(Step.ENDPOINTS, endpointsTo, message, Refs.selector(svc), Refs.templateLabels(sel.selected().get(0).owner()));
				p.warn(Step.ENDPOINTS, endpointsTo, "targetPort " + sp.targetPort().name() + " names no " + sp.protocol()
						+ " port in " + podCount(sel.unresolved().size()) + " (" + owners(sel.unresolved())
						+ "), so the EndpointSlice controller leaves them out of port " + sp.port() + "; "
						+ usable.size() + " remain", "declare a " + sp.protocol() + " port named "
						+ sp.targetPort().name() + " in those pods, or stop selecting them",
						Refs.targetPort(svc, sp));
			}
			else {
				p.ok(Step.ENDPOINTS, endpointsTo, message, Refs.selector(svc), Refs.templateLabels(sel.selected().get(0).owner()));
			}
			if (!sel.notReady().isEmpty()) {
				p.note(podCount(sel.notReady().size()) + " selected by " + svc.ref()
						+ " are not Ready and get no traffic until they are.");
			}
		}
		// traffic policies
		boolean external = client.kind() == Client.Kind.EXTERNAL;
		if (entry == Entry.CLUSTER_IP && svc.internalTrafficPolicy() == TrafficPolicy.LOCAL && client.inCluster()) {
			String node = client.nodeName();
			List<Backend> local = usable.stream().filter(b -> b.nodeName().equals(node)).toList();
			if (local.isEmpty()) {
				return p.fail(Step.KUBE_PROXY, address, "internalTrafficPolicy: Local keeps traffic on the client's node, "
						+ "and no endpoint of " + svc.ref() + " runs on " + node + ", so kube-proxy drops the packet",
						"remove internalTrafficPolicy: Local, or run a pod of the backend on every node (a DaemonSet)",
						Outcome.NO_ENDPOINTS, "connection times out: kube-proxy drops it (no local endpoints on " + node
								+ ")",
						Refs.docField(svc.doc(), "internalTrafficPolicy", "spec"));
			}
			p.ok(Step.KUBE_PROXY, address, "internalTrafficPolicy: Local: only the " + podCount(local.size())
					+ " on " + node + " are used", Refs.docField(svc.doc(), "internalTrafficPolicy", "spec"));
			usable = local;
		}
		if (entry != Entry.CLUSTER_IP && external && svc.externalTrafficPolicy() == TrafficPolicy.LOCAL) {
			List<Backend> everywhere = usable;
			Optional<String> nodeName = nodeAt(address);
			if (nodeName.isPresent()) {
				String n = nodeName.get();
				List<Backend> local = usable.stream().filter(b -> b.nodeName().equals(n)).toList();
				if (local.isEmpty()) {
					return p.fail(Step.KUBE_PROXY, address, "externalTrafficPolicy: Local sends external traffic only to "
							+ "endpoints on the node it arrives at, and " + n + " runs none of " + svc.ref()
							+ ", so kube-proxy drops it",
							"send the request to a node that runs a pod (" + nodesOf(usable)
									+ "), or set externalTrafficPolicy: Cluster",
							Outcome.NO_ENDPOINTS, "connection times out: no local endpoints on " + n,
							Refs.docField(svc.doc(), "externalTrafficPolicy", "spec"));
				}
				usable = local;
			}
			p.ok(Step.KUBE_PROXY, address, "externalTrafficPolicy: Local keeps the client's source IP and uses only endpoints "
					+ "on the receiving node; nodes without one (" + nodesWithout(everywhere) + ") drop the traffic",
					Refs.docField(svc.doc(), "externalTrafficPolicy", "spec"));
		}
		Backend chosen = representative(usable, d.protocol());
		String translation = address + " → " + chosen.ip() + ":" + chosen.port() + ": "
				+ translationReason(svc, sp, usable);
		int standsFor = Sampling.count(usable.stream().flatMap(b -> b.pod().stream()).toList())
				+ (int) usable.stream().filter(b -> b.pod().isEmpty()).count();
		String pick = usable.size() == 1 ? "" : "; one of " + standsFor + " endpoints, picked "
				+ (svc.sessionAffinity().equals("ClientIP") ? "once per client IP: sessionAffinity ClientIP keeps a client on the same endpoint for "
						+ svc.doc().root().path("spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds").integer().orElse(10800L) + " s"
						: "at random per connection");
		p.ok(Step.KUBE_PROXY, chosen.ip() + ":" + chosen.port(), translation + pick, Refs.targetPort(svc, sp));
		return arrive(p, Optional.of(sourceAfterProxy(address, client, svc, entry)), d.protocol(), d, chosen, usable,
				Optional.of(new Via(svc, sp)));
	}

	/**
	 * A proxy (an ingress controller, a Gateway) that sends straight to a Service's endpoints, bypassing
	 * the ClusterIP and kube-proxy: podIP:targetPort from the EndpointSlices.
	 */
	Trace viaProxy(Path p, Party source, Destination d, Service svc, ServicePort sp, String who, String noEndpoints,
			List<Backend> alsoReached) {
		if (svc.isExternalName()) {
			return p.fail(Step.EXTERNAL, svc.externalName() + ":" + sp.port(), svc.ref() + " is an ExternalName for "
					+ svc.externalName() + ", so " + who + " proxies to " + svc.externalName() + ":" + sp.port()
					+ " outside the cluster (support for this is implementation-specific)", "", Outcome.EXTERNAL,
					"answered (or not) by " + svc.externalName(), Refs.docField(svc.doc(), "externalName", "spec"));
		}
		Selection sel = endpoints.resolve(svc, sp);
		if (sel.backends().isEmpty()) {
			return noEndpoints(p, svc, sp, sel, noEndpoints);
		}
		List<Backend> usable = sel.backends();
		Backend chosen = representative(usable, d.protocol());
		p.ok(Step.ENDPOINTS, chosen.ip() + ":" + chosen.port(), who + " sends straight to the " + usable.size()
				+ " endpoint" + (usable.size() == 1 ? "" : "s") + " of " + svc.ref() + " port " + sp.port() + " ("
				+ chosen.ip() + ":" + chosen.port() + ": " + translationReason(svc, sp, usable)
				+ "), bypassing the ClusterIP and kube-proxy", Refs.targetPort(svc, sp));
		List<Backend> all = new ArrayList<>(usable);
		all.addAll(alsoReached);
		return arrive(p, Optional.of(source), d.protocol(), d, chosen, all, Optional.of(new Via(svc, sp)));
	}

	/** The node whose IP an address ({@code ip:port}) names, if any. */
	private Optional<String> nodeAt(String address) {
		for (Node n : cluster.nodes()) {
			if (address.startsWith(n.ip() + ":")) {
				return Optional.of(n.name());
			}
		}
		return Optional.empty();
	}

	private static String nodesOf(List<Backend> backends) {
		return backends.stream().map(Backend::nodeName).distinct().sorted().collect(Collectors.joining(", "));
	}

	private String nodesWithout(List<Backend> backends) {
		Set<String> with = backends.stream().map(Backend::nodeName).collect(Collectors.toSet());
		String without = cluster.nodes().stream().map(Node::name).filter(n -> !with.contains(n)).collect(Collectors.joining(", "));
		return without.isEmpty() ? "none here" : without;
	}

	private String translationReason(Service svc, ServicePort sp, List<Backend> usable) {
		Set<Integer> numbers = usable.stream().map(Backend::port).collect(Collectors.toCollection(LinkedHashSet::new));
		if (svc.selector().isEmpty()) {
			return "the EndpointSlice port is the destination (the Service targetPort is not applied)";
		}
		if (sp.targetPort().named()) {
			String nums = numbers.stream().map(String::valueOf).collect(Collectors.joining(" or "));
			return "targetPort " + sp.targetPort().name() + " resolves to " + nums
					+ (numbers.size() > 1 ? " (the name means different numbers in different pods)" : "");
		}
		if (sp.targetPort().defaulted()) {
			return "targetPort is not set, so it defaults to port " + sp.port();
		}
		return "targetPort " + sp.targetPort().number();
	}

	private Trace noEndpoints(Path p, Service svc, ServicePort sp, Selection sel, String refused) {
		if (sel.manual()) {
			List<EndpointSlice> slices = cluster.slicesFor(svc);
			// the first Endpoints or unlabelled EndpointSlice, in input order, whose name starts like the Service's
			Optional<dev.portpath.sim.parse.Doc> misnamed = java.util.stream.Stream
				.concat(cluster.docsOfKind("Endpoints").stream()
					.filter(x -> !x.name().equals(svc.name())),
						cluster.docsOfKind("EndpointSlice").stream()
							.filter(x -> !x.root().path("metadata", "labels", "kubernetes.io/service-name").present()))
				.filter(x -> x.namespace().equals(svc.namespace()) && x.name().startsWith(svc.name()))
				.min(java.util.Comparator.comparingInt(cluster::position));
			if (slices.isEmpty() && misnamed.isPresent()) {
				var doc = misnamed.get();
				boolean endpointsObject = doc.kind().equals("Endpoints");
				return p.fail(Step.ENDPOINTS, "no endpoints", svc.ref() + " has no selector, and " + doc.kind() + " "
						+ doc.name() + (endpointsObject ? " is not named exactly like the Service; an Endpoints object"
								+ " belongs to the Service of the same name"
								: " lacks the label kubernetes.io/service-name: " + svc.name()
										+ ", which is what ties a slice to its Service")
						+ ", so the Service has no endpoints",
						endpointsObject ? "rename the Endpoints object to " + svc.name()
								: "add the label kubernetes.io/service-name: " + svc.name() + " to the EndpointSlice",
						Outcome.NO_ENDPOINTS, refused,
						endpointsObject ? Refs.docField(doc, "name", "metadata") : Refs.docField(doc, "labels", "metadata"),
						Refs.service(svc));
			}
			if (slices.isEmpty()) {
				return p.fail(Step.ENDPOINTS, "no endpoints", svc.ref() + " has no selector and no EndpointSlice labelled "
						+ "kubernetes.io/service-name: " + svc.name() + " (nor an Endpoints object of that name), so nothing"
						+ " gives it endpoints",
						"add a selector that matches your pods, or an EndpointSlice with the label kubernetes.io/service-name: "
								+ svc.name(),
						Outcome.NO_ENDPOINTS, refused, Refs.docField(svc.doc(), "selector", "spec"), Refs.service(svc));
			}
			boolean portMatches = slices.stream()
				.flatMap(s -> s.ports().stream())
				.anyMatch(sp2 -> sp2.name().equals(sp.name()) && sp2.protocol().equals(sp.protocol()));
			if (!portMatches) {
				String names = slices.stream()
					.flatMap(s -> s.ports().stream())
					.map(x -> (x.name().isEmpty() ? "(unnamed)" : x.name()) + " " + x.protocol())
					.distinct()
					.collect(Collectors.joining(", "));
				EndpointSlice first = slices.get(0);
				Ref ref = first.ports().isEmpty() ? Refs.doc(first.doc())
						: Ref.of(Refs.field(first.ports().get(0).node(), "name"), first.doc().id() + "/ports[0].name");
				return p.fail(Step.ENDPOINTS, "no endpoints", "kube-proxy matches EndpointSlice ports to Service ports by name"
						+ " and protocol; port " + sp.describe() + " of " + svc.ref() + " is "
						+ (sp.name().isEmpty() ? "unnamed" : "named " + sp.name()) + ", but the slices of "
						+ svc.name() + " have ports " + names,
						"give the EndpointSlice port the same name as the Service port ("
								+ (sp.name().isEmpty() ? "leave both unnamed" : "name: " + sp.name()) + ")",
						Outcome.NO_ENDPOINTS, refused, ref, Refs.servicePort(svc, sp));
			}
			if (!sel.notReady().isEmpty()) {
				return p.fail(Step.ENDPOINTS, "no endpoints", "every address in the EndpointSlices of " + svc.ref()
						+ " has conditions.ready: false, and kube-proxy only uses ready endpoints",
						"mark the endpoints ready, or set publishNotReadyAddresses: true", Outcome.NO_ENDPOINTS, refused,
						Ref.of(sel.notReady().get(0).source(), svc.id()));
			}
			EndpointSlice first = slices.get(0);
			return p.fail(Step.ENDPOINTS, "no endpoints", "the EndpointSlices of " + svc.ref() + " list no address for port "
					+ sp.describe() + " (a port number is required too)",
					"add endpoints with addresses to the EndpointSlice " + first.name(), Outcome.NO_ENDPOINTS, refused,
					Refs.doc(first.doc()));
		}
		if (sel.selected().isEmpty()) {
			return selectorMatchesNothing(p, svc, refused);
		}
		if (!sel.unresolved().isEmpty() && sel.notReady().isEmpty()) {
			Pod first = sel.unresolved().get(0);
			String declared = first.describePorts();
			String near = FindPort.nearMiss(first, sp.targetPort().name())
				.map(f -> f.container().kind() == Container.Kind.INIT
						? "; " + f.container().name() + " declares it, but it is a plain init container (no restartPolicy: Always), which FindPort never searches"
						: "; " + f.container().name() + " declares " + f.port().name() + " as " + f.port().protocol()
								+ ", and a named port must match the Service port's protocol (" + sp.protocol() + ")")
				.orElse("");
			return p.fail(Step.ENDPOINTS, "no endpoints", "targetPort " + sp.targetPort().name() + " names no "
					+ sp.protocol() + " port of the " + podCount(sel.selected().size()) + " " + svc.ref() + " selects"
					+ " (they declare " + declared + ")" + near + "; Kubernetes leaves them out of the endpoints for port "
					+ sp.port(),
					"name the container port " + sp.targetPort().name()
							+ ", or set targetPort to the number the app listens on",
					Outcome.NO_ENDPOINTS, refused, Refs.servicePortField(svc, sp, "targetPort"),
					Refs.podPorts(first));
		}
		Backend nr = sel.notReady().get(0);
		Pod pod = nr.pod().orElseThrow();
		return p.fail(Step.ENDPOINTS, "no endpoints", "the " + podCount(sel.selected().size()) + " " + svc.ref()
				+ " selects " + (sel.selected().size() == 1 ? "is" : "are") + " not Ready, and kube-proxy only sends to"
				+ " ready endpoints (pod " + pod.name() + " is not Ready: " + pod.notReadyBecause() + ")",
				"fix the readiness probe or the app so the pod becomes Ready, or set publishNotReadyAddresses: true",
				Outcome.NO_ENDPOINTS, refused, Refs.notReady(pod),
				Refs.selector(svc));
	}

	private Trace selectorMatchesNothing(Path p, Service svc, String refused) {
		Map<String, String> selector = svc.selector().get();
		SelectorDiagnosis why = SelectorDiagnosis.of(cluster, svc);
		if (why.kind() == SelectorDiagnosis.Kind.SCALED_TO_ZERO) {
			Workload w = why.workload().get();
			return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + labels(selector) + " matches the pod template of "
					+ w.ref() + ", but it has replicas: 0, so there are no pods",
					"scale " + w.ref() + " up (replicas: 1 or more)", Outcome.NO_ENDPOINTS, refused,
					Refs.docField(w.doc(), "replicas", "spec"), Refs.selector(svc));
		}
		if (why.kind() == SelectorDiagnosis.Kind.OTHER_NAMESPACE) {
			Workload w = why.workload().get();
			return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + labels(selector) + " matches pods of " + w.ref()
					+ ", but a Service only selects pods in its own namespace (" + svc.namespace() + ")",
					"create the Service in namespace " + w.namespace() + ", or move the workload to "
							+ svc.namespace(),
					Outcome.NO_ENDPOINTS, refused, Refs.docField(svc.doc(), "namespace", "metadata"),
					Refs.workload(w));
		}
		Optional<Labels.NearMiss> near = why.nearMiss();
		if (near.isPresent()) {
			Labels.NearMiss n = near.get();
			return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + labels(selector) + " matches no pod in namespace "
					+ svc.namespace() + "; the closest is " + n.workload().ref() + ", whose pods are labelled "
					+ labels(n.workload().templateLabels()) + " (" + n.difference() + ")",
					"make the selector match the pod template labels (spec.template.metadata.labels) of "
							+ n.workload().ref() + ", or change those labels",
					Outcome.NO_ENDPOINTS, refused, Refs.selectorEntry(svc, n.key()), Refs.templateLabels(n.workload()),
					Refs.selector(svc));
		}
		return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + labels(selector) + " matches no pod in namespace "
				+ svc.namespace() + " among the manifests", "make the selector match the labels of the pods that serve "
						+ svc.name() + " (spec.template.metadata.labels of their workload)",
				Outcome.NO_ENDPOINTS, refused, Refs.selector(svc));
	}


	private String slicesOf(Service svc, List<Backend> usable) {
		List<EndpointSlice> slices = cluster.slicesFor(svc);
		boolean mirrored = slices.stream().allMatch(EndpointSlice::mirroredFromEndpoints);
		return mirrored ? "the Endpoints object " + svc.name() + " (mirrored into an EndpointSlice)"
				: "EndpointSlice " + slices.stream().map(EndpointSlice::name).distinct().collect(Collectors.joining(", "));
	}

	private Trace headless(Path p, Client client, Destination d, Service svc, Dns.ServiceAnswer sa) {
		List<Backend> records = new ArrayList<>();
		if (svc.selector().isPresent()) {
			for (Pod pod : endpoints.selected(svc)) {
				if (pod.ready() || svc.publishNotReadyAddresses()) {
					records.add(new Backend(Optional.of(pod), pod.ip(), d.port(), pod.nodeName(), true,
							pod.owner().doc().loc()));
				}
			}
		}
		else {
			Set<String> seen = new LinkedHashSet<>();
			for (EndpointSlice s : cluster.slicesFor(svc)) {
				for (EndpointSlice.Address a : s.addresses()) {
					if ((a.ready() || svc.publishNotReadyAddresses()) && seen.add(a.ip())) {
						records.add(new Backend(endpoints.podByIp(svc.namespace(), a.ip()), a.ip(), d.port(),
								a.nodeName(), true, a.node().loc()));
					}
				}
			}
		}
		Ref clusterIp = Refs.docField(svc.doc(), "clusterIP", "spec");
		if (records.isEmpty()) {
			String why = svc.selector().isEmpty() ? "it has no selector and no ready EndpointSlice addresses"
					: endpoints.selected(svc).isEmpty() ? "its selector " + labels(svc.selector().get()) + " matches no pod"
							: "none of its pods is Ready";
			return p.fail(Step.DNS, d.host(), d.host() + " names headless " + svc.ref() + " (clusterIP: None), which has no "
					+ "ready endpoints, so cluster DNS has no A record for it: " + why,
					svc.selector().isEmpty() ? "add ready addresses to its EndpointSlice"
							: endpoints.selected(svc).isEmpty() ? "make the selector match the pod labels"
									: "make the pods Ready, or set publishNotReadyAddresses: true",
					Outcome.NXDOMAIN, "Could not resolve host: " + d.host(),
					svc.selector().isPresent() ? Refs.selectorToChange(svc) : clusterIp, clusterIp);
		}
		String ips = records.stream().map(Backend::ip).limit(4).collect(Collectors.joining(", "))
				+ (records.size() > 4 ? ", …" : "");
		p.ok(Step.DNS, records.get(0).ip() + ":" + d.port(), d.host() + " resolves to " + records.size() + " pod IP"
				+ (records.size() == 1 ? "" : "s") + " (" + ips + "): " + svc.ref()
				+ " is headless (clusterIP: None), so there is no ClusterIP and no kube-proxy" + searchNote(sa, d.host(),
						client.namespace()),
				clusterIp);
		Optional<ServicePort> sp = svc.ports().stream().filter(x -> x.port() == d.port()).findFirst();
		if (sp.isPresent() && svc.selector().isPresent()) {
			ServicePort port = sp.get();
			Set<Integer> targets = new LinkedHashSet<>();
			for (Backend b : records) {
				b.pod().flatMap(pod -> FindPort.find(pod, port)).ifPresent(r -> targets.add(r.port()));
			}
			if (!targets.isEmpty() && !targets.contains(d.port())) {
				String resolved = port.targetPort().named()
						? " (" + targets.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")" : "";
				p.warn(Step.SERVICE, p.at(), "port " + port.port() + " of " + svc.ref() + " says targetPort "
						+ port.targetPort() + resolved + ", but a headless Service translates nothing: the client dials port " + d.port() + " on the pod",
						"dial port " + targets.iterator().next() + ", or make port equal targetPort",
						Refs.targetPort(svc, port));
			}
		}
		Backend chosen = representative(records, d.protocol());
		return arrive(p, Optional.of(party(client)), d.protocol(), d, chosen, records, Optional.empty());
	}

	// ---------------------------------------------------------------- pods and containers

	/** Why the request reached this port: the Service port it came through, for the fix. */
	record Via(Service service, ServicePort port) {
	}

	private Backend representative(List<Backend> backends, Protocol protocol) {
		List<Backend> sorted = backends.stream().sorted(Comparator.comparing(Backend::label)).toList();
		return sorted.stream()
			.filter(b -> b.pod().flatMap(pod -> pod.declared(b.port(), protocol)).isPresent())
			.findFirst()
			.orElse(sorted.get(0));
	}

	/** The packet is at {@code chosen}; decide what answers it, and list every container it could reach. */
	Trace arrive(Path p, Optional<Party> source, Protocol protocol, Destination d, Backend chosen, List<Backend> all,
			Optional<Via> via) {
		List<Endpoint> reach = new ArrayList<>();
		int undeclared = 0;
		for (Backend b : all.stream().sorted(Comparator.comparing(Backend::label)).toList()) {
			if (b.pod().isEmpty()) {
				continue;
			}
			Pod pod = b.pod().get();
			Optional<Pod.Found> f = pod.declared(b.port(), protocol);
			if (f.isEmpty()) {
				undeclared++;
			}
			String container = f.map(x -> x.container().name())
				.orElse(pod.running().isEmpty() ? "" : pod.running().get(0).name());
			reach.add(endpoint(pod, container, b.port()));
		}
		if (chosen.pod().isEmpty()) {
			Optional<Policies.Verdict> egress = source.flatMap(src -> policies.egressToAddress(src, chosen.ip(), chosen.port(),
					protocol));
			if (egress.isPresent()) {
				Optional<Trace> denied = policyHop(p, chosen.ip() + ":" + chosen.port(), chosen.ip() + ":" + chosen.port(),
						egress.get(), "");
				if (denied.isPresent()) {
					return denied.get();
				}
			}
			return p.fail(Step.EXTERNAL, chosen.ip() + ":" + chosen.port(), chosen.ip()
					+ " is an endpoint address that belongs to no pod in the manifests, so the request leaves the simulated cluster",
					"", Outcome.EXTERNAL, "answered (or not) by whatever runs at " + chosen.ip() + ":" + chosen.port(),
					Ref.of(chosen.source(), "endpoint " + chosen.ip()));
		}
		Pod pod = chosen.pod().get();
		if (source.isPresent()) {
			Optional<Policies.Verdict> verdict = policies.check(source.get(), pod, chosen.port(), protocol,
					via.map(v -> v.port().port()));
			if (verdict.isPresent()) {
				Optional<Trace> denied = policyHop(p, pod.ip() + ":" + chosen.port(), pod.name() + ":" + chosen.port(),
						verdict.get(), " (some plugins reject it instead)");
				if (denied.isPresent()) {
					return denied.get();
				}
			}
		}
		Optional<Pod.Found> found = pod.declared(chosen.port(), protocol);
		if (found.isPresent()) {
			Pod.Found f = found.get();
			String hostNet = pod.hostNetwork() ? ", on its node's own address (hostNetwork)" : "";
			p.ok(Step.CONTAINER, f.container().name() + ":" + chosen.port(), "container " + f.container().name()
					+ " of pod " + pod.name() + " declares containerPort " + chosen.port() + "/" + protocol
					+ (f.port().name().isEmpty() ? "" : " (" + f.port().name() + ")") + hostNet,
					Refs.containerPort(pod, f.container(), f.port()));
			List<String> sharing = pod.running().stream()
				.filter(c -> c != f.container() && c.ports().stream()
					.anyMatch(x -> x.number() == chosen.port() && x.protocol().equals(protocol)))
				.map(Container::name)
				.toList();
			if (!sharing.isEmpty()) {
				p.warn(Step.CONTAINER, f.container().name() + ":" + chosen.port(), "container " + String.join(", ", sharing)
						+ " of the same pod also declares " + chosen.port() + "/" + protocol + "; containers share one network"
						+ " namespace, so only one of them can listen there (the other fails with 'address already in use')",
						"give one of the containers another port", Refs.containerPort(pod, f.container(), f.port()));
			}
			if (undeclared > 0) {
				p.note(undeclared + " of " + reach.size() + " endpoints do not declare port " + chosen.port()
						+ "; connections that land there are refused unless the app listens anyway.");
			}
			Endpoint e = endpoint(pod, f.container().name(), chosen.port());
			List<Pod> reached = all.stream().flatMap(b -> b.pod().stream()).toList();
			if (!Sampling.note(reached).isEmpty()) {
				p.note("endpoints lists the " + reach.size() + " simulated pods, a sample of the " + Sampling.count(reached)
						+ " the request could reach.");
			}
			String count = reach.size() > 1 ? " in one of " + Math.max(reach.size(), Sampling.count(reached)) + " pods" : "";
			return p.done(Outcome.DELIVERED, delivered(d, f.container().name(), chosen.port()) + count, Optional.of(e),
					reach);
		}
		String declared = pod.describePorts();
		Ref declaredAt = Refs.podPorts(pod);
		Ref where = via.map(v -> Refs.targetPort(v.service(), v.port())).orElse(declaredAt);
		String symptom = "connection refused, unless a process in pod " + pod.name() + " listens on " + chosen.port()
				+ " without declaring it";
		if (pod.declaresNoPorts()) {
			p.warn(Step.CONTAINER, pod.name() + ":" + chosen.port(), "no container of pod " + pod.name()
					+ " declares any port, so PortPath cannot tell whether anything listens on " + chosen.port()
					+ " (containerPort is informational: a process listening there answers anyway)",
					"declare containerPort " + chosen.port() + " in the container that serves it", declaredAt, where);
			return p.done(Outcome.UNDECLARED_PORT, symptom, Optional.empty(), reach);
		}
		String fix = via.isPresent()
				? "set targetPort to the port the app listens on (" + declared + "), or declare " + chosen.port()
						+ " if the app really listens there"
				: "use a port the pod declares (" + declared + "), or declare " + chosen.port()
						+ " if the app really listens there";
		p.fail(Step.CONTAINER, pod.name() + ":" + chosen.port(), "no container of pod " + pod.name() + " declares port "
				+ chosen.port() + "/" + protocol + " (it declares " + declared + ")", fix, Outcome.UNDECLARED_PORT,
				symptom, where, declaredAt);
		return p.done(Outcome.UNDECLARED_PORT, symptom, Optional.empty(), reach);
	}

	/**
	 * The networkpolicy hop for a verdict: a drop ends the trace; a verdict that rests on an address
	 * PortPath assumed is a warning either way, since the real address may fall on the other side of the
	 * ipBlock, and the trace goes on.
	 */
	private static Optional<Trace> policyHop(Path p, String to, String failTo, Policies.Verdict v, String symptomNote) {
		if (v.uncertain()) {
			p.warn(Step.NETWORKPOLICY, to, v.message(), "write the pod's real address (status.podIP) to know, or select"
					+ " pods with podSelector and namespaceSelector: ipBlock is meant for addresses outside the cluster",
					v.refs().toArray(Ref[]::new));
			return Optional.empty();
		}
		if (!v.allowed()) {
			return Optional.of(p.fail(Step.NETWORKPOLICY, failTo, v.message(), v.fix(), Outcome.POLICY_DENIED,
					"connection times out: the NetworkPolicy plugin drops the packet" + symptomNote,
					v.refs().toArray(Ref[]::new)));
		}
		p.ok(Step.NETWORKPOLICY, to, v.message(), v.refs().toArray(Ref[]::new));
		return Optional.empty();
	}

	static Endpoint endpoint(Pod pod, String container, int port) {
		return new Endpoint(pod.namespace(), pod.name(), container, port, pod.ip(), pod.owner().kind(), pod.owner().name());
	}

	private static String delivered(Destination d, String container, int port) {
		if (d.scheme().equals("http") || d.scheme().equals("https")) {
			return "HTTP response from container " + container + " on port " + port + " (if the app serves "
					+ (d.path().isEmpty() ? "/" : d.path()) + ")";
		}
		return d.protocol() + " connection accepted by container " + container + " on port " + port;
	}

	private Trace toPod(Path p, Client client, Destination d, Pod pod, Optional<String> viaIp) {
		if (client.kind() == Client.Kind.EXTERNAL) {
			return p.fail(Step.POD, pod.ip() + ":" + d.port(), pod.ip() + " is the IP of pod " + pod.ref()
					+ ", and pod IPs are not routable from outside the cluster",
					"expose the pod through a Service of type NodePort or LoadBalancer, or an Ingress",
					Outcome.NO_LISTENER, "connection times out: the pod network is not reachable from outside",
					Refs.workload(pod.owner()));
		}
		Backend b = new Backend(Optional.of(pod), pod.ip(), d.port(), pod.nodeName(), true, pod.owner().doc().loc());
		p.ok(Step.POD, pod.ip() + ":" + d.port(), pod.ip() + " is the IP of pod " + pod.ref() + " (" + pod.owner().ref()
				+ ", on " + pod.nodeName() + "); the request goes straight to it, no Service involved",
				Refs.workload(pod.owner()));
		return arrive(p, Optional.of(party(client)), d.protocol(), d, b, List.of(b), Optional.empty());
	}

	// ---------------------------------------------------------------- addresses

	private Trace ip(Path p, Client client, Destination d) {
		String ip = d.host();
		for (Service s : cluster.services()) {
			if (s.clusterIP().equals(ip)) {
				if (client.kind() == Client.Kind.EXTERNAL) {
					return p.fail(Step.SERVICE, d.hostPort(), ip + " is the ClusterIP of " + s.ref()
							+ ", which only exists inside the cluster", "from outside, use type NodePort or LoadBalancer",
							Outcome.NO_LISTENER, "connection times out: ClusterIPs are not routable from outside",
							Refs.docField(s.doc(), "type", "spec"));
				}
				return servicePort(p, client, d, s, Entry.CLUSTER_IP, d.hostPort());
			}
		}
		for (Service s : cluster.services()) {
			if (s.externalIPs().contains(ip)) {
				return servicePort(p, client, d, s, Entry.EXTERNAL_IP, d.hostPort());
			}
			if (s.loadBalancerIPs().contains(ip)) {
				return servicePort(p, client, d, s, Entry.LOAD_BALANCER, d.hostPort());
			}
		}
		for (Node n : cluster.nodes()) {
			if (n.ip().equals(ip)) {
				return node(p, client, d, Optional.of(n));
			}
		}
		Optional<Pod> pod = cluster.podsWithIp(ip).stream().filter(x -> !x.hostNetwork()).findFirst();
		if (pod.isPresent()) {
			return toPod(p, client, d, pod.get(), Optional.of(ip));
		}
		for (EndpointSlice s : cluster.slices()) {
			for (EndpointSlice.Address a : s.addresses()) {
				if (a.ip().equals(ip)) {
					// the source's egress policy applies to any destination, not only to pods and ClusterIPs
					Optional<Policies.Verdict> egress = client.inCluster()
							? policies.egressToAddress(party(client), ip, d.port(), d.protocol()) : Optional.empty();
					if (egress.isPresent()) {
						Optional<Trace> denied = policyHop(p, d.hostPort(), d.hostPort(), egress.get(), "");
						if (denied.isPresent()) {
							return denied.get();
						}
					}
					return p.fail(Step.EXTERNAL, d.hostPort(), ip + " is an address in EndpointSlice " + s.name()
							+ " but belongs to no pod in the manifests, so the request leaves the simulated cluster", "",
							Outcome.EXTERNAL, "answered (or not) by whatever runs at " + d.hostPort(),
							Ref.of(a.node().loc(), s.doc().id()));
				}
			}
		}
		List<Service> pending = cluster.services()
			.stream()
			.filter(s -> s.type() == ServiceType.LOAD_BALANCER && s.loadBalancerIPs().isEmpty()
					&& s.loadBalancerHostnames().isEmpty())
			.toList();
		if (!pending.isEmpty()) {
			Service lb = pending.get(0);
			return p.fail(Step.ADDRESS, d.hostPort(), "no Service, node or pod in the manifests has the IP " + ip + "; "
					+ lb.ref() + " is type LoadBalancer, but no load balancer address is published in its status "
					+ "(EXTERNAL-IP <pending> until a cloud or an implementation such as MetalLB provides one)",
					"use a node IP and the nodePort" + lb.ports().stream().filter(x -> x.nodePort() != 0).findFirst()
						.map(x -> " (" + x.nodePort() + ")").orElse("") + ", or install a load-balancer implementation",
					Outcome.NO_LISTENER, "connection times out: nothing answers at " + ip,
					Refs.docField(lb.doc(), "type", "spec"));
		}
		return p.fail(Step.ADDRESS, d.hostPort(), "no Service, node or pod in the manifests has the IP " + ip,
				"use a ClusterIP, externalIP, load balancer IP, node IP or pod IP that the manifests define (or write it there)",
				Outcome.NO_LISTENER, "connection times out: nothing routes " + ip);
	}

	/** A node address: NodePorts, hostPorts and hostNetwork pods. */
	private Trace node(Path p, Client client, Destination d, Optional<Node> specific) {
		Node node = specific.orElse(cluster.nodes().get(0));
		for (Service s : cluster.services()) {
			for (ServicePort sp : s.ports()) {
				if (sp.nodePort() == d.port() && sp.nodePort() != 0 && sp.protocol().equals(d.protocol())) {
					Node at = node;
					if (specific.isEmpty() && s.externalTrafficPolicy() == TrafficPolicy.LOCAL
							&& client.kind() == Client.Kind.EXTERNAL) {
						// "node" means any node: pick one that has a local endpoint, as a working client would
						Selection sel = endpoints.resolve(s, sp);
						Optional<String> withPod = sel.backends().stream().map(Backend::nodeName).sorted().findFirst();
						at = withPod.flatMap(cluster::node).orElse(node);
					}
					p.ok(Step.NODEPORT, at.ip() + ":" + d.port(), "port " + d.port() + " on every node is nodePort of "
							+ s.ref() + " port " + sp.describe() + " (kube-proxy opens it on all nodes; this request"
							+ " arrives at " + at.name() + ")", Refs.servicePortField(s, sp, "nodePort"));
					return endpointsAndProxy(p, client, d, s, sp, Entry.NODE_PORT, at.ip() + ":" + d.port());
				}
			}
		}
		List<HostPort> hostPorts = hostPorts(d.port(), d.protocol());
		List<HostPort> here = hostPorts.stream()
			.filter(h -> specific.isEmpty() || h.pod().nodeName().equals(node.name()))
			.toList();
		if (!here.isEmpty()) {
			HostPort h = here.get(0);
			Node at = cluster.node(h.pod().nodeName()).orElse(node);
			here = here.stream().filter(x -> x.pod().nodeName().equals(at.name())).toList();
			Backend b = new Backend(Optional.of(h.pod()), h.pod().ip(), h.port().number(), at.name(), true,
					h.pod().owner().doc().loc());
			if (h.pod().hostNetwork()) {
				p.ok(Step.HOST_NETWORK, at.ip() + ":" + d.port(), "pod " + h.pod().ref() + " uses hostNetwork: true, so container "
						+ h.container().name() + " listens on " + at.name() + "'s own address, port " + d.port(),
						Ref.of(Refs.field(h.pod().spec(), "hostNetwork"), h.pod().owner().id() + "/"
								+ h.pod().owner().templatePath() + ".hostNetwork"));
			}
			else {
				p.ok(Step.HOSTPORT, h.pod().ip() + ":" + h.port().number(), at.name() + ":" + d.port()
						+ " is hostPort of container " + h.container().name() + " in pod " + h.pod().ref()
						+ "; the CNI portmap plugin forwards it to " + h.pod().ip() + ":" + h.port().number()
						+ " (only on the node where that pod runs)",
						Ref.of(Refs.field(h.port().node(), "hostPort"), h.pod().owner().id() + "/" + h.port().path() + ".hostPort"));
			}
			return arrive(p, Optional.of(party(client)), d.protocol(), d, b, here.stream()
				.map(x -> new Backend(Optional.of(x.pod()), x.pod().ip(), x.port().number(), x.pod().nodeName(), true,
						x.pod().owner().doc().loc()))
				.toList(), Optional.empty());
		}
		if (!hostPorts.isEmpty()) {
			HostPort h = hostPorts.get(0);
			return p.fail(Step.HOSTPORT, node.ip() + ":" + d.port(), "hostPort " + d.port() + " is open only on "
					+ h.pod().nodeName() + ", where pod " + h.pod().ref() + " runs, not on " + node.name(),
					"send the request to " + h.pod().nodeName() + ", or use a Service of type NodePort, which listens on every node",
					Outcome.NO_LISTENER, "connection refused by " + node.name(),
					Ref.of(Refs.field(h.port().node(), "hostPort"), h.pod().owner().id() + "/" + h.port().path()));
		}
		List<Ref> nodePortRefs = new ArrayList<>();
		List<String> allocated = new ArrayList<>();
		for (Service s : cluster.services()) {
			for (ServicePort sp : s.ports()) {
				if (sp.nodePort() != 0) {
					allocated.add(sp.nodePort() + " (" + s.name() + ":" + sp.port() + ")");
					nodePortRefs.add(Refs.servicePortField(s, sp, "nodePort"));
				}
			}
		}
		for (Pod pod : cluster.pods()) {
			for (Container c : pod.running()) {
				for (ContainerPort cp : c.ports()) {
					if (cp.number() == d.port() && cp.hostPort() != 0 && cp.hostPort() != d.port()) {
						return p.fail(Step.HOSTPORT, node.ip() + ":" + d.port(), "container " + c.name() + " of pod "
								+ pod.ref() + " declares containerPort " + d.port() + " with hostPort " + cp.hostPort()
								+ ": the node opens " + cp.hostPort() + ", and containerPort " + d.port()
								+ " exists only on the pod's own IP", "send the request to port " + cp.hostPort()
										+ " on " + pod.nodeName(),
								Outcome.NO_LISTENER, "connection refused by " + node.name(),
								Ref.of(Refs.field(cp.node(), "hostPort"), pod.owner().id() + "/" + cp.path() + ".hostPort"));
					}
				}
			}
		}
		String hint = allocated.isEmpty() ? "no Service of type NodePort or LoadBalancer exists in the manifests"
				: "nodePorts in use: " + String.join(", ", allocated.subList(0, Math.min(6, allocated.size())));
		String range = d.port() < 30000 || d.port() > 32767
				? "; NodePorts are in 30000-32767, so " + d.port() + " is probably a Service port or targetPort, which nodes do not open"
				: "";
		return p.fail(Step.NODEPORT, node.ip() + ":" + d.port(), "nothing listens on " + node.name() + " port " + d.port()
				+ ": no Service has nodePort " + d.port() + " and no pod has hostPort " + d.port() + range + " ("
				+ hint + ")", allocated.isEmpty() ? "make the Service type: NodePort and use its nodePort"
						: "use one of the allocated nodePorts",
				Outcome.NO_LISTENER, "connection refused by " + node.name(), nodePortRefs.toArray(Ref[]::new));
	}

	record HostPort(Pod pod, Container container, ContainerPort port) {
	}

	private List<HostPort> hostPorts(int port, Protocol protocol) {
		List<HostPort> out = new ArrayList<>();
		for (Pod pod : cluster.pods()) {
			for (Container c : pod.running()) {
				for (ContainerPort cp : c.ports()) {
					if (cp.hostPort() == port && cp.protocol().equals(protocol)) {
						out.add(new HostPort(pod, c, cp));
					}
				}
			}
		}
		return out;
	}

	private Trace localhost(Path p, Client client, Destination d) {
		if (client.kind() == Client.Kind.EXTERNAL) {
			return p.fail(Step.LOCALHOST, d.hostPort(), "localhost of an external client is its own machine, not the cluster",
					"use port-forward:KIND/NAME:PORT to reach a pod from your machine", Outcome.NO_LISTENER,
					"connection refused on your own machine");
		}
		if (client.kind() == Client.Kind.NODE) {
			return node(p, client, d, client.node());
		}
		Pod pod = client.pod().orElseThrow();
		String containers = pod.running().stream().map(Container::name).collect(Collectors.joining(", "));
		p.ok(Step.LOCALHOST, "localhost:" + d.port(), "localhost is pod " + pod.name() + "'s own network namespace, which "
				+ "all its containers share (" + containers + "); no Service or NetworkPolicy is involved",
				Refs.workload(pod.owner()));
		Backend b = new Backend(Optional.of(pod), "127.0.0.1", d.port(), pod.nodeName(), true, pod.owner().doc().loc());
		return arrive(p, Optional.empty(), d.protocol(), d, b, List.of(b), Optional.empty()); // loopback: no policy
	}

	/** The client as NetworkPolicy sees it. */
	Party party(Client client) {
		return switch (client.kind()) {
			case POD -> Party.of(client.pod().orElseThrow(), "");
			case NODE -> Party.node(client.node().orElseThrow(), "");
			case EXTERNAL -> Party.external("");
		};
	}

	/**
	 * Who the destination pod sees after kube-proxy: external traffic through a NodePort, load balancer or
	 * externalIP with externalTrafficPolicy Cluster is masqueraded to the receiving node's IP.
	 */
	private Party sourceAfterProxy(String address, Client client, Service svc, Entry entry) {
		if (client.kind() != Client.Kind.EXTERNAL || entry == Entry.CLUSTER_IP
				|| svc.externalTrafficPolicy() == TrafficPolicy.LOCAL) {
			return party(client);
		}
		Node node = nodeAt(address).flatMap(cluster::node).orElse(cluster.nodes().get(0));
		return Party.node(node, "kube-proxy masquerades external traffic to the receiving node's IP"
				+ " (externalTrafficPolicy: Cluster), so policies see " + node.name() + ", not the client");
	}

	// ---------------------------------------------------------------- shared text

	static String labels(Map<String, String> labels) {
		return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	private static String ordinal(int n) {
		return switch (n) {
			case 1 -> "first";
			case 2 -> "second";
			case 3 -> "third";
			default -> n + "th";
		};
	}

	static String podCount(int n) {
		return n + (n == 1 ? " pod" : " pods");
	}

	/** "2 pods of Deployment shop/web", or "pod shop/web" for a bare Pod. */
	static String matched(List<Pod> pods) {
		if (pods.size() == 1 && pods.get(0).owner().is("Pod")) {
			return "pod " + pods.get(0).ref();
		}
		return podCount(Sampling.count(pods)) + " of " + owners(pods) + Sampling.note(pods);
	}

	static String owners(List<Pod> pods) {
		return pods.stream().map(p -> p.owner().ref()).distinct().collect(Collectors.joining(", "));
	}
}
