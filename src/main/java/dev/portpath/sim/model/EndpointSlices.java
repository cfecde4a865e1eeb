package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/** Reads manual EndpointSlices, and mirrors legacy Endpoints objects into slices the way the mirroring controller does. */
final class EndpointSlices {

	/** The managed-by label value of the slices the EndpointSlice controller writes. */
	static final String CONTROLLER = "endpointslice-controller.k8s.io";

	private EndpointSlices() {
	}

	static EndpointSlice fromSlice(Doc d) {
		String svc = d.root().path("metadata", "labels", "kubernetes.io/service-name").str("");
		List<EndpointSlice.Port> ports = new ArrayList<>();
		for (YNode p : d.root().get("ports").items()) {
			ports.add(new EndpointSlice.Port(p.get("name").str(""), Protocol.of(p.get("protocol").str("")),
					p.get("port").integer().map(Long::intValue), p));
		}
		List<EndpointSlice.Address> addresses = new ArrayList<>();
		for (YNode e : d.root().get("endpoints").items()) {
			boolean ready = e.path("conditions", "ready").bool().orElse(true);
			boolean serving = e.path("conditions", "serving").bool().orElse(true);
			boolean terminating = e.path("conditions", "terminating").bool().orElse(false);
			YNode target = e.get("targetRef");
			String pod = target.get("kind").str("").equals("Pod") ? target.get("name").str("") : "";
			for (YNode a : e.get("addresses").items()) {
				a.text().ifPresent(ip -> addresses.add(new EndpointSlice.Address(ip, ready, e.get("nodeName").str(""),
						e.get("hostname").str(""), a, serving, terminating, pod)));
			}
		}
		boolean managed = d.root().path("metadata", "labels", "endpointslice.kubernetes.io/managed-by").str("")
			.equals(CONTROLLER);
		return new EndpointSlice(d.namespace(), d.name(), svc, ports, addresses, false, d, managed);
	}

	/**
	 * Endpoints are mirrored into EndpointSlices only for a Service that exists and has no selector, and
	 * not when the skip-mirror label or the leader-election annotation is set (EndpointSlice mirroring).
	 */
	static boolean mirrored(Doc endpoints, Optional<Service> service) {
		if (service.isEmpty() || service.get().selector().isPresent()) {
			return false;
		}
		YNode meta = endpoints.root().get("metadata");
		if (meta.path("labels", "endpointslice.kubernetes.io/skip-mirror").str("").equals("true")) {
			return false;
		}
		return !meta.path("annotations", "control-plane.alpha.kubernetes.io/leader").present();
	}

	static List<EndpointSlice> fromEndpoints(Doc d) {
		List<EndpointSlice> out = new ArrayList<>();
		int i = 0;
		for (YNode subset : d.root().get("subsets").items()) {
			List<EndpointSlice.Port> ports = new ArrayList<>();
			for (YNode p : subset.get("ports").items()) {
				ports.add(new EndpointSlice.Port(p.get("name").str(""), Protocol.of(p.get("protocol").str("")),
						p.get("port").integer().map(Long::intValue), p));
			}
			List<EndpointSlice.Address> addresses = new ArrayList<>();
			addAddresses(addresses, subset.get("addresses"), true);
			addAddresses(addresses, subset.get("notReadyAddresses"), false);
			out.add(new EndpointSlice(d.namespace(), d.name() + "-" + i++, d.name(), ports, addresses, true, d, false));
		}
		return out;
	}

	private static void addAddresses(List<EndpointSlice.Address> out, YNode list, boolean ready) {
		for (YNode a : list.items()) {
			a.get("ip").text().ifPresent(ip -> out.add(new EndpointSlice.Address(ip, ready, a.get("nodeName").str(""),
					a.get("hostname").str(""), a)));
		}
	}
}
