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
import dev.portpath.sim.route.GatewayClasses;
import dev.portpath.sim.route.IngressBackends;
import dev.portpath.sim.route.IngressClasses;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Finding;

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
			if (!GatewayClasses.known(cluster, g)) {
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

	/** The class an Ingress gets (IngressClasses decides it, for the trace too), and what is doubtful about it. */
	private static Optional<Finding> ingressClass(Cluster cluster, Ingress ing) {
		IngressClasses.Choice cls = IngressClasses.of(cluster, ing);
		List<IngressClass> classes = cluster.networking().ingressClasses();
		return switch (cls.how()) {
			case NAMED_NOT_GIVEN -> Optional.of(Findings.info(Code.INGRESS_CLASS_NOT_FOUND,
					Refs.docField(ing.doc(), "ingressClassName", "spec"), ing.ref() + " asks for class " + cls.name().get()
							+ ", whose IngressClass is not in these manifests: the controller that owns it serves the Ingress",
					"make sure a controller for class " + cls.name().get() + " runs in the cluster"));
			case UNKNOWN -> Optional.of(Findings.warning(Code.INGRESS_NO_CLASS, Refs.docField(ing.doc(), "spec"), ing.ref()
					+ " names no ingressClassName (nor the old kubernetes.io/ingress.class annotation), so only a controller"
					+ " whose IngressClass is the cluster's default serves it; without one it is ignored",
					"set spec.ingressClassName to the class of your controller (e.g. nginx)"));
			case NO_DEFAULT -> Optional.of(Findings.warning(Code.INGRESS_NO_CLASS, Refs.docField(ing.doc(), "spec"), ing.ref()
					+ " names no ingressClassName, and none of the IngressClasses here ("
					+ classes.stream().map(IngressClass::name).collect(Collectors.joining(", "))
					+ ") is marked as the default, so no controller picks it up",
					"set spec.ingressClassName: " + classes.get(0).name()));
			case NAMED, DEFAULT -> Optional.empty();
		};
	}

	/** An Ingress backend as IngressBackends judges it (for the trace too): a missing Service or port is a finding. */
	private static Optional<Finding> backend(Cluster cluster, Ingress ing, Ingress.Backend b) {
		IngressBackends.Resolution r = IngressBackends.resolve(cluster, ing, b);
		switch (r.kind()) {
			case RESOURCE -> {
				return Optional.of(Findings.info(Code.INGRESS_RESOURCE_BACKEND, r.backendRef(), ing.ref() + " " + b.path()
						+ " is a resource backend, which its controller serves itself; PortPath does not trace it", ""));
			}
			case NO_SERVICE -> {
				List<String> elsewhere = r.elsewhere();
				if (!elsewhere.isEmpty()) {
					return Optional.of(Findings.error(Code.BACKEND_SERVICE_OTHER_NAMESPACE, r.nameRef(), ing.ref()
							+ " sends to Service " + b.serviceName() + ", which exists only in namespace "
							+ String.join(", ", elsewhere) + "; an Ingress reaches Services in its own namespace ("
							+ ing.namespace() + ") only, so the controller answers 503",
							"create the Ingress in namespace " + elsewhere.get(0)
									+ ", or add an ExternalName Service in " + ing.namespace()));
				}
				return Optional.of(Findings.warning(Code.BACKEND_SERVICE_NOT_FOUND, r.nameRef(), ing.ref() + " sends to Service "
						+ b.serviceName() + ", which is not in namespace " + ing.namespace() + " in these manifests",
						"create the Service, or name one that exists"));
			}
			case NO_PORT -> {
				return Optional.of(RouteChecks.portFinding(cluster, r.service().get(), r.portRef(), ing.ref() + " " + b.path(),
						b.portName().isEmpty() ? Integer.toString(b.portNumber()) : b.portName(), b.portNumber(),
						b.portName(), "503"));
			}
			default -> {
				return Optional.empty();
			}
		}
	}

	static String ports(Service s) {
		return s.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
	}
}
