package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Sampling;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.TrafficPolicy;
import dev.portpath.sim.route.Leg.Entry;
import dev.portpath.sim.route.Leg.Via;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * A Service port reached through kube-proxy (by ClusterIP, nodePort or an external address): its
 * endpoints, the traffic policies that narrow them, and the translation to one of them. A proxy that reads
 * EndpointSlices itself (an ingress controller, a Gateway) goes to the endpoints directly instead.
 */
final class KubeProxy {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	private final NoEndpoints none;

	KubeProxy(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
		this.none = new NoEndpoints(c);
	}

	Leg forward(Path p, Leg.ToEndpoints leg) {
		Service svc = leg.service();
		ServicePort sp = leg.port();
		Selection sel = endpoints.resolve(svc, sp);
		String refused = "connection refused: kube-proxy rejects connections to " + svc.namespace() + "/" + svc.name()
				+ ":" + sp.describe() + ", which has no endpoints";
		if (sel.backends().isEmpty() && sel.terminating().isEmpty()) {
			return none.explain(p, svc, sp, sel, refused);
		}
		List<Backend> ready = endpointsHop(p, svc, sp, sel);
		Policied policied = trafficPolicies(p, leg, ready);
		if (policied.dropped().isPresent()) {
			return policied.dropped().get();
		}
		List<Backend> usable = policied.backends();
		Backend chosen = Translation.representative(usable, leg.d().protocol());
		String translation = leg.address() + " → " + chosen.ip() + ":" + chosen.port() + ": "
				+ (sel.fromObservedSlices() ? "the EndpointSlice's port " + chosen.port() + " is the destination (the"
						+ " controller resolved targetPort " + sp.targetPort() + " to it)" : Translation.reason(svc, sp, usable));
		int standsFor = Sampling.count(usable.stream().flatMap(b -> b.pod().stream()).toList())
				+ (int) usable.stream().filter(b -> b.pod().isEmpty()).count();
		String pick = usable.size() == 1 ? "" : "; one of " + standsFor + " endpoints, picked "
				+ (svc.sessionAffinity().equals("ClientIP") ? "once per client IP: sessionAffinity ClientIP keeps a client on the same endpoint for "
						+ svc.doc().root().path("spec", "sessionAffinityConfig", "clientIP", "timeoutSeconds").integer().orElse(10800L) + " s"
						: "at random per connection");
		p.ok(Step.KUBE_PROXY, chosen.ip() + ":" + chosen.port(), translation + pick, Refs.targetPort(svc, sp));
		return new Leg.ToDelivery(Optional.of(sourceAfterProxy(leg)), leg.d().protocol(), leg.d(), chosen, usable,
				Optional.of(new Via(svc, sp)));
	}

	/**
	 * The endpoints hop: where the endpoints come from, and which selected pods are left out and why. Answers
	 * the endpoints kube-proxy uses: the ready ones, else those still serving while they terminate.
	 */
	private List<Backend> endpointsHop(Path p, Service svc, ServicePort sp, Selection sel) {
		if (sel.backends().isEmpty()) {
			List<Backend> serving = sel.terminating();
			String count = serving.size() == 1 ? "the endpoint that is" : "the " + serving.size() + " endpoints that are";
			p.warn(Step.ENDPOINTS, serving.size() + " terminating endpoint" + (serving.size() == 1 ? "" : "s"), "no endpoint of "
					+ svc.ref() + " port " + sp.describe() + " is ready, so kube-proxy falls back to " + count
					+ " terminating but still serving (" + serving.stream().map(Backend::label).limit(3)
						.collect(Collectors.joining(", ")) + "); " + (serving.size() == 1 ? "it stops" : "they stop")
					+ " answering when " + (serving.size() == 1 ? "its pod is" : "their pods are") + " gone",
					"wait for the new pods to become Ready, or find out why they are not", Ref.of(serving.get(0).source(),
							svc.id()));
			return serving;
		}
		List<Backend> usable = sel.backends();
		String endpointsTo = usable.size() + " endpoint" + (usable.size() == 1 ? "" : "s");
		if (sel.fromObservedSlices()) {
			observedSlicesHop(p, svc, sp, sel, endpointsTo);
			return usable;
		}
		if (sel.manual()) {
			p.ok(Step.ENDPOINTS, endpointsTo, svc.ref() + " has no selector; its " + usable.size()
					+ " endpoint address" + (usable.size() == 1 ? " comes" : "es come") + " from "
					+ slicesOf(svc) + ", port " + sp.name().replaceAll("^$", "(unnamed)") + " = " + usable.get(0).port(),
					Ref.of(usable.get(0).source(), svc.id()));
			return usable;
		}
		String message = "selector " + Texts.labels(svc.selector().get()) + " matches " + Texts.matched(sel.selected());
		p.ok(Step.ENDPOINTS, endpointsTo, message, Refs.selector(svc), Refs.podLabels(sel.selected().get(0)));
		if (!sel.unresolved().isEmpty()) {
			p.warn(Step.ENDPOINTS, endpointsTo, "targetPort " + sp.targetPort().name() + " names no " + sp.protocol()
					+ " port in " + Texts.podCount(sel.unresolved().size()) + " (" + Texts.owners(sel.unresolved())
					+ "), so the EndpointSlice controller leaves them out of port " + sp.port() + "; "
					+ usable.size() + " remain", "declare a " + sp.protocol() + " port named "
					+ sp.targetPort().name() + " in those pods, or stop selecting them",
					Refs.targetPort(svc, sp));
		}
		notReadyNote(p, svc, sel);
		return usable;
	}

	private static void notReadyNote(Path p, Service svc, Selection sel) {
		List<Backend> notReady = sel.notReady();
		if (notReady.size() == 1) {
			Backend b = notReady.get(0);
			p.note((b.pod().isPresent() ? "Pod " + b.pod().get().name() : "Endpoint " + b.ip()) + " of " + svc.ref()
					+ " is not Ready" + b.pod().map(x -> x.notReadyBecause().isEmpty() ? "" : " (" + x.notReadyBecause() + ")")
						.orElse("") + " and gets no traffic until it is.");
		}
		else if (!notReady.isEmpty()) {
			p.note(Texts.podCount(notReady.size()) + " selected by " + svc.ref()
					+ " are not Ready and get no traffic until they are.");
		}
	}

	/**
	 * Endpoints from the slices the cluster's EndpointSlice controller wrote (a dump): kube-proxy uses them as
	 * they stand; where they and the pods disagree, a warning says how.
	 */
	private void observedSlicesHop(Path p, Service svc, ServicePort sp, Selection sel, String endpointsTo) {
		List<Backend> usable = sel.backends();
		String names = sel.observed().stream().map(dev.portpath.sim.model.EndpointSlice::name).distinct()
			.collect(Collectors.joining(", "));
		p.ok(Step.ENDPOINTS, endpointsTo, "EndpointSlice " + names + ", which the cluster's EndpointSlice controller"
				+ " wrote, lists " + endpointsTo + " ready for port " + sp.name().replaceAll("^$", "(unnamed)")
				+ " (" + usable.stream().map(Backend::label).limit(3).collect(Collectors.joining(", "))
				+ (usable.size() > 3 ? ", …" : "") + "); kube-proxy uses the slices as they stand",
				Ref.of(usable.get(0).source(), "EndpointSlice/" + svc.namespace() + "/" + names), Refs.selector(svc));
		List<SliceDrift.Difference> drift = SliceDrift.of(cluster, endpoints, svc, sp);
		if (!drift.isEmpty()) {
			p.warn(Step.ENDPOINTS, endpointsTo, "the slices and the pods disagree: " + drift.stream()
				.limit(2).map(SliceDrift.Difference::text).collect(Collectors.joining("; "))
					+ (drift.size() > 2 ? "; and " + (drift.size() - 2) + " more" : ""), SliceDrift.fix(svc),
					drift.get(0).ref());
		}
		notReadyNote(p, svc, sel);
	}

	/** The endpoints a traffic policy leaves, or the drop when it leaves none. */
	private record Policied(List<Backend> backends, Optional<Leg.Done> dropped) {
	}

	/**
	 * internalTrafficPolicy Local keeps in-cluster traffic to the client's node; externalTrafficPolicy Local
	 * keeps outside traffic to the node it arrives at (kube-proxy's DROP when that node has no endpoint).
	 */
	private Policied trafficPolicies(Path p, Leg.ToEndpoints leg, List<Backend> usable) {
		Service svc = leg.service();
		Client client = leg.client();
		String address = leg.address();
		if (leg.entry() == Entry.CLUSTER_IP && svc.internalTrafficPolicy() == TrafficPolicy.LOCAL && client.inCluster()) {
			String node = client.nodeName();
			List<Backend> local = usable.stream().filter(b -> b.nodeName().equals(node)).toList();
			if (local.isEmpty()) {
				return new Policied(usable, Optional.of(p.fail(Step.KUBE_PROXY, address, "internalTrafficPolicy: Local keeps"
						+ " traffic on the client's node, and no endpoint of " + svc.ref() + " runs on " + node
						+ ", so kube-proxy drops the packet",
						"remove internalTrafficPolicy: Local, or run a pod of the backend on every node (a DaemonSet)",
						Outcome.NO_ENDPOINTS, "connection times out: kube-proxy drops it (no local endpoints on " + node
								+ ")",
						Refs.docField(svc.doc(), "internalTrafficPolicy", "spec"))));
			}
			p.ok(Step.KUBE_PROXY, address, "internalTrafficPolicy: Local: only the " + Texts.podCount(local.size())
					+ " on " + node + " are used", Refs.docField(svc.doc(), "internalTrafficPolicy", "spec"));
			usable = local;
		}
		if (leg.entry() != Entry.CLUSTER_IP && svc.externalTrafficPolicy() == TrafficPolicy.LOCAL) {
			return externalLocal(p, leg, usable);
		}
		return new Policied(usable, Optional.empty());
	}

	/**
	 * externalTrafficPolicy Local at a node, load balancer or external address: outside traffic keeps to the
	 * endpoints on the receiving node and is dropped where there are none; a pod's address, or the receiving
	 * node's own, goes to the endpoints on every node.
	 */
	private Policied externalLocal(Path p, Leg.ToEndpoints leg, List<Backend> usable) {
		Service svc = leg.service();
		String address = leg.address();
		Ref field = Refs.docField(svc.doc(), "externalTrafficPolicy", "spec");
		if (!fromOutside(leg)) {
			p.ok(Step.KUBE_PROXY, address, "externalTrafficPolicy: Local does not narrow this request: it comes from "
					+ (leg.client().kind() == Client.Kind.POD && !leg.client().party().isNode() ? "a pod's address"
							: "the receiving node's own address")
					+ ", which kube-proxy sends to the endpoints on every node", field);
			return new Policied(usable, Optional.empty());
		}
		List<Backend> everywhere = usable;
		Optional<String> nodeName = nodeAt(address);
		if (nodeName.isPresent()) {
			String n = nodeName.get();
			List<Backend> local = usable.stream().filter(b -> b.nodeName().equals(n)).toList();
			String from = leg.client().kind() == Client.Kind.EXTERNAL ? ""
					: " (a request from " + leg.client().label() + "'s address is external traffic to " + n + ")";
			if (local.isEmpty()) {
				return new Policied(usable, Optional.of(p.fail(Step.KUBE_PROXY, address, "externalTrafficPolicy: Local"
						+ " sends external traffic only to endpoints on the node it arrives at, and " + n
						+ " runs none of " + svc.ref() + ", so kube-proxy drops it" + from,
						"send the request to a node that runs a pod (" + nodesOf(usable)
								+ "), or set externalTrafficPolicy: Cluster",
						Outcome.NO_ENDPOINTS, "connection times out: no local endpoints on " + n, field)));
			}
			usable = local;
		}
		p.ok(Step.KUBE_PROXY, address, "externalTrafficPolicy: Local keeps the client's source IP and uses only endpoints "
				+ "on the receiving node; nodes without one (" + nodesWithout(everywhere) + ") drop the traffic", field);
		return new Policied(usable, Optional.empty());
	}

	/**
	 * Whether kube-proxy on the receiving node treats the source as outside traffic, to which
	 * externalTrafficPolicy applies: an external client, or a node's own address (a node shell, a hostNetwork
	 * pod) arriving at another node's address. A pod's address, or the receiving node's own, goes to the
	 * endpoints cluster-wide (kube-proxy's rules for pod traffic and for LOCAL source addresses).
	 */
	private boolean fromOutside(Leg.ToEndpoints leg) {
		Client client = leg.client();
		if (client.kind() == Client.Kind.EXTERNAL) {
			return true;
		}
		boolean hostAddress = client.kind() == Client.Kind.NODE
				|| client.pod().map(dev.portpath.sim.model.Pod::hostNetwork).orElse(false);
		return hostAddress && nodeAt(leg.address()).filter(n -> !n.equals(client.nodeName())).isPresent();
	}

	/** The node whose IP an address ({@code ip:port}) names, if any. */
	private Optional<String> nodeAt(String address) {
		return nodeOf(address).map(Node::name);
	}

	private Optional<Node> nodeOf(String address) {
		for (Node n : cluster.nodes()) {
			if (address.startsWith(n.ip() + ":")) {
				return Optional.of(n);
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

	private String slicesOf(Service svc) {
		List<dev.portpath.sim.model.EndpointSlice> slices = cluster.slicesFor(svc);
		boolean mirrored = slices.stream().allMatch(dev.portpath.sim.model.EndpointSlice::mirroredFromEndpoints);
		return mirrored ? "the Endpoints object " + svc.name() + " (mirrored into an EndpointSlice)"
				: "EndpointSlice " + slices.stream().map(dev.portpath.sim.model.EndpointSlice::name).distinct()
					.collect(Collectors.joining(", "));
	}

	/**
	 * Who the destination pod sees after kube-proxy: external traffic through a NodePort, load balancer or
	 * externalIP with externalTrafficPolicy Cluster is masqueraded to the receiving node's IP.
	 */
	private Party sourceAfterProxy(Leg.ToEndpoints leg) {
		Client client = leg.client();
		Service svc = leg.service();
		if (!fromOutside(leg) || leg.entry() == Entry.CLUSTER_IP || svc.externalTrafficPolicy() == TrafficPolicy.LOCAL) {
			return client.party();
		}
		Node node = nodeOf(leg.address()).orElse(cluster.nodes().get(0));
		return Party.node(node, "kube-proxy masquerades external traffic to the receiving node's IP"
				+ " (externalTrafficPolicy: Cluster), so policies see " + node.name() + ", not the client");
	}
}
