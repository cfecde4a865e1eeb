package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.model.ServiceType;
import dev.portpath.sim.model.TrafficPolicy;
import dev.portpath.sim.route.EndpointResolver;
import dev.portpath.sim.route.FindPort;
import dev.portpath.sim.route.Labels;
import dev.portpath.sim.route.SelectorDiagnosis;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Finding;

/**
 * Each Service port to its endpoints: does the selector match pods, does each targetPort resolve or
 * hit a declared port, do manual EndpointSlices line up, and what the traffic policies imply.
 */
final class ServiceRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		EndpointResolver resolver = new EndpointResolver(cluster);
		List<Finding> out = new ArrayList<>();
		for (Service svc : cluster.services()) {
			cluster.budget().tick();
			if (svc.isExternalName()) {
				continue;
			}
			if (svc.selector().isEmpty()) {
				out.addAll(selectorless(cluster, svc));
			}
			else {
				List<Pod> pods = resolver.selected(svc);
				if (pods.isEmpty()) {
					out.add(selectorMatchesNothing(cluster, svc));
				}
				else {
					for (ServicePort sp : svc.ports()) {
						targetPort(svc, sp, pods).ifPresent(out::add);
					}
				}
				endpointsWithSelector(cluster, svc).ifPresent(out::add);
			}
			if (svc.headless() && svc.selector().isPresent()) {
				out.addAll(headlessTranslation(svc, resolver.selected(svc)));
			}
			boolean onEveryNode = resolver.selected(svc).stream().map(Pod::nodeName).distinct().count()
					>= cluster.nodes().size();
			if (svc.internalTrafficPolicy() == TrafficPolicy.LOCAL && !onEveryNode) {
				out.add(Findings.warning(Code.INTERNAL_TRAFFIC_LOCAL,
						Refs.docField(svc.doc(), "internalTrafficPolicy", "spec"),
						svc.ref() + " has internalTrafficPolicy: Local: pods on a node without one of its endpoints get"
								+ " their ClusterIP connections dropped (a timeout)",
						"run the backend on every node (a DaemonSet), or use internalTrafficPolicy: Cluster"));
			}
			if (svc.externalTrafficPolicy() == TrafficPolicy.LOCAL) {
				out.add(Findings.info(Code.EXTERNAL_TRAFFIC_LOCAL, Refs.docField(svc.doc(), "externalTrafficPolicy", "spec"),
						svc.ref() + " has externalTrafficPolicy: Local: it keeps client source IPs, and external traffic"
								+ " that reaches a node without a local endpoint is dropped",
						"make sure the load balancer health-checks nodes, or run a pod on every node that receives traffic"));
			}
			if (svc.type() == ServiceType.LOAD_BALANCER && svc.loadBalancerIPs().isEmpty()
					&& svc.loadBalancerHostnames().isEmpty()) {
				out.add(Findings.info(Code.LOADBALANCER_PENDING, Refs.docField(svc.doc(), "type", "spec"),
						svc.ref() + " is type LoadBalancer: its external address comes from a cloud or a load-balancer"
								+ " implementation such as MetalLB; without one EXTERNAL-IP stays <pending>"
								+ nodePortsNote(svc),
						"on a local cluster (kind, minikube, bare metal) use the nodePort, or install a load-balancer implementation"));
			}
		}
		return out;
	}

	/** A headless Service translates nothing: a targetPort that differs from port misleads DNS clients. */
	private static List<Finding> headlessTranslation(Service svc, List<Pod> pods) {
		List<Finding> out = new ArrayList<>();
		for (ServicePort sp : svc.ports()) {
			// a number means itself even with no pods; a name means what FindPort finds on them
			Set<Integer> targets = new java.util.TreeSet<>(sp.targetPort().named() ? FindPort.targets(sp, pods)
					: Set.of(sp.targetPort().number()));
			targets.remove(sp.port());
			if (targets.isEmpty()) {
				continue;
			}
			String nums = targets.stream().map(String::valueOf).collect(Collectors.joining(", "));
			out.add(Findings.warning(Code.HEADLESS_PORT_MISMATCH, Refs.servicePortField(svc, sp, "targetPort"),
					svc.ref() + " is headless (clusterIP: None), so nothing translates port " + sp.port() + " to targetPort "
							+ sp.targetPort() + (sp.targetPort().named() ? " (" + nums + ")" : "")
							+ ": a client that resolves " + svc.name() + " and dials port " + sp.port()
							+ " reaches the pod on " + sp.port() + "; only proxies that read EndpointSlices (ingress"
							+ " controllers, Gateways) and SRV lookups see " + nums,
					"make port equal the port the pods listen on (" + nums + ")"));
		}
		return out;
	}

	private static String nodePortsNote(Service svc) {
		String ports = svc.ports().stream().filter(p -> p.nodePort() != 0).map(p -> p.port() + "→" + p.nodePort())
			.collect(Collectors.joining(", "));
		return ports.isEmpty() ? "" : " (the nodePorts " + ports + " still work)";
	}

	private static Finding selectorMatchesNothing(Cluster cluster, Service svc) {
		Map<String, String> selector = svc.selector().get();
		String sel = selector.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
		SelectorDiagnosis why = SelectorDiagnosis.of(cluster, svc);
		switch (why.kind()) {
			case SCALED_TO_ZERO -> {
				Workload w = why.workload().get();
				return Findings.warning(Code.REPLICAS_ZERO, Refs.docField(w.doc(), "replicas", "spec"),
						svc.ref() + " selects the pods of " + w.ref() + ", which has replicas: 0, so the Service has no endpoints",
						"scale " + w.ref() + " to 1 or more replicas when the Service should answer");
			}
			case OTHER_NAMESPACE -> {
				Workload w = why.workload().get();
				return Findings.error(Code.SELECTOR_MATCHES_OTHER_NAMESPACE, Refs.docField(svc.doc(), "namespace", "metadata"),
						"selector " + sel + " of " + svc.ref() + " matches pods of " + w.ref()
								+ ", but a Service only selects pods in its own namespace, so it has no endpoints",
						"create the Service in namespace " + w.namespace() + " (or move " + w.ref() + " to " + svc.namespace() + ")");
			}
			case NEAR_MISS -> {
				Labels.NearMiss n = why.nearMiss().get();
				return Findings.error(Code.SELECTOR_MATCHES_NO_PODS, Refs.selectorEntry(svc, n.key()),
						"selector " + sel + " of " + svc.ref() + " matches no pod; it nearly matches " + n.workload().ref()
								+ " (" + n.difference() + "), so the Service has no endpoints and connections are refused",
						"make the selector match spec.template.metadata.labels of " + n.workload().ref()
								+ ", or change those labels");
			}
			default -> {
				// no evidence of a mistake: the pods may simply be defined elsewhere
			}
		}
		boolean operators = cluster.hasNotSimulatedIn(svc.namespace());
		return Findings.warning(Code.PODS_NOT_DECLARED, Refs.selector(svc),
				"selector " + sel + " of " + svc.ref() + " matches no pod in these manifests"
						+ (operators ? "; its pods may come from an operator or custom resource given here (not simulated)"
								: "; its pods may come from files not given"),
				"if the pods are defined elsewhere, check them together; otherwise make the selector match the pod template labels");
	}

	/** targetPort against the selected pods: named ports must resolve (FindPort); numbers should be declared. */
	private static Optional<Finding> targetPort(Service svc, ServicePort sp, List<Pod> pods) {
		if (sp.targetPort().named()) {
			if (!portNameShape(sp.targetPort().name())) {
				return Optional.empty(); // not a valid port name: the API server rejects it, and errors say so
			}
			List<Pod> unresolved = pods.stream().filter(p -> FindPort.find(p, sp).isEmpty()).toList();
			if (unresolved.isEmpty()) {
				return Optional.empty();
			}
			Pod first = unresolved.get(0);
			String declared = first.describePorts();
			String near = FindPort.nearMiss(first, sp.targetPort().name())
				.map(f -> f.container().kind() == Container.Kind.INIT
						? " (" + f.container().name() + " declares it, but plain init containers are never searched)"
						: " (" + f.container().name() + " declares it as " + f.port().protocol() + ", the Service port is "
								+ sp.protocol() + ")")
				.orElse("");
			if (unresolved.size() == pods.size()) {
				return Optional.of(Findings.error(Code.NAMED_TARGET_PORT_NOT_FOUND, Refs.servicePortField(svc, sp, "targetPort"),
						svc.ref() + " port " + sp.port() + " targets the named port " + sp.targetPort().name()
								+ ", which no container of the " + count(pods.size()) + " selected declares for "
								+ sp.protocol() + near + "; they declare " + declared,
						"name the container port " + sp.targetPort().name()
								+ ", or set targetPort to the number the app listens on"));
			}
			String owners = unresolved.stream().map(p -> p.owner().ref()).distinct().collect(Collectors.joining(", "));
			return Optional.of(Findings.warning(Code.NAMED_TARGET_PORT_PARTIAL, Refs.servicePortField(svc, sp, "targetPort"),
					svc.ref() + " port " + sp.port() + " targets the named port " + sp.targetPort().name() + ", which "
							+ count(unresolved.size()) + " of " + owners + " do not declare" + near
							+ "; those pods are left out of the endpoints for this port",
					"declare a " + sp.protocol() + " port named " + sp.targetPort().name() + " in " + owners
							+ ", or stop selecting them"));
		}
		int number = sp.targetPort().number();
		List<Pod> withPorts = pods.stream().filter(p -> !p.declaresNoPorts()).toList();
		if (withPorts.isEmpty()) {
			// declaring ports is optional, so this is not wrong; it only cannot be verified
			Pod first = pods.get(0);
			return Optional.of(Findings.info(Code.NO_PORTS_DECLARED, Refs.targetPort(svc, sp),
					svc.ref() + " port " + sp.port() + " sends to " + number + "/" + sp.protocol() + " on pods of "
							+ first.owner().ref() + ", which declare no ports, so whether anything listens there cannot be"
							+ " checked (containerPort is informational)",
					"declare containerPort " + number + " in the container that serves it, to document and check it"));
		}
		List<Pod> missing = withPorts.stream().filter(p -> p.declared(number, sp.protocol()).isEmpty()).toList();
		if (missing.isEmpty()) {
			return Optional.empty();
		}
		Pod first = missing.get(0);
		return Optional.of(Findings.warning(Code.TARGET_PORT_NOT_DECLARED, Refs.targetPort(svc, sp),
				svc.ref() + " port " + sp.port() + " sends to " + (sp.targetPort().defaulted() ? "port " : "targetPort ")
						+ number + "/" + sp.protocol() + (sp.targetPort().defaulted() ? " (targetPort defaults to port)" : "")
						+ ", which no container of " + first.owner().ref() + " declares (it declares " + first.describePorts()
						+ "); connections are refused unless the app listens there undeclared",
				"set targetPort to the port the app listens on, or declare containerPort " + number));
	}

	private static List<Finding> selectorless(Cluster cluster, Service svc) {
		List<Finding> out = new ArrayList<>();
		if (svc.headless() && svc.ports().isEmpty()) {
			return out;
		}
		List<EndpointSlice> slices = cluster.slicesFor(svc);
		if (slices.isEmpty() && svc.isApiServer()) {
			return out; // the API server keeps its own endpoints
		}
		if (slices.isEmpty()) {
			boolean unlabelled = cluster.unlabelledSlicesIn(svc.namespace())
				.stream()
				.anyMatch(s -> s.name().startsWith(svc.name()));
			if (!unlabelled) {
				out.add(Findings.warning(Code.SERVICE_NO_SELECTOR_NO_ENDPOINTS, Refs.selector(svc),
						svc.ref() + " has no selector, and no EndpointSlice (label kubernetes.io/service-name: " + svc.name()
								+ ") or Endpoints object in these manifests gives it endpoints",
						"add a selector matching the pods, or an EndpointSlice labelled kubernetes.io/service-name: "
								+ svc.name() + " (unless a controller manages its endpoints)"));
			}
			return out;
		}
		for (ServicePort sp : svc.ports()) {
			if (!EndpointResolver.slicePortMatches(slices, sp)) {
				EndpointSlice first = slices.get(0);
				String names = slices.stream()
					.flatMap(s -> s.ports().stream())
					.map(p -> (p.name().isEmpty() ? "(unnamed)" : p.name()) + "/" + p.protocol())
					.collect(Collectors.toCollection(LinkedHashSet::new))
					.stream()
					.collect(Collectors.joining(", "));
				out.add(Findings.error(Code.ENDPOINTSLICE_PORT_NAME_MISMATCH,
						first.ports().isEmpty() ? Refs.doc(first.doc())
								: dev.portpath.sim.trace.Ref.of(Refs.field(first.ports().get(0).node(), "name"),
										first.doc().id() + "/ports[0].name"),
						svc.ref() + " port " + sp.describe() + " is " + (sp.name().isEmpty() ? "unnamed" : "named " + sp.name())
								+ ", but its " + (first.mirroredFromEndpoints() ? "Endpoints" : "EndpointSlice")
								+ " ports are " + (names.isEmpty() ? "none" : names)
								+ "; kube-proxy matches them by name and protocol, so this port has no endpoints",
						"give the " + (first.mirroredFromEndpoints() ? "Endpoints" : "EndpointSlice")
								+ " port the Service port's name (" + (sp.name().isEmpty() ? "unnamed" : sp.name()) + ")"));
			}
		}
		return out;
	}

	/** Endpoints or slices written by hand for a Service that has a selector are ignored or overwritten. */
	private static Optional<Finding> endpointsWithSelector(Cluster cluster, Service svc) {
		return cluster.endpointsWrittenFor(svc)
			.stream()
			.filter(d -> d.kind().equals("Endpoints") || !d.root().path("metadata", "labels",
					"endpointslice.kubernetes.io/managed-by").present())
			.findFirst()
			.map(d -> Findings.warning(Code.ENDPOINTS_IGNORED_WITH_SELECTOR, Refs.doc(d),
					d.kind() + " " + d.namespace() + "/" + d.name() + " is written by hand, but " + svc.ref()
							+ " has a selector, so Kubernetes manages its endpoints and "
							+ (d.kind().equals("Endpoints") ? "overwrites this object" : "kube-proxy mixes in this slice"),
					"remove the selector from " + svc.ref() + " to use manual endpoints, or delete this " + d.kind()));
	}


	/** 1-15 of a-z, 0-9 and '-' with a letter: the shape of a port name (the API server words the rest). */
	private static boolean portNameShape(String name) {
		boolean letter = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			letter |= c >= 'a' && c <= 'z';
			if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '-') {
				return false;
			}
		}
		return letter && name.length() <= 15;
	}

	static String count(int n) {
		return n + (n == 1 ? " pod" : " pods");
	}

}
