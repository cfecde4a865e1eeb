package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.ObservedStatus;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;

/**
 * Builds a Service port's endpoints as the EndpointSlice controller and kube-proxy would: selector →
 * pods in the Service's namespace → FindPort per pod → ready (or publishNotReadyAddresses); for a
 * selectorless Service, the manual slices labelled kubernetes.io/service-name whose port name and
 * protocol equal the Service port's (kube-proxy keys endpoints by port name). When the manifests are a
 * dump that holds the controller's own slices, those are the endpoints, and {@link SliceDrift} says where
 * they and the pods disagree.
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

	/**
	 * The endpoints of a Service port. With a selector: the pods it selects (FindPort per pod), unless the
	 * manifests hold the EndpointSlices the cluster's controller wrote for the Service (a dump), which
	 * kube-proxy uses as they stand; without one: the slices labelled with its name.
	 */
	public Selection resolve(Service svc, ServicePort sp) {
		if (svc.selector().isEmpty()) {
			Split split = fromSlices(svc, sp, cluster.slicesFor(svc));
			return new Selection(List.of(), split.ready(), List.of(), split.notReady(), true, split.terminating(), List.of());
		}
		List<Pod> selected = selected(svc);
		List<Pod> unresolved = new ArrayList<>();
		Split split = new Split();
		for (Pod pod : selected) {
			Optional<FindPort.Resolved> r = FindPort.find(pod, sp);
			if (r.isEmpty()) {
				unresolved.add(pod);
				continue;
			}
			Backend b = new Backend(Optional.of(pod), pod.ip(), r.get().port(), pod.nodeName(),
					pod.addressed() && (pod.ready() || svc.publishNotReadyAddresses()), pod.doc().loc());
			split.add(b, pod.addressed() && pod.terminating() && ObservedStatus.servesWhileTerminating(pod));
		}
		List<EndpointSlice> observed = observedSlices(svc);
		if (!observed.isEmpty()) {
			split = fromSlices(svc, sp, observed);
		}
		return new Selection(selected, split.ready(), unresolved, split.notReady(), false, split.terminating(), observed);
	}

	/** The EndpointSlices the cluster's controller wrote for a Service with a selector, when the manifests hold them. */
	public List<EndpointSlice> observedSlices(Service svc) {
		return cluster.slicesFor(svc).stream().filter(EndpointSlice::managed).toList();
	}

	/** Backends sorted as kube-proxy sorts them: ready, serving while terminating, the rest. */
	private record Split(List<Backend> ready, List<Backend> terminating, List<Backend> notReady) {

		Split() {
			this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		}

		void add(Backend b, boolean servingTerminating) {
			(b.ready() ? ready : servingTerminating ? terminating : notReady).add(b);
		}
	}

	/** A slice port feeds a Service port when name and protocol match (kube-proxy keys endpoints by port name). */
	private Split fromSlices(Service svc, ServicePort sp, List<EndpointSlice> slices) {
		Split split = new Split();
		for (EndpointSlice slice : slices) {
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
					split.add(b, a.serving() && a.terminating());
				}
			}
		}
		return split;
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
