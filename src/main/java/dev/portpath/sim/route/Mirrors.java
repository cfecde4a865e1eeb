package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.RouteFilter;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Mirror;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;

/**
 * A RequestMirror filter's copy (HTTPRequestMirrorFilter): its backendRef judged as any backendRef is
 * ({@link Backends}: the Service, its port, a ReferenceGrant across namespaces), then the Service port's
 * endpoints, of which exactly one gets the copies. The copies' answers are discarded, so a mirror that
 * cannot work warns and the request itself goes on.
 */
public final class Mirrors {

	private final Cluster cluster;

	private final EndpointResolver endpoints;

	private final Policies policies;

	Mirrors(Context c) {
		this.cluster = c.cluster();
		this.endpoints = c.endpoints();
		this.policies = c.policies();
	}

	/** Why a mirror's copies reach no endpoint (its backendRef is invalid, or the Service has none), or empty. */
	public static Optional<String> lost(Cluster cluster, EndpointResolver endpoints, Route route, RouteFilter.RequestMirror m) {
		Backends.Resolved r = Backends.resolve(cluster, route, m.backend());
		if (r.problem().isPresent()) {
			return r.problem();
		}
		Service svc = r.service().orElseThrow();
		ServicePort sp = r.port().orElseThrow();
		if (svc.isExternalName()) {
			return Optional.empty();
		}
		return endpoints.resolve(svc, sp).backends().isEmpty()
				? Optional.of(svc.ref() + " port " + sp.port() + " has no ready endpoints")
				: Optional.empty();
	}

	void copy(Path p, String who, Filters.Owner owner, RouteFilter.RequestMirror m, Destination d, Ref at) {
		Route route = owner.route();
		String share = m.percent() >= 100 ? "the request" : Texts.percent(m.percent()) + " of requests";
		Backends.Resolved r = Backends.resolve(cluster, route, m.backend());
		if (r.problem().isPresent()) {
			p.http().mirror(Optional.empty());
			p.aside(Step.MIRROR, Status.WARN, p.at(), who + " cannot copy " + share + ": " + r.problem().get()
					+ "; no copies are sent (ResolvedRefs=False), and the request itself goes on",
					"point the mirror's backendRef at a Service port that exists (and a ReferenceGrant across namespaces)",
					r.ref(), at);
			return;
		}
		Service svc = r.service().orElseThrow();
		ServicePort sp = r.port().orElseThrow();
		String target = svc.ref() + " port " + sp.port();
		if (svc.isExternalName()) {
			p.http().mirror(Optional.empty());
			p.aside(Step.MIRROR, Status.OK, p.at(), who + " copies " + share + " to " + target + ", an ExternalName for "
					+ svc.externalName() + " outside the cluster (support is implementation-specific); its answers are"
					+ " discarded", "", at);
			return;
		}
		List<Backend> usable = endpoints.resolve(svc, sp).backends();
		if (usable.isEmpty()) {
			p.http().mirror(Optional.empty());
			p.aside(Step.MIRROR, Status.WARN, svc.name() + ":" + sp.port(), who + " copies " + share + " to " + target
					+ ", which has no ready endpoints: the copies are lost, and the request itself goes on as the"
					+ " mirror's answers are discarded anyway", "give " + svc.ref() + " ready pods that declare the port, or"
							+ " mirror to a Service that has them", r.ref(), Refs.docField(svc.doc(), "selector", "spec"));
			return;
		}
		Backend b = Translation.representative(usable, d.protocol());
		Optional<Pod> pod = b.pod();
		Optional<Policies.Verdict> verdict = pod.flatMap(x -> policies.check(owner.source(), x, b.port(), d.protocol(),
				Optional.of(sp.port())));
		if (verdict.isPresent() && !verdict.get().allowed() && !verdict.get().uncertain()) {
			p.http().mirror(Optional.empty());
			p.aside(Step.MIRROR, Status.WARN, b.ip() + ":" + b.port(), who + " copies " + share + " to " + target
					+ ", but a NetworkPolicy drops the copies at " + b.ip() + ":" + b.port() + ": " + verdict.get().message(),
					verdict.get().fix(), verdict.get().refs().toArray(Ref[]::new));
			return;
		}
		String container = pod.flatMap(x -> x.declared(b.port(), d.protocol()).map(f -> f.container().name()))
			.or(() -> pod.flatMap(x -> x.running().stream().findFirst().map(c -> c.name())))
			.orElse("");
		pod.ifPresent(x -> p.http().mirror(Optional.of(new Mirror(Delivery.endpoint(x, container, b.port()), m.percent()))));
		if (pod.isEmpty()) {
			p.http().mirror(Optional.empty());
		}
		p.aside(Step.MIRROR, Status.OK, b.ip() + ":" + b.port(), who + " copies " + share + " to " + target + ": "
				+ (usable.size() == 1 ? "its one endpoint" : "one of its " + usable.size() + " endpoints") + " gets every copy ("
				+ b.ip() + ":" + b.port()
				+ pod.map(x -> ", pod " + x.name()).orElse("") + "), and its answers are discarded", "", at, r.ref());
	}
}
