package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Ref;

/**
 * The judgements shared by the tracer and by check about what sits in front of a Service: is a backend
 * port a Service port (and if not, is it the targetPort, the classic mistake), does a listener accept a
 * route, does a backendRef resolve.
 */
public final class Backends {

	private Backends() {
	}

	/** Why a backend port is probably wrong: it is the Service's targetPort or a container port, not a Service port. */
	public static Optional<String> classicMistake(Cluster cluster, Service s, int number, String name) {
		List<Pod> pods = new EndpointResolver(cluster).selected(s);
		for (ServicePort sp : s.ports()) {
			if (number != 0 && !sp.targetPort().named() && sp.targetPort().number() == number) {
				return Optional.of(number + " is the targetPort of Service port " + sp.port()
						+ "; a backend names the Service port, and kube-proxy or the controller does the translation");
			}
			if (!name.isEmpty() && sp.targetPort().named() && sp.targetPort().name().equals(name)) {
				return Optional.of(name + " is the targetPort (a container port name) of Service port " + sp.describe()
						+ "; a backend names the Service port's own name");
			}
		}
		for (Pod pod : pods) {
			for (Container c : pod.containers()) {
				for (ContainerPort cp : c.ports()) {
					if ((number != 0 && cp.number() == number) || (!name.isEmpty() && cp.name().equals(name))) {
						return Optional.of((number != 0 ? number : name) + " is a container port of " + pod.owner().ref()
								+ ", not a port of the Service");
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Why a route that names this Gateway is not attached to this listener, or empty when it is. */
	/** The field to change when a route is not attached: sectionName, port, hostnames, or the parentRef. */
	public static Ref rejectionRef(Route r, Route.ParentRef pr, String why) {
		if (why.contains("sectionName")) {
			return Ref.of(Refs.field(pr.node(), "sectionName"), r.id() + "/spec.parentRefs.sectionName");
		}
		if (why.contains("names port")) {
			return Ref.of(Refs.field(pr.node(), "port"), r.id() + "/spec.parentRefs.port");
		}
		if (why.contains("hostnames")) {
			dev.portpath.sim.parse.YNode hosts = r.doc().root().path("spec", "hostnames");
			return Ref.of(hosts.items().isEmpty() ? hosts.loc() : hosts.items().get(0).loc(), r.id() + "/spec.hostnames");
		}
		return Ref.of(pr.node().loc(), r.id() + "/spec.parentRefs");
	}

	public static Optional<String> whyNotAttached(Cluster cluster, Route r, Route.ParentRef pr, Gateway g,
			Gateway.Listener l, Optional<String> host) {
		if (pr.sectionName().isPresent() && !pr.sectionName().get().equals(l.name())) {
			return Optional.of("its parentRef names sectionName " + pr.sectionName().get() + ", not listener " + l.name());
		}
		if (pr.port().isPresent() && pr.port().get() != l.port()) {
			return Optional.of("its parentRef names port " + pr.port().get() + ", the listener is on " + l.port());
		}
		if (!Gateways.routeKinds(l).contains(r.kind())) {
			return Optional.of("listener " + l.name() + " (" + l.protocol() + ") does not take " + r.kind() + "s");
		}
		boolean nsAllowed = switch (l.allowedFrom()) {
			case ALL -> true;
			case SELECTOR -> l.namespaceSelector().matches(cluster.labelsOf(r.namespace()));
			case SAME -> r.namespace().equals(g.namespace());
		};
		if (!nsAllowed) {
			return Optional.of("listener " + l.name() + " allows routes from " + (l.allowedFrom() == Gateway.AllowedFrom.SELECTOR
					? "namespaces " + l.namespaceSelector() : "its own namespace (" + g.namespace() + ") only")
					+ ", and the route is in " + r.namespace());
		}
		String lh = l.hostname().orElse("");
		if (!r.hostnames().isEmpty() && r.hostnames().stream().noneMatch(h -> Hosts.intersect(h, lh))) {
			return Optional.of("its hostnames " + r.hostnames() + " do not intersect the listener's " + lh);
		}
		if (host.isPresent() && !r.hostnames().isEmpty()
				&& r.hostnames().stream().noneMatch(h -> Hosts.gatewayMatches(h, host.get()))) {
			return Optional.of("its hostnames " + r.hostnames() + " do not include " + host.get());
		}
		return Optional.empty();
	}

	/** A backendRef resolved to a Service port, or the reason the Gateway rejects it (ResolvedRefs=False). */
	public record Resolved(Optional<Service> service, Optional<ServicePort> port, Optional<String> problem,
			Optional<String> reason, Ref ref) {
	}

	public static Resolved resolve(Cluster cluster, Route route, Route.BackendRef b) {
		Ref ref = Ref.of(b.node().loc(), route.id() + "/" + b.path());
		if (!b.isService()) {
			return new Resolved(Optional.empty(), Optional.empty(),
					Optional.of("backendRef " + b.name() + " is a " + b.kind() + ", not a Service (InvalidKind)"),
					Optional.of("InvalidKind"), ref);
		}
		Optional<Service> svc = cluster.service(b.namespace(), b.name());
		if (svc.isEmpty()) {
			return new Resolved(svc, Optional.empty(), Optional.of("backendRef names Service " + b.namespace() + "/"
					+ b.name() + ", which does not exist (BackendNotFound)"), Optional.of("BackendNotFound"), Ref.of(Refs.field(b.node(), "name"),
							route.id() + "/" + b.path() + ".name"));
		}
		if (!b.namespace().equals(route.namespace()) && !granted(cluster, route, b)) {
			return new Resolved(svc, Optional.empty(), Optional.of("backendRef to Service " + b.namespace() + "/" + b.name()
					+ " crosses namespaces, and no ReferenceGrant in " + b.namespace() + " allows " + route.kind()
					+ "s from " + route.namespace() + " (RefNotPermitted)"), Optional.of("RefNotPermitted"), Ref.of(Refs.field(b.node(), "namespace"),
							route.id() + "/" + b.path() + ".namespace"));
		}
		Optional<ServicePort> port = svc.get().ports().stream()
			.filter(x -> b.port().isPresent() && x.port() == b.port().get())
			.findFirst();
		if (port.isEmpty()) {
			String has = svc.get().ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
			String classic = b.port().flatMap(n -> classicMistake(cluster, svc.get(), n, ""))
				.map(x -> ": " + x)
				.orElse("");
			return new Resolved(svc, Optional.empty(), Optional.of("backendRef port " + b.port().map(String::valueOf)
					.orElse("(none)") + " is not a port of " + svc.get().ref() + " (it has " + has + ")" + classic),
					Optional.of(classic.isEmpty() ? "PortNotFound" : "TargetPort"), Ref.of(Refs.field(b.node(), "port"), route.id() + "/" + b.path() + ".port"));
		}
		return new Resolved(svc, port, Optional.empty(), Optional.empty(), ref);
	}

	private static boolean granted(Cluster cluster, Route route, Route.BackendRef b) {
		// a mesh consumer route may send to the very Service it is attached to (GEP-1426, MeshConsumerRoute)
		if (route.parents().stream().anyMatch(p -> p.isService() && p.name().equals(b.name())
				&& p.namespace().equals(b.namespace()))) {
			return true;
		}
		return cluster.networking().referenceGrants().stream()
			.filter(g -> g.namespace().equals(b.namespace()))
			.anyMatch(g -> g.permits(route.kind(), route.namespace(), b.name()));
	}

}
