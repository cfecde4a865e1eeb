package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.route.Leg.Via;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Step;

/**
 * A proxy (an ingress controller, a Gateway's data plane, a mesh's sidecar) that reads a Service port's
 * EndpointSlices and sends straight to podIP:targetPort, bypassing the ClusterIP and kube-proxy.
 */
final class Proxies {

	private final EndpointResolver endpoints;

	private final NoEndpoints none;

	Proxies(Context c) {
		this.endpoints = c.endpoints();
		this.none = new NoEndpoints(c);
	}

	Leg forward(Path p, Leg.ToProxy leg) {
		Service svc = leg.service();
		ServicePort sp = leg.port();
		Destination d = leg.d();
		String who = leg.who();
		if (svc.isExternalName()) {
			return p.toward(Points.external(svc.externalName(), sp.port(), sp.protocol())).fail(Step.EXTERNAL, svc.externalName() + ":" + sp.port(), svc.ref() + " is an ExternalName for "
					+ svc.externalName() + ", so " + who + " proxies to " + svc.externalName() + ":" + sp.port()
					+ " outside the cluster (support for this is implementation-specific)", "", Outcome.EXTERNAL,
					"answered (or not) by " + svc.externalName(), Refs.docField(svc.doc(), "externalName", "spec"));
		}
		Selection sel = endpoints.resolve(svc, sp);
		if (sel.backends().isEmpty()) {
			return none.explain(p, svc, sp, sel, leg.noEndpoints());
		}
		List<Backend> usable = sel.backends();
		Backend chosen = Translation.representative(usable, d.protocol());
		p.ok(Step.ENDPOINTS, chosen.ip() + ":" + chosen.port(), who + " sends straight to the " + usable.size()
				+ " endpoint" + (usable.size() == 1 ? "" : "s") + " of " + svc.ref() + " port " + sp.port() + " ("
				+ chosen.ip() + ":" + chosen.port() + ": " + Translation.reason(svc, sp, usable)
				+ "), bypassing the ClusterIP and kube-proxy", Refs.targetPort(svc, sp));
		List<Backend> all = new ArrayList<>(usable);
		all.addAll(leg.alsoReached());
		return new Leg.ToDelivery(Optional.of(leg.source()), d.protocol(), d, chosen, all, Optional.of(new Via(svc, sp)));
	}
}
