package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Ref;

/**
 * Where the EndpointSlices a cluster's controller wrote for a Service and the pods the same dump holds
 * disagree, for one Service port. kube-proxy follows the slices, so a disagreement is where traffic goes
 * somewhere the pods do not explain: a slice endpoint for a pod that is gone (stale), a selected pod the
 * slices leave out, or a ready condition that is not the pod's. Only judged when the manifests hold pods in
 * the Service's namespace: slices pasted without their pods say nothing about them. Asked by the trace's
 * endpoints hop and by check, so both say the same.
 */
public final class SliceDrift {

	/** How a slice and the pods disagree. */
	public enum Kind {
		/** The slice lists an address no pod in the manifests has (or the pod it names is gone or has moved). */
		STALE,
		/** A selected pod with an address and the port is in no slice. */
		MISSING,
		/** The slice's ready condition is not what the pod's status says. */
		READINESS
	}

	/** One disagreement, in a sentence, with the line behind it. */
	public record Difference(Kind kind, String text, Ref ref) {
	}

	/** What to do about any disagreement. */
	public static String fix(Service svc) {
		return "compare kubectl get endpointslices -n " + svc.namespace() + " -l kubernetes.io/service-name=" + svc.name()
				+ " -o wide with kubectl get pods -o wide: a slice that stays behind its pods points at the EndpointSlice"
				+ " controller (kube-controller-manager); a dump taken mid-rollout can also catch them apart";
	}

	private SliceDrift() {
	}

	public static List<Difference> of(Cluster cluster, EndpointResolver endpoints, Service svc, ServicePort sp) {
		List<EndpointSlice> slices = endpoints.observedSlices(svc);
		if (slices.isEmpty() || !cluster.holdsPodsIn(svc.namespace())) {
			return List.of();
		}
		List<Difference> out = new ArrayList<>();
		Set<String> listed = new HashSet<>();
		for (EndpointSlice slice : slices) {
			if (slice.ports().stream().noneMatch(p -> p.name().equals(sp.name()) && p.protocol().equals(sp.protocol()))) {
				continue;
			}
			for (EndpointSlice.Address a : slice.addresses()) {
				cluster.budget().tick();
				listed.add(a.ip());
				address(cluster, endpoints, svc, slice, a).ifPresent(out::add);
			}
		}
		for (Pod pod : endpoints.selected(svc)) {
			if (pod.observed() && pod.addressed() && !listed.contains(pod.ip()) && FindPort.find(pod, sp).isPresent()) {
				out.add(new Difference(Kind.MISSING, "pod " + pod.name() + " (" + pod.ip() + ") is selected and has port "
						+ sp.describe() + ", but no EndpointSlice of " + svc.name() + " lists it, so kube-proxy sends it"
						+ " nothing", Ref.of(pod.doc().loc(), pod.id())));
			}
		}
		return out;
	}

	private static Optional<Difference> address(Cluster cluster, EndpointResolver endpoints, Service svc,
			EndpointSlice slice, EndpointSlice.Address a) {
		Ref at = Ref.of(a.node().loc(), "EndpointSlice/" + slice.namespace() + "/" + slice.name());
		Optional<Pod> named = a.pod().isEmpty() ? Optional.empty() : cluster.pod(svc.namespace(), a.pod());
		Optional<Pod> byIp = endpoints.podByIp(svc.namespace(), a.ip());
		String who = a.pod().isEmpty() ? a.ip() : a.ip() + " (pod " + a.pod() + ")";
		if (!a.pod().isEmpty() && named.isEmpty()) {
			return Optional.of(new Difference(Kind.STALE, "EndpointSlice " + slice.name() + " lists " + who
					+ ", but the manifests hold no pod " + a.pod() + ": the pod is gone and the slice is stale, or the"
					+ " paste leaves the pod out", at));
		}
		if (named.isPresent() && !named.get().ip().equals(a.ip())) {
			return Optional.of(new Difference(Kind.STALE, "EndpointSlice " + slice.name() + " lists " + who + ", but pod "
					+ a.pod() + " has " + (named.get().addressed() ? "the IP " + named.get().ip() : "no IP") + " now", at));
		}
		Optional<Pod> pod = named.or(() -> byIp);
		if (pod.isEmpty()) {
			return Optional.of(new Difference(Kind.STALE, "EndpointSlice " + slice.name() + " lists " + who
					+ ", an address no pod in the manifests has", at));
		}
		boolean podReady = pod.get().ready() && !pod.get().terminating();
		if (a.ready() != podReady) {
			return Optional.of(new Difference(Kind.READINESS, "EndpointSlice " + slice.name() + " marks " + pod.get().name()
					+ (a.ready() ? " ready, but the pod is not (" + pod.get().notReadyBecause() + ")"
							: " not ready, but the pod's status says Ready"), at));
		}
		return Optional.empty();
	}
}
