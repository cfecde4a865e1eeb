package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * A headless Service's name (clusterIP: None): cluster DNS answers with the ready pods' own addresses, so
 * there is no ClusterIP, no kube-proxy and no port translation; the client dials the port it asked for.
 */
final class Headless {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	Headless(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
	}

	Leg resolve(Path p, Leg.ToHeadless leg) {
		Client client = leg.client();
		Destination d = leg.d();
		Service svc = leg.service();
		List<Backend> records = records(svc, d.port());
		Ref clusterIp = Refs.docField(svc.doc(), "clusterIP", "spec");
		if (records.isEmpty()) {
			return noRecords(p, d, svc, clusterIp);
		}
		String ips = records.stream().map(Backend::ip).limit(4).collect(Collectors.joining(", "))
				+ (records.size() > 4 ? ", …" : "");
		p.ok(Step.DNS, records.get(0).ip() + ":" + d.port(), d.host() + " resolves to " + records.size() + " pod IP"
				+ (records.size() == 1 ? "" : "s") + " (" + ips + "): " + svc.ref()
				+ " is headless (clusterIP: None), so there is no ClusterIP and no kube-proxy"
				+ Names.searchNote(leg.answer(), d.host(), client.namespace()),
				clusterIp);
		Optional<ServicePort> sp = svc.ports().stream().filter(x -> x.port() == d.port()).findFirst();
		if (sp.isPresent() && svc.selector().isPresent()) {
			ServicePort port = sp.get();
			Set<Integer> targets = FindPort.targets(port, records.stream().flatMap(b -> b.pod().stream()).toList());
			if (!targets.isEmpty() && !targets.contains(d.port())) {
				String resolved = port.targetPort().named()
						? " (" + targets.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")" : "";
				p.toward(Points.service(svc, port)).warn(Step.SERVICE, p.at(), "port " + port.port() + " of " + svc.ref() + " says targetPort "
						+ port.targetPort() + resolved + ", but a headless Service translates nothing: the client dials port " + d.port() + " on the pod",
						"dial port " + targets.iterator().next() + ", or make port equal targetPort",
						Refs.targetPort(svc, port));
			}
		}
		Backend chosen = Translation.representative(records, d.protocol());
		return new Leg.ToDelivery(Optional.of(client.party()), d.protocol(), d, chosen, records, Optional.empty());
	}

	/** The A records cluster DNS serves: ready pods of the selector, or ready slice addresses. */
	private List<Backend> records(Service svc, int port) {
		List<Backend> records = new ArrayList<>();
		if (svc.selector().isPresent()) {
			for (Pod pod : endpoints.selected(svc)) {
				if (pod.ready() || svc.publishNotReadyAddresses()) {
					records.add(new Backend(Optional.of(pod), pod.ip(), port, pod.nodeName(), true,
							pod.doc().loc()));
				}
			}
			return records;
		}
		Set<String> seen = new LinkedHashSet<>();
		for (EndpointSlice s : cluster.slicesFor(svc)) {
			for (EndpointSlice.Address a : s.addresses()) {
				if ((a.ready() || svc.publishNotReadyAddresses()) && seen.add(a.ip())) {
					records.add(new Backend(endpoints.podByIp(svc.namespace(), a.ip()), a.ip(), port,
							a.nodeName(), true, a.node().loc()));
				}
			}
		}
		return records;
	}

	private Leg.Done noRecords(Path p, Destination d, Service svc, Ref clusterIp) {
		String why = svc.selector().isEmpty() ? "it has no selector and no ready EndpointSlice addresses"
				: endpoints.selected(svc).isEmpty() ? "its selector " + Texts.labels(svc.selector().get()) + " matches no pod"
						: "none of its pods is Ready";
		return p.fail(Step.DNS, d.host(), d.host() + " names headless " + svc.ref() + " (clusterIP: None), which has no "
				+ "ready endpoints, so cluster DNS has no A record for it: " + why,
				svc.selector().isEmpty() ? "add ready addresses to its EndpointSlice"
						: endpoints.selected(svc).isEmpty() ? "make the selector match the pod labels"
								: "make the pods Ready, or set publishNotReadyAddresses: true",
				Outcome.NXDOMAIN, "Could not resolve host: " + d.host(),
				svc.selector().isPresent() ? Refs.selectorToChange(svc) : clusterIp, clusterIp);
	}
}
