package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Ref;

/**
 * Whether an Ingress backend is usable, judged by the API: a Service in the Ingress's own namespace and a
 * port of it, by number or by name. Decided here for the trace and for check alike.
 */
public final class IngressBackends {

	private IngressBackends() {
	}

	/** What the backend turned out to be. */
	public enum Kind {
		/** a resource backend: served by the controller itself. */
		RESOURCE,
		/** no Service of that name in the Ingress's namespace. */
		NO_SERVICE,
		/** the Service has no such port (a targetPort or a container port, classically). */
		NO_PORT,
		/** an ExternalName Service: proxied outside by port number, whatever its port list says. */
		EXTERNAL_NAME,
		/** a port of a Service. */
		OK
	}

	/**
	 * The judgement, with the Service and port when found, the namespaces that do have a Service of that name,
	 * and the lines to point at: the backend, its Service name, its port.
	 */
	public record Resolution(Kind kind, Optional<Service> service, Optional<ServicePort> port, List<String> elsewhere,
			Ref backendRef, Ref nameRef, Ref portRef) {
	}

	public static Resolution resolve(Cluster cluster, Ingress ing, Ingress.Backend b) {
		Ref backendRef = Ref.of(Refs.field(b.node(), "service"), ing.id() + "/" + b.path());
		Ref nameRef = Ref.of(Refs.field(b.node().get("service"), "name"), ing.id() + "/" + b.path() + ".service.name");
		Ref portRef = Ref.of(Refs.field(b.node().path("service", "port"), b.portName().isEmpty() ? "number" : "name"),
				ing.id() + "/" + b.path() + ".service.port." + (b.portName().isEmpty() ? "number" : "name"));
		if (b.resource()) {
			return new Resolution(Kind.RESOURCE, Optional.empty(), Optional.empty(), List.of(), backendRef, nameRef, portRef);
		}
		Optional<Service> svc = cluster.service(ing.namespace(), b.serviceName());
		if (svc.isEmpty()) {
			List<String> elsewhere = cluster.servicesNamed(b.serviceName()).stream().map(Service::namespace).toList();
			return new Resolution(Kind.NO_SERVICE, svc, Optional.empty(), elsewhere, backendRef, nameRef, portRef);
		}
		Service s = svc.get();
		Optional<ServicePort> sp = b.portName().isEmpty()
				? s.ports().stream().filter(x -> x.port() == b.portNumber()).findFirst()
				: s.ports().stream().filter(x -> x.name().equals(b.portName())).findFirst();
		Kind kind = sp.isPresent() ? Kind.OK : s.isExternalName() ? Kind.EXTERNAL_NAME : Kind.NO_PORT;
		return new Resolution(kind, svc, sp, List.of(), backendRef, nameRef, portRef);
	}

	/** ingress-nginx also matches a backend port against the targetPort's string form (controller.go serviceEndpoints). */
	public static boolean ingressNginxAccepts(Service s, Ingress.Backend b) {
		String wanted = b.portName().isEmpty() ? Integer.toString(b.portNumber()) : b.portName();
		return s.ports().stream().anyMatch(sp -> sp.targetPort().toString().equals(wanted));
	}
}
