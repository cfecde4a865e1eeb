package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.PathType;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.TargetPort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Point;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * An Ingress whose controller got the request (networking/v1 Ingress; ingress-nginx as the reference for
 * status codes, labelled implementation-specific): the class that serves it, the most specific host, the
 * longest matching path (Exact on ties), or the defaultBackend; then the backend, judged by the API.
 */
final class Ingresses {

	private final Cluster cluster;

	private final IngressNginx nginx;

	Ingresses(Context c) {
		this.cluster = c.cluster();
		this.nginx = new IngressNginx(c);
	}

	/** A path rule that matches the request. */
	private record Candidate(Ingress ingress, Ingress.Rule rule, Ingress.PathRule path) {
	}

	/** The rules of the host that wins: its specificity (-1: no rule names it), the matching paths, its first Ingress. */
	private record Matching(int best, List<Candidate> matches, Optional<Ingress> hostOwner) {
	}

	Leg route(Path p, Leg.ToIngress leg) {
		Destination d = leg.d();
		Ingress chosen = leg.ingress();
		IngressClasses.Choice cls = IngressClasses.of(cluster, chosen);
		String scheme = d.scheme().isEmpty() ? "tcp" : d.scheme();
		p.toward(Point.of(Point.Kind.INGRESS, chosen.namespace(), chosen.name(), "", d.port(), Protocol.TCP))
			.ok(Step.DNS, "ingress controller:" + d.port(), "public DNS is assumed to send " + d.host() + " to the ingress "
					+ "controller that serves " + chosen.ref() + "; cluster DNS plays no part for an outside client",
					hostRef(chosen, d.host()));
		if (!cls.served()) {
			return p.fail(Step.INGRESS, chosen.name(), chosen.ref() + " has " + cls.text()
					+ ", so no ingress controller picks it up and its rules route nothing",
					"set spec.ingressClassName to one of the IngressClasses, or mark one as the default",
					Outcome.NO_MATCHING_RULE, "HTTP 404 (or no answer): no controller serves this Ingress",
					Refs.docField(chosen.doc(), "ingressClassName", "spec"));
		}
		if (!scheme.equals("http") && !scheme.equals("https")) {
			return p.fail(Step.INGRESS, chosen.name(), "an Ingress routes only HTTP and HTTPS, not " + scheme,
					"expose " + scheme + " with a Service of type NodePort or LoadBalancer, or a Gateway TCPRoute",
					Outcome.NO_LISTENER, "connection refused or reset: the controller speaks HTTP", Refs.doc(chosen.doc()));
		}
		List<Ingress> group = cluster.networking().ingresses().stream()
			.filter(i -> IngressClasses.of(cluster, i).name().equals(cls.name()) && IngressClasses.of(cluster, i).served())
			.toList();
		String path = Paths.of(d.path());
		String host = p.http().host();
		Matching m = match(cluster, group, host, path);
		Optional<Candidate> win = m.matches().stream()
			.max(Comparator.<Candidate>comparingInt(c -> c.path().path().length())
				.thenComparing(c -> c.path().pathType() == PathType.EXACT));
		if (win.isPresent()) {
			Candidate c = win.get();
			p.ok(Step.INGRESS, c.path().backend().serviceName() + ":" + portText(c.path().backend()), c.ingress().ref()
					+ " routes " + host + path + ": " + (c.rule().host().isEmpty() ? "any host" : "host " + c.rule().host())
					+ ", path " + how(cluster, c.ingress(), c.path()) + " [" + cls.text() + "]"
					+ (m.matches().size() > 1 ? "; the longest of " + m.matches().size() + " matching paths wins" : "")
					+ tls(c.ingress(), d, host), Ref.of(c.path().node().loc(), c.ingress().id() + "/spec.rules["
							+ c.rule().index() + "].http.paths[" + c.path().index() + "]"));
			Optional<Leg.Done> answered = nginx.apply(p, c.ingress(), c.path(), d);
			if (answered.isPresent()) {
				return answered.get();
			}
			return backend(p, d, c.ingress(), c.path().backend());
		}
		Optional<Ingress> withDefault = m.hostOwner().filter(i -> i.defaultBackend().isPresent())
			.or(() -> group.stream().filter(i -> i.defaultBackend().isPresent()).findFirst());
		if (withDefault.isEmpty()) {
			return noRule(p, d, host, chosen, group, m.best(), path);
		}
		Ingress i = withDefault.get();
		Ingress.Backend backend = i.defaultBackend().get();
		p.ok(Step.INGRESS, backend.serviceName() + ":" + portText(backend), "no rule of " + i.ref() + " matches "
				+ host + path + ", so its defaultBackend answers", Ref.of(backend.node().loc(), i.id() + "/spec.defaultBackend"));
		return backend(p, d, i, backend);
	}

	/** The most specific host wins (exact, then wildcard, then rules without a host); its paths that match. */
	private static Matching match(Cluster cluster, List<Ingress> group, String host, String path) {
		int best = -1;
		for (Ingress i : group) {
			for (Ingress.Rule r : i.rules()) {
				if (Hosts.ingressMatches(r.host(), host)) {
					best = Math.max(best, Hosts.specificity(r.host()));
				}
			}
		}
		List<Candidate> matches = new ArrayList<>();
		Optional<Ingress> hostOwner = Optional.empty();
		for (Ingress i : group) {
			for (Ingress.Rule r : i.rules()) {
				if (best < 0 || !Hosts.ingressMatches(r.host(), host) || Hosts.specificity(r.host()) != best) {
					continue;
				}
				hostOwner = hostOwner.or(() -> Optional.of(i));
				boolean regex = IngressNginx.regexPaths(cluster, i);
				for (Ingress.PathRule pr : r.paths()) {
					boolean ok = pr.pathType() == PathType.EXACT ? Paths.exact(pr.path(), path)
							: regex ? IngressNginx.regexMatches(pr.path().isEmpty() ? "/" : pr.path(), path)
									: Paths.prefix(pr.path().isEmpty() ? "/" : pr.path(), path);
					if (ok) {
						matches.add(new Candidate(i, r, pr));
					}
				}
			}
		}
		return new Matching(best, matches, hostOwner);
	}

	private static String how(Cluster cluster, Ingress ing, Ingress.PathRule pr) {
		if (pr.pathType() != PathType.EXACT && IngressNginx.regexPaths(cluster, ing)) {
			return pr.pathType() + " " + (pr.path().isEmpty() ? "/" : pr.path()) + IngressNginx.regexNote(ing);
		}
		return pr.pathType() == PathType.EXACT ? "Exact " + pr.path()
				: pr.pathType() == PathType.PREFIX ? "Prefix " + (pr.path().isEmpty() ? "/" : pr.path())
						: "ImplementationSpecific " + pr.path() + " (treated as Prefix here; the controller decides)";
	}

	/** No rule matches and no defaultBackend: 404, pointing at the hosts, or at the paths of the host that matched. */
	private static Leg.Done noRule(Path p, Destination d, String host, Ingress chosen, List<Ingress> group, int best,
			String path) {
		List<Ref> where = new ArrayList<>();
		for (Ingress i : group) {
			for (Ingress.Rule r : i.rules()) {
				if (best < 0) {
					where.add(Ref.of(Refs.field(r.node(), "host"), i.id() + "/spec.rules[" + r.index() + "].host"));
				}
				else if (Hosts.ingressMatches(r.host(), host) && Hosts.specificity(r.host()) == best) {
					for (Ingress.PathRule pr : r.paths()) {
						String at = i.id() + "/spec.rules[" + r.index() + "].http.paths[" + pr.index() + "]";
						where.add(Ref.of(Refs.field(pr.node(), "path"), at + ".path"));
						where.add(Ref.of(Refs.field(pr.node(), "pathType"), at + ".pathType"));
					}
				}
			}
		}
		if (where.isEmpty()) {
			where.add(hostRef(chosen, host));
		}
		return p.fail(Step.INGRESS, chosen.name(), "no rule of " + group.stream().map(Ingress::ref).collect(Collectors.joining(", "))
				+ " matches " + host + path + (best < 0 ? ": no rule names that host" : ": the host matches, no path does")
				+ ", and there is no defaultBackend", "add a path (pathType Prefix covers sub-paths) or a defaultBackend",
				Outcome.NO_MATCHING_RULE, "HTTP 404 Not Found from the controller's default backend (ingress-nginx)",
				where.toArray(Ref[]::new));
	}

	private static String tls(Ingress ing, Destination d, String host) {
		if (!d.scheme().equals("https")) {
			return "";
		}
		boolean covered = ing.tlsHosts().stream().anyMatch(h -> Hosts.ingressMatches(h, host));
		return covered ? "; TLS for " + host + " ends at the controller (spec.tls)"
				: "; no spec.tls entry names " + host + ", so the controller presents its default certificate";
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
	private Leg backend(Path p, Destination d, Ingress ing, Ingress.Backend b) {
		String bad = "HTTP 503 Service Unavailable from the ingress controller (ingress-nginx's answer for a backend it cannot use)";
		IngressBackends.Resolution r = IngressBackends.resolve(cluster, ing, b);
		switch (r.kind()) {
			case RESOURCE -> {
				return p.fail(Step.INGRESS, b.path(), "the backend is a resource (" + b.node().path("resource", "kind").str("?")
						+ "), which the controller serves itself; PortPath does not trace resource backends", "",
						Outcome.EXTERNAL, "answered by the controller's own handling of the resource", r.backendRef());
			}
			case NO_SERVICE -> {
				List<String> elsewhere = r.elsewhere();
				return p.fail(Step.SERVICE, b.serviceName(), "the backend names Service " + b.serviceName() + ", which does not"
						+ " exist in namespace " + ing.namespace() + " (an Ingress reaches only Services in its own namespace)"
						+ (elsewhere.isEmpty() ? "" : "; a Service of that name is in " + String.join(", ", elsewhere)),
						elsewhere.isEmpty() ? "name an existing Service, or create " + b.serviceName()
								: "create the Ingress in namespace " + elsewhere.get(0)
										+ " (or an ExternalName Service here pointing at it)",
						Outcome.BAD_BACKEND, bad, r.nameRef());
			}
			case NO_PORT -> {
				return noPort(p, r.service().get(), b, r.portRef(), bad);
			}
			case EXTERNAL_NAME -> {
				ServicePort byNumber = new ServicePort(0, "", Protocol.TCP, b.portNumber(),
						new TargetPort(b.portNumber(), "", true), 0, b.node());
				return new Leg.ToProxy(controllerParty(ing), d, r.service().get(), byNumber, "the ingress controller", bad,
						List.of());
			}
			default -> {
				Service s = r.service().get();
				ServicePort sp = r.port().get();
				p.toward(Points.service(s, sp)).ok(Step.SERVICE, s.name() + ":" + sp.port(), "the backend is port "
						+ sp.describe() + " of " + s.ref(), r.portRef());
				return new Leg.ToProxy(controllerParty(ing), d, s, sp, "the ingress controller", bad, List.of());
			}
		}
	}

	private Leg.Done noPort(Path p, Service s, Ingress.Backend b, Ref portRef, String bad) {
		String has = s.ports().stream().map(ServicePort::describe).collect(Collectors.joining(", "));
		Optional<String> classic = Backends.classicMistake(cluster, s, b.portNumber(), b.portName());
		String lenient = IngressBackends.ingressNginxAccepts(s, b) ? " (ingress-nginx happens to route it anyway, because it also"
				+ " compares the targetPort; other controllers answer 503, and by the API it is wrong)" : "";
		return p.fail(Step.SERVICE, s.name() + ":" + portText(b), "the backend's " + b.describePort() + " is not a port of "
				+ s.ref() + " (it has " + (has.isEmpty() ? "no ports" : has) + ")" + classic.map(c -> ": " + c).orElse("")
				+ lenient, "use the Service port" + (s.ports().isEmpty() ? "" : " (" + (b.portName().isEmpty()
						? "number: " + s.ports().get(0).port()
						: s.ports().get(0).name().isEmpty() ? "number: " + s.ports().get(0).port()
								: "name: " + s.ports().get(0).name()) + ")"),
				Outcome.BAD_BACKEND, bad, portRef, Refs.docField(s.doc(), "ports", "spec"));
	}

	/** The ingress controller's pod: from the manifests when they hold it, else the one the class implies. */
	private Party controllerParty(Ingress ing) {
		IngressClasses.Choice cls = IngressClasses.of(cluster, ing);
		boolean nginx = IngressClasses.nginx(cluster, ing);
		Optional<Pod> real = nginx ? cluster.pods().stream()
			.filter(x -> "ingress-nginx".equals(x.labels().get("app.kubernetes.io/name"))
					&& "controller".equals(x.labels().getOrDefault("app.kubernetes.io/component", "controller")))
			.findFirst() : Optional.empty();
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

	/** A pod PortPath assumes (an ingress controller, a Gateway's data plane) when the manifests do not hold it. */
	static Pod syntheticPod(String ns, String name, Map<String, String> labels, String ip) {
		YMap empty = new YMap(Map.of(), Loc.NONE);
		Doc doc = new Doc(empty, Loc.NONE);
		Workload w = new Workload("Deployment", ns, name, 1, 1, labels, "spec.template.spec", "", doc);
		return new Pod(ns, name, ip, "node-1", labels, List.of(), false, "ClusterFirst", "", "", true, "", w, empty, true);
	}
}
