package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;

/**
 * Builds a Service port's endpoints as the EndpointSlice controller and kube-proxy would: selector →
 * pods in the Service's namespace → FindPort per pod → ready (or publishNotReadyAddresses); for a
 * selectorless Service, the manual slices labelled kubernetes.io/service-name whose port name and
 * protocol equal the Service port's (kube-proxy keys endpoints by port name).
 */
public final class EndpointResolver {

	private final Cluster cluster;

	public EndpointResolver(Cluster cluster) {
		this.cluster = cluster;
	}

	public List<Pod> selected(Service svc) {
		if (svc.selector().isEmpty()) {
			return List.of();
		}
		return cluster.selectedBy(svc);
	}

	public static boolean matches(Map<String, String> selector, Map<String, String> labels) {
		for (Map.Entry<String, String> e : selector.entrySet()) {
			if (!e.getValue().equals(labels.get(e.getKey()))) {
				return false;
			}
		}
		return true;
	}

	public Selection resolve(Service svc, ServicePort sp) {
		if (svc.selector().isPresent()) {
			List<Pod> selected = selected(svc);
			List<Backend> usable = new ArrayList<>();
			List<Backend> notReady = new ArrayList<>();
			List<Pod> unresolved = new ArrayList<>();
			for (Pod pod : selected) {
				Optional<FindPort.Resolved> r = FindPort.find(pod, sp);
				if (r.isEmpty()) {
					unresolved.add(pod);
					continue;
				}
				Backend b = new Backend(Optional.of(pod), pod.ip(), r.get().port(), pod.nodeName(),
						pod.ready() || svc.publishNotReadyAddresses(), pod.owner().doc().loc());
				(b.ready() ? usable : notReady).add(b);
			}
			return new Selection(selected, usable, unresolved, notReady, false);
		}
		List<Backend> usable = new ArrayList<>();
		List<Backend> notReady = new ArrayList<>();
		for (EndpointSlice slice : cluster.slicesFor(svc)) {
			for (EndpointSlice.Port port : slice.ports()) {
				if (!port.name().equals(sp.name()) || !port.protocol().equals(sp.protocol())
						|| port.port().orElse(0) == 0) {
					continue;
				}
				for (EndpointSlice.Address a : slice.addresses()) {
					Optional<Pod> pod = podByIp(svc.namespace(), a.ip());
					String node = a.nodeName().isEmpty() ? pod.map(Pod::nodeName).orElse("") : a.nodeName();
					Backend b = new Backend(pod, a.ip(), port.port().get(), node,
							a.ready() || svc.publishNotReadyAddresses(), a.node().loc());
					(b.ready() ? usable : notReady).add(b);
				}
			}
		}
		return new Selection(List.of(), usable, List.of(), notReady, true);
	}

	/**
	 * Whether a selectorless Service port gets endpoints from these slices at all: kube-proxy keys slice ports
	 * to Service ports by name and protocol, whatever the numbers. Decided here for the trace and for check.
	 */
	public static boolean slicePortMatches(List<EndpointSlice> slices, ServicePort sp) {
		return slices.stream()
			.flatMap(s -> s.ports().stream())
			.anyMatch(p -> p.name().equals(sp.name()) && p.protocol().equals(sp.protocol()));
	}

	public Optional<Pod> podByIp(String namespace, String ip) {
		List<Pod> withIp = cluster.podsWithIp(ip);
		Optional<Pod> same = withIp.stream().filter(p -> !p.hostNetwork() && p.namespace().equals(namespace)).findFirst();
		if (same.isPresent()) {
			return same;
		}
		return withIp.stream().filter(p -> !p.hostNetwork()).findFirst();
	}
}
