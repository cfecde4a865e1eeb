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

	/** Why a Gateway cannot use a backendRef (its ResolvedRefs condition): the reason, and the port's if a port. */
	public enum Reason {
		/** not a Service (InvalidKind) */
		INVALID_KIND,
		/** no such Service (BackendNotFound) */
		BACKEND_NOT_FOUND,
		/** across namespaces without a ReferenceGrant (RefNotPermitted) */
		REF_NOT_PERMITTED,
		/** the port is the Service's targetPort or a container port */
		TARGET_PORT,
		/** the port is simply not the Service's */
		PORT_NOT_FOUND
	}

	/** A backendRef resolved to a Service port, or the reason the Gateway rejects it (ResolvedRefs=False). */
	public record Resolved(Optional<Service> service, Optional<ServicePort> port, Optional<String> problem,
			Optional<Reason> reason, Ref ref) {
	}

	public static Resolved resolve(Cluster cluster, Route route, Route.BackendRef b) {
		Ref ref = Ref.of(b.node().loc(), route.id() + "/" + b.path());
		if (!b.isService()) {
			return new Resolved(Optional.empty(), Optional.empty(),
					Optional.of("backendRef " + b.name() + " is a " + b.kind() + ", not a Service (InvalidKind)"),
					Optional.of(Reason.INVALID_KIND), ref);
		}
		Optional<Service> svc = cluster.service(b.namespace(), b.name());
		if (svc.isEmpty()) {
			return new Resolved(svc, Optional.empty(), Optional.of("backendRef names Service " + b.namespace() + "/"
					+ b.name() + ", which does not exist (BackendNotFound)"), Optional.of(Reason.BACKEND_NOT_FOUND), Ref.of(Refs.field(b.node(), "name"),
							route.id() + "/" + b.path() + ".name"));
		}
		if (!b.namespace().equals(route.namespace()) && !granted(cluster, route, b)) {
			return new Resolved(svc, Optional.empty(), Optional.of("backendRef to Service " + b.namespace() + "/" + b.name()
					+ " crosses namespaces, and no ReferenceGrant in " + b.namespace() + " allows " + route.kind()
					+ "s from " + route.namespace() + " (RefNotPermitted)"), Optional.of(Reason.REF_NOT_PERMITTED), Ref.of(Refs.field(b.node(), "namespace"),
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
					Optional.of(classic.isEmpty() ? Reason.PORT_NOT_FOUND : Reason.TARGET_PORT), Ref.of(Refs.field(b.node(), "port"), route.id() + "/" + b.path() + ".port"));
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
