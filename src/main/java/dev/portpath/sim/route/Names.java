package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.route.Leg.Entry;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * Resolving a name, the first stage for a request by name: cluster DNS from a pod (through its search path,
 * after any egress policy lets the lookup out), a node's own resolver, or public DNS for an outside client,
 * which leads to a load balancer's hostname or the Ingress or Gateway that serves the host.
 */
final class Names {

	private final Cluster cluster;

	private final Dns dns;

	private final Policies policies;

	Names(Context c) {
		this.cluster = c.cluster();
		this.dns = c.dns();
		this.policies = c.policies();
	}

	/** A name, resolved from where the client is. */
	Leg resolve(Path p, Leg.ByName leg) {
		Client client = leg.client();
		Destination d = leg.d();
		if (client.kind() == Client.Kind.EXTERNAL) {
			return external(p, client, d);
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
							cp.id() + "/" + cp.specPath() + ".dnsPolicy"));
		}
		if (pod.isPresent()) {
			Optional<Leg.Done> blocked = lookupMayLeave(p, pod.get(), d);
			if (blocked.isPresent()) {
				return blocked.get();
			}
		}
		return answer(p, client, d, dns.resolve(d.host(), client.namespace()));
	}

	/** An outside client cannot use cluster DNS: a load balancer's hostname, an Ingress or Gateway, or nothing. */
	private Leg external(Path p, Client client, Destination d) {
		for (Service s : cluster.services()) {
			if (s.loadBalancerHostnames().contains(d.host())) {
				p.ok(Step.DNS, s.loadBalancerHostnames().get(0) + ":" + d.port(), d.host()
						+ " is the load balancer hostname in the status of " + s.ref(),
						Refs.docField(s.doc(), "loadBalancer", "status"));
				return new Leg.ToServicePort(client, d, s, Entry.LOAD_BALANCER, d.hostPort());
			}
		}
		if (FrontDoor.any(cluster)) {
			return new Leg.ToFrontDoor(d);
		}
		return externalNxdomain(p, d);
	}

	/** A pod isolated for egress must be allowed to reach the cluster DNS, or every lookup times out. */
	private Optional<Leg.Done> lookupMayLeave(Path p, Pod pod, Destination d) {
		if (policies.selecting(pod, true).isEmpty()) {
			return Optional.empty();
		}
		Pod server = policies.dnsServer();
		Policies.Verdict v = policies.check(Party.of(pod, ""), server, 53, Protocol.UDP, Optional.empty()).orElseThrow();
		if (v.uncertain()) {
			p.warn(Step.NETWORKPOLICY, "kube-dns:53", "whether the DNS query may leave depends on an assumed address: "
					+ v.message(), "select the DNS pods with namespaceSelector and podSelector rather than an ipBlock",
					v.refs().toArray(Ref[]::new));
		}
		else if (!v.allowed()) {
			return Optional.of(p.fail(Step.DNS, d.host(), "the DNS lookup of " + d.host() + " cannot leave pod " + pod.name()
					+ ": " + v.message(), "allow egress to the cluster DNS (namespace kube-system, pods k8s-app=kube-dns)"
							+ " on port 53 over UDP and TCP",
					Outcome.POLICY_DENIED, ";; connection timed out; no servers could be reached (the DNS query is"
							+ " dropped, so every name lookup times out)",
					v.refs().toArray(Ref[]::new)));
		}
		else {
			p.ok(Step.NETWORKPOLICY, "kube-dns:53", "the DNS query may leave: " + v.message(), v.refs().toArray(Ref[]::new));
		}
		return Optional.empty();
	}

	/** What cluster DNS answered: nothing, a pod, an ExternalName's CNAME, a headless Service's pods, a ClusterIP. */
	private Leg answer(Path p, Client client, Destination d, Dns.Answer answer) {
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
							: Ref.of(Refs.field(pa.pod().spec(), "subdomain"), pa.pod().id()));
			return new Leg.ToPod(client, d, pa.pod());
		}
		Dns.ServiceAnswer sa = (Dns.ServiceAnswer) answer;
		Service svc = sa.service();
		if (svc.isExternalName()) {
			p.ok(Step.DNS, svc.externalName(), d.host() + " is a CNAME for " + svc.externalName() + ": " + svc.ref()
					+ " has type ExternalName", Refs.docField(svc.doc(), "externalName", "spec"));
			p.note("An HTTP Host header or TLS SNI still carries " + d.host()
					+ "; the external server may answer 404 or present a certificate for another name.");
			return p.toward(Points.external(svc.externalName(), d.port(), d.protocol())).fail(Step.EXTERNAL, svc.externalName() + ":" + d.port(), "the client connects to "
					+ svc.externalName() + ":" + d.port() + " itself; ExternalName does no proxying and "
					+ "Service ports remap nothing, so the request leaves the cluster", "",
					Outcome.EXTERNAL, "answered (or not) by " + svc.externalName() + " outside the cluster",
					Refs.docField(svc.doc(), "externalName", "spec"));
		}
		if (svc.headless()) {
			return new Leg.ToHeadless(client, d, svc, sa);
		}
		p.ok(Step.DNS, svc.clusterIP() + ":" + d.port(), d.host() + " resolves to " + svc.ref() + ", ClusterIP "
				+ svc.clusterIP() + searchNote(sa, d.host(), client.namespace()), Refs.service(svc));
		return new Leg.ToServicePort(client, d, svc, Entry.CLUSTER_IP, svc.clusterIP() + ":" + d.port());
	}

	private static boolean usesNodeResolver(Pod pod) {
		if (pod.dnsPolicy().equals("Default")) {
			return true;
		}
		return pod.hostNetwork() && pod.dnsPolicy().equals("ClusterFirst");
	}

	/** How the name was found: as written (absolute or fully qualified), or through the search path. */
	static String searchNote(Dns.ServiceAnswer sa, String typed, String ns) {
		String asWritten = typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed;
		if (sa.fqdn().equals(asWritten)) {
			return " (" + sa.fqdn() + (typed.endsWith(".") ? ", an absolute name: no search path"
					: ", a fully qualified name") + ")";
		}
		if (sa.tried().size() > 1) {
			return " (" + sa.fqdn() + ", the " + Texts.ordinal(sa.tried().size()) + " name tried on the search path of namespace "
					+ ns + ")";
		}
		return " (" + sa.fqdn() + ", through the search path of namespace " + ns + ")";
	}

	private Leg.Done externalNxdomain(Path p, Destination d) {
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
}
