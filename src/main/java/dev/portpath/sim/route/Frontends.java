package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.IngressClass;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Trace;

/**
 * The way in from outside by name: public DNS is assumed to send the host to the Ingress or Gateway whose
 * hosts match it, and that object's rules decide (networking/v1 Ingress; ingress-nginx as the reference
 * for status codes, labelled implementation-specific).
 */
final class Frontends {

	private final Cluster cluster;

	private final Tracer tracer;

	Frontends(Cluster cluster, Tracer tracer) {
		this.cluster = cluster;
		this.tracer = tracer;
	}

	boolean any() {
		return !cluster.networking().ingresses().isEmpty() || !cluster.networking().gateways().isEmpty();
	}

	/** Routes an external request by host: to a matching Gateway listener, else an Ingress. */
	Trace route(Path p, Destination d) {
		Gateways gateways = new Gateways(cluster, tracer);
		Optional<Ingress> ingress = ingressFor(d.host());
		boolean gatewayHost = gateways.servesHost(d.host());
		if (gatewayHost || (ingress.isEmpty() && !cluster.networking().gateways().isEmpty()
				&& (!ingressHostMatch(d.host()) || cluster.networking().ingresses().isEmpty()))) {
			return gateways.route(p, d);
		}
		return ingress(p, d, ingress.orElse(cluster.networking().ingresses().get(0)));
	}

	private boolean ingressHostMatch(String host) {
		return cluster.networking().ingresses().stream()
			.flatMap(i -> i.rules().stream())
			.anyMatch(r -> !r.host().isEmpty() && Hosts.ingressMatches(r.host(), host));
	}

	/** The Ingress whose rule names the host most specifically, else one with a host-less rule or default backend. */
	private Optional<Ingress> ingressFor(String host) {
		Ingress best = null;
		int bestScore = -1;
		for (Ingress i : cluster.networking().ingresses()) {
			for (Ingress.Rule r : i.rules()) {
				if (Hosts.ingressMatches(r.host(), host) && Hosts.specificity(r.host()) > bestScore) {
					best = i;
					bestScore = Hosts.specificity(r.host());
				}
			}
			if (best == null && i.defaultBackend().isPresent()) {
				best = i;
			}
		}
		return Optional.ofNullable(best);
	}

	// ---------------------------------------------------------------- Ingress

	/** Which class serves an Ingress: ingressClassName (or the old annotation), else the default IngressClass. */
	record ClassChoice(Optional<String> name, Optional<IngressClass> ingressClass, boolean served, String text) {
	}

	ClassChoice classOf(Ingress ing) {
		List<IngressClass> classes = cluster.networking().ingressClasses();
		if (ing.className().isPresent()) {
			String name = ing.className().get();
			Optional<IngressClass> ic = classes.stream().filter(c -> c.name().equals(name)).findFirst();
			return new ClassChoice(Optional.of(name), ic, true, ic.map(c -> "class " + name + ", controller " + c.controller())
				.orElse("class " + name + ", whose IngressClass is not in these manifests"));
		}
		Optional<IngressClass> def = classes.stream().filter(IngressClass::isDefault).findFirst();
		if (def.isPresent()) {
			return new ClassChoice(Optional.of(def.get().name()), def, true, "no class written, so the default IngressClass "
					+ def.get().name() + ", controller " + def.get().controller());
		}
		if (!classes.isEmpty()) {
			return new ClassChoice(Optional.empty(), Optional.empty(), false, "no ingressClassName, and none of the IngressClasses ("
					+ classes.stream().map(IngressClass::name).collect(Collectors.joining(", ")) + ") is the default");
		}
		return new ClassChoice(Optional.empty(), Optional.empty(), true,
				"no class written and no IngressClass in these manifests: served only if the cluster has a default IngressClass");
	}

	private Trace ingress(Path p, Destination d, Ingress chosen) {
		ClassChoice cls = classOf(chosen);
		Ref classRef = Refs.docField(chosen.doc(), "ingressClassName", "spec");
		String scheme = d.scheme().isEmpty() ? "tcp" : d.scheme();
		p.ok(Step.DNS, "ingress controller:" + d.port(), "public DNS is assumed to send " + d.host() + " to the ingress "
				+ "controller that serves " + chosen.ref() + "; cluster DNS plays no part for an outside client",
				hostRef(chosen, d.host()));
		if (!cls.served()) {
			return p.fail(Step.INGRESS, chosen.name(), chosen.ref() + " has " + cls.text()
					+ ", so no ingress controller picks it up and its rules route nothing",
					"set spec.ingressClassName to one of the IngressClasses, or mark one as the default",
					Outcome.NO_MATCHING_RULE, "HTTP 404 (or no answer): no controller serves this Ingress", classRef);
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return p.fail(Step.INGRESS, chosen.name(), "an Ingress routes only HTTP and HTTPS, not " + scheme,
					"expose " + scheme + " with a Service of type NodePort or LoadBalancer, or a Gateway TCPRoute",
					Outcome.NO_LISTENER, "connection refused or reset: the controller speaks HTTP", Refs.doc(chosen.doc()));
		}
		List<Ingress> group = cluster.networking().ingresses().stream()
			.filter(i -> classOf(i).name().equals(cls.name()) && classOf(i).served())
			.toList();
		String path = Paths.of(d.path());
		// the most specific host wins: exact, then wildcard, then rules without a host
		int best = -1;
		for (Ingress i : group) {
			for (Ingress.Rule r : i.rules()) {
				if (Hosts.ingressMatches(r.host(), d.host())) {
					best = Math.max(best, Hosts.specificity(r.host()));
				}
			}
		}
		record Candidate(Ingress ingress, Ingress.Rule rule, Ingress.PathRule path) {
		}
		List<Candidate> matches = new ArrayList<>();
		Optional<Ingress> hostOwner = Optional.empty();
		for (Ingress i : group) {
			for (Ingress.Rule r : i.rules()) {
				if (best < 0 || !Hosts.ingressMatches(r.host(), d.host()) || Hosts.specificity(r.host()) != best) {
					continue;
				}
				hostOwner = hostOwner.or(() -> Optional.of(i));
				for (Ingress.PathRule pr : r.paths()) {
					boolean ok = pr.pathType() == PathType.EXACT ? Paths.exact(pr.path(), path)
							: Paths.prefix(pr.path().isEmpty() ? "/" : pr.path(), path);
					if (ok) {
						matches.add(new Candidate(i, r, pr));
					}
				}
			}
		}
		String controller = cls.text();
		Optional<Candidate> win = matches.stream()
			.max(Comparator.<Candidate>comparingInt(c -> c.path().path().length())
				.thenComparing(c -> c.path().pathType() == PathType.EXACT));
		Ingress.Backend backend;
		Ingress owner;
		if (win.isPresent()) {
			Candidate c = win.get();
			String how = c.path().pathType() == PathType.EXACT ? "Exact " + c.path().path()
					: c.path().pathType() == PathType.PREFIX ? "Prefix " + (c.path().path().isEmpty() ? "/" : c.path().path())
							: "ImplementationSpecific " + c.path().path() + " (treated as Prefix here; the controller decides)";
			String host = c.rule().host().isEmpty() ? "any host" : "host " + c.rule().host();
			p.ok(Step.INGRESS, c.path().backend().serviceName() + ":" + portText(c.path().backend()), c.ingress().ref()
					+ " routes " + d.host() + path + ": " + host + ", path " + how + " [" + controller + "]"
					+ (matches.size() > 1 ? "; the longest of " + matches.size() + " matching paths wins" : "")
					+ tls(c.ingress(), d), Ref.of(c.path().node().loc(), c.ingress().id() + "/spec.rules[" + c.rule().index()
							+ "].http.paths[" + c.path().index() + "]"));
			backend = c.path().backend();
			owner = c.ingress();
		}
		else {
			Optional<Ingress> withDefault = hostOwner.filter(i -> i.defaultBackend().isPresent())
				.or(() -> group.stream().filter(i -> i.defaultBackend().isPresent()).findFirst());
			if (withDefault.isEmpty()) {
				List<Ref> where = new ArrayList<>();
				for (Ingress i : group) {
					for (Ingress.Rule r : i.rules()) {
						if (best < 0) {
							where.add(Ref.of(Refs.field(r.node(), "host"), i.id() + "/spec.rules[" + r.index() + "].host"));
						}
						else if (Hosts.ingressMatches(r.host(), d.host()) && Hosts.specificity(r.host()) == best) {
							for (Ingress.PathRule pr : r.paths()) {
								String at = i.id() + "/spec.rules[" + r.index() + "].http.paths[" + pr.index() + "]";
								where.add(Ref.of(Refs.field(pr.node(), "path"), at + ".path"));
								where.add(Ref.of(Refs.field(pr.node(), "pathType"), at + ".pathType"));
							}
						}
					}
				}
				if (where.isEmpty()) {
					where.add(hostRef(chosen, d.host()));
				}
				return p.fail(Step.INGRESS, chosen.name(), "no rule of " + group.stream().map(Ingress::ref).collect(Collectors.joining(", "))
						+ " matches " + d.host() + path + (best < 0 ? ": no rule names that host" : ": the host matches, no path does")
						+ ", and there is no defaultBackend", "add a path (pathType Prefix covers sub-paths) or a defaultBackend",
						Outcome.NO_MATCHING_RULE, "HTTP 404 Not Found from the controller's default backend (ingress-nginx)",
						where.toArray(Ref[]::new));
			}
			Ingress i = withDefault.get();
			backend = i.defaultBackend().get();
			owner = i;
			p.ok(Step.INGRESS, backend.serviceName() + ":" + portText(backend), "no rule of " + i.ref() + " matches "
					+ d.host() + path + ", so its defaultBackend answers", Ref.of(backend.node().loc(), i.id() + "/spec.defaultBackend"));
		}
		return backendOnward(p, d, owner, backend);
	}

	private static String tls(Ingress ing, Destination d) {
		if (!d.scheme().equals("https")) {
			return "";
		}
		boolean covered = ing.tlsHosts().stream().anyMatch(h -> Hosts.ingressMatches(h, d.host()));
		return covered ? "; TLS for " + d.host() + " ends at the controller (spec.tls)"
				: "; no spec.tls entry names " + d.host() + ", so the controller presents its default certificate";
	}

	private static String portText(Ingress.Backend b) {
		return b.portName().isEmpty() ? Integer.toString(b.portNumber()) : b.portName();
	}

	private static Ref hostRef(Ingress ing, String host) {
		for (Ingress.Rule r : ing.rules()) {
			if (Hosts.ingressMatches(r.host(), host)) {
				return Ref.of(Refs.field(r.node(), "host"), ing.id() + "/spec.rules[" + r.index() + "].host");
			}
		}
		return Refs.doc(ing.doc());
	}

	/** The backend Service and port of an Ingress path; judged by the API, with ingress-nginx's leniency noted. */
	private Trace backendOnward(Path p, Destination d, Ingress ing, Ingress.Backend b) {
		Ref backendRef = Ref.of(Refs.field(b.node(), "service"), ing.id() + "/" + b.path());
		String bad = "HTTP 503 Service Unavailable from the ingress controller (ingress-nginx's answer for a backend it cannot use)";
		if (b.resource()) {
			return p.fail(Step.INGRESS, b.path(), "the backend is a resource (" + b.node().path("resource", "kind").str("?")
					+ "), which the controller serves itself; PortPath does not trace resource backends", "",
					Outcome.EXTERNAL, "answered by the controller's own handling of the resource", backendRef);
		}
		Optional<Service> svc = cluster.service(ing.namespace(), b.serviceName());
		if (svc.isEmpty()) {
			List<String> elsewhere = cluster.servicesNamed(b.serviceName()).stream()
				.map(Service::namespace).toList();
			return p.fail(Step.SERVICE, b.serviceName(), "the backend names Service " + b.serviceName() + ", which does not"
					+ " exist in namespace " + ing.namespace() + " (an Ingress reaches only Services in its own namespace)"
					+ (elsewhere.isEmpty() ? "" : "; a Service of that name is in " + String.join(", ", elsewhere)),
					elsewhere.isEmpty() ? "name an existing Service, or create " + b.serviceName()
							: "create the Ingress in namespace " + elsewhere.get(0)
									+ " (or an ExternalName Service here pointing at it)",
					Outcome.BAD_BACKEND, bad, Ref.of(Refs.field(b.node().get("service"), "name"),
							ing.id() + "/" + b.path() + ".service.name"));
		}
		Service s = svc.get();
		Optional<ServicePort> sp = b.portName().isEmpty()
				? s.ports().stream().filter(x -> x.port() == b.portNumber()).findFirst()
				: s.ports().stream().filter(x -> x.name().equals(b.portName())).findFirst();
		Ref portRef = Ref.of(Refs.field(b.node().path("service", "port"), b.portName().isEmpty() ? "number" : "name"),
				ing.id() + "/" + b.path() + ".service.port." + (b.portName().isEmpty() ? "number" : "name"));
		if (sp.isEmpty()) {
			String has = s.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
			Optional<String> classic = Backends.classicMistake(cluster, s, b.portNumber(), b.portName());
			String lenient = ingressNginxAccepts(s, b) ? " (ingress-nginx happens to route it anyway, because it also"
					+ " compares the targetPort; other controllers answer 503, and by the API it is wrong)" : "";
			return p.fail(Step.SERVICE, s.name() + ":" + portText(b), "the backend's " + b.describePort() + " is not a port of "
					+ s.ref() + " (it has " + (has.isEmpty() ? "no ports" : has) + ")" + classic.map(c -> ": " + c).orElse("")
					+ lenient, "use the Service port" + (s.ports().isEmpty() ? "" : " (" + (b.portName().isEmpty()
							? "number: " + s.ports().get(0).port()
							: s.ports().get(0).name().isEmpty() ? "number: " + s.ports().get(0).port()
									: "name: " + s.ports().get(0).name()) + ")"),
					Outcome.BAD_BACKEND, bad, portRef, Refs.docField(s.doc(), "ports", "spec"));
		}
		p.ok(Step.SERVICE, s.name() + ":" + sp.get().port(), "the backend is port " + sp.get().describe() + " of " + s.ref(),
				portRef);
		return tracer.viaProxy(p, controllerParty(ing), d, s, sp.get(), "the ingress controller", bad, List.of());
	}

	/** ingress-nginx also matches a backend port against the targetPort's string form (controller.go serviceEndpoints). */
	private static boolean ingressNginxAccepts(Service s, Ingress.Backend b) {
		String wanted = b.portName().isEmpty() ? Integer.toString(b.portNumber()) : b.portName();
		return s.ports().stream().anyMatch(sp -> sp.targetPort().toString().equals(wanted));
	}

	/** The ingress controller's pod: from the manifests when they hold it, else the one the class implies. */
	Party controllerParty(Ingress ing) {
		ClassChoice cls = classOf(ing);
		String controller = cls.ingressClass().map(IngressClass::controller).orElse("");
		boolean nginx = controller.contains("ingress-nginx") || cls.name().filter(n -> n.contains("nginx")).isPresent()
				|| cls.name().isEmpty();
		Optional<Pod> real = cluster.pods().stream()
			.filter(x -> nginx ? "ingress-nginx".equals(x.labels().get("app.kubernetes.io/name"))
					&& "controller".equals(x.labels().getOrDefault("app.kubernetes.io/component", "controller"))
					: false)
			.findFirst();
		if (real.isPresent()) {
			return Party.of(real.get(), "the connection to the pod comes from ingress controller pod " + real.get().ref());
		}
		String ns = nginx ? "ingress-nginx" : cls.name().orElse("ingress") + "-system";
		Map<String, String> labels = nginx
				? Map.of("app.kubernetes.io/name", "ingress-nginx", "app.kubernetes.io/component", "controller")
				: Map.of("app", cls.name().orElse("ingress") + "-controller");
		Pod synthetic = syntheticPod(ns, nginx ? "ingress-nginx-controller" : cls.name().orElse("ingress") + "-controller",
				labels, "10.244.1.200");
		return Party.of(synthetic, "the connection comes from the ingress controller's pod, assumed to run in namespace "
				+ ns + " with labels " + new dev.portpath.sim.model.LabelSelector(labels, List.of()) + " (it is not in these manifests)");
	}

	static Pod syntheticPod(String ns, String name, Map<String, String> labels, String ip) {
		YMap empty = new YMap(Map.of(), Loc.NONE);
		Doc doc = new Doc(empty, Loc.NONE);
		Workload w = new Workload("Deployment", ns, name, 1, 1, labels, "spec.template.spec", "", doc);
		return new Pod(ns, name, ip, "node-1", labels, List.of(), false, "ClusterFirst", "", "", true, "", w, empty, true);
	}
}
