package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.IngressClass;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/**
 * Every Ingress and route backend to a Service port, every route to its parent: backends that name a
 * missing Service or a port that is not a Service port (the targetPort, classically), routes no listener
 * accepts, classes that are not there.
 */
final class FrontendRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		List<Finding> out = new ArrayList<>();
		for (Ingress ing : cluster.networking().ingresses()) {
			cluster.budget().tick();
			ingressClass(cluster, ing).ifPresent(out::add);
			for (Ingress.Rule r : ing.rules()) {
				for (Ingress.PathRule pr : r.paths()) {
					backend(cluster, ing, pr.backend()).ifPresent(out::add);
				}
			}
			ing.defaultBackend().flatMap(b -> backend(cluster, ing, b)).ifPresent(out::add);
		}
		for (Gateway g : cluster.networking().gateways()) {
			boolean known = cluster.docsOfKind("GatewayClass").stream().anyMatch(d -> d.name().equals(g.className()));
			if (!known) {
				out.add(Findings.info(Code.GATEWAY_CLASS_NOT_FOUND, Refs.docField(g.doc(), "gatewayClassName", "spec"),
						g.ref() + " names GatewayClass " + g.className() + ", which is not in these manifests: the"
								+ " implementation that owns it decides the addresses and the data plane",
						"install the Gateway API implementation that provides the class, or name one that exists"));
			}
		}
		for (Route r : cluster.networking().routes()) {
			cluster.budget().tick();
			out.addAll(RouteChecks.parents(cluster, r));
			out.addAll(RouteChecks.backends(cluster, r));
		}
		return out;
	}

	private static Optional<Finding> ingressClass(Cluster cluster, Ingress ing) {
		List<IngressClass> classes = cluster.networking().ingressClasses();
		if (ing.className().isPresent()) {
			String name = ing.className().get();
			if (classes.stream().noneMatch(c -> c.name().equals(name))) {
				return Optional.of(Findings.info(Code.INGRESS_CLASS_NOT_FOUND, Refs.docField(ing.doc(), "ingressClassName", "spec"), ing.ref() + " asks for class " + name
						+ ", whose IngressClass is not in these manifests: the controller that owns it serves the Ingress",
						"make sure a controller for class " + name + " runs in the cluster"));
			}
			return Optional.empty();
		}
		if (classes.isEmpty()) {
			return Optional.of(Findings.warning(Code.INGRESS_NO_CLASS, Refs.docField(ing.doc(), "spec"), ing.ref()
					+ " names no ingressClassName (nor the old kubernetes.io/ingress.class annotation), so only a controller"
					+ " whose IngressClass is the cluster's default serves it; without one it is ignored",
					"set spec.ingressClassName to the class of your controller (e.g. nginx)"));
		}
		if (classes.stream().noneMatch(IngressClass::isDefault)) {
			return Optional.of(Findings.warning(Code.INGRESS_NO_CLASS, Refs.docField(ing.doc(), "spec"), ing.ref()
					+ " names no ingressClassName, and none of the IngressClasses here ("
					+ classes.stream().map(IngressClass::name).collect(Collectors.joining(", "))
					+ ") is marked as the default, so no controller picks it up",
					"set spec.ingressClassName: " + classes.get(0).name()));
		}
		return Optional.empty();
	}

	private static Optional<Finding> backend(Cluster cluster, Ingress ing, Ingress.Backend b) {
		if (b.resource()) {
			return Optional.of(Findings.info(Code.INGRESS_RESOURCE_BACKEND,
					Ref.of(Refs.field(b.node(), "service"), ing.id() + "/" + b.path()), ing.ref() + " " + b.path()
					+ " is a resource backend, which its controller serves itself; PortPath does not trace it", ""));
		}
		Optional<Service> svc = cluster.service(ing.namespace(), b.serviceName());
		if (svc.isEmpty()) {
			List<String> elsewhere = cluster.servicesNamed(b.serviceName()).stream()
				.map(Service::namespace).toList();
			Ref nameAt = Ref.of(Refs.field(b.node().get("service"), "name"), ing.id() + "/" + b.path() + ".service.name");
			if (!elsewhere.isEmpty()) {
				return Optional.of(Findings.error(Code.BACKEND_SERVICE_OTHER_NAMESPACE, nameAt, ing.ref()
						+ " sends to Service " + b.serviceName() + ", which exists only in namespace "
						+ String.join(", ", elsewhere) + "; an Ingress reaches Services in its own namespace ("
						+ ing.namespace() + ") only, so the controller answers 503",
						"create the Ingress in namespace " + elsewhere.get(0)
								+ ", or add an ExternalName Service in " + ing.namespace()));
			}
			return Optional.of(Findings.warning(Code.BACKEND_SERVICE_NOT_FOUND, nameAt, ing.ref() + " sends to Service "
					+ b.serviceName() + ", which is not in namespace " + ing.namespace() + " in these manifests",
					"create the Service, or name one that exists"));
		}
		Service s = svc.get();
		boolean found = b.portName().isEmpty() ? s.ports().stream().anyMatch(p -> p.port() == b.portNumber())
				: s.ports().stream().anyMatch(p -> p.name().equals(b.portName()));
		if (found || s.isExternalName()) {
			return Optional.empty();
		}
		Ref portAt = Ref.of(Refs.field(b.node().path("service", "port"), b.portName().isEmpty() ? "number" : "name"),
				ing.id() + "/" + b.path() + ".service.port." + (b.portName().isEmpty() ? "number" : "name"));
		return Optional.of(RouteChecks.portFinding(cluster, s, portAt, ing.ref() + " " + b.path(),
				b.portName().isEmpty() ? Integer.toString(b.portNumber()) : b.portName(), b.portNumber(), b.portName(),
				"503"));
	}

	static String ports(Service s) {
		return s.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
	}
}
