package dev.portpath.sim.route;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Sampling;
import dev.portpath.sim.trace.Endpoint;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * The last stage: the packet is at an endpoint. NetworkPolicy at the source's egress and the pod's ingress
 * (on the pod port, after any translation), then the container that declares the port, or none; every
 * container the request could reach is listed.
 */
final class Delivery {

	private final Policies policies;

	Delivery(Context c) {
		this.policies = c.policies();
	}

	Leg.Done arrive(Path p, Leg.ToDelivery leg) {
		Backend chosen = leg.chosen();
		Protocol protocol = leg.protocol();
		List<Endpoint> reach = new ArrayList<>();
		int undeclared = reachable(leg, reach);
		if (chosen.pod().isEmpty()) {
			return noPod(p, leg);
		}
		Pod pod = chosen.pod().get();
		p.toward(Points.pod(pod, chosen.port(), protocol));
		if (leg.source().isPresent()) {
			Optional<Policies.Verdict> verdict = policies.check(leg.source().get(), pod, chosen.port(), protocol,
					leg.via().map(v -> v.port().port()));
			if (verdict.isPresent()) {
				Optional<Leg.Done> denied = policyHop(p, pod.ip() + ":" + chosen.port(), pod.name() + ":" + chosen.port(),
						verdict.get(), " (some plugins reject it instead)");
				if (denied.isPresent()) {
					return denied.get();
				}
			}
		}
		Optional<Pod.Found> found = pod.declared(chosen.port(), protocol);
		if (found.isPresent()) {
			return declared(p, leg, pod, found.get(), reach, undeclared);
		}
		return undeclared(p, leg, pod, reach);
	}

	/** Every container the request could reach, sorted; returns how many of them do not declare the port. */
	private static int reachable(Leg.ToDelivery leg, List<Endpoint> reach) {
		int undeclared = 0;
		for (Backend b : leg.all().stream().sorted(Comparator.comparing(Backend::label)).toList()) {
			if (b.pod().isEmpty()) {
				continue;
			}
			Pod pod = b.pod().get();
			Optional<Pod.Found> f = pod.declared(b.port(), leg.protocol());
			if (f.isEmpty()) {
				undeclared++;
			}
			String container = f.map(x -> x.container().name())
				.orElse(pod.running().isEmpty() ? "" : pod.running().get(0).name());
			reach.add(endpoint(pod, container, b.port()));
		}
		return undeclared;
	}

	/** An endpoint address that is no pod: the source's egress policy still applies, then it leaves the cluster. */
	private Leg.Done noPod(Path p, Leg.ToDelivery leg) {
		Backend chosen = leg.chosen();
		Optional<Policies.Verdict> egress = leg.source().flatMap(src -> policies.egressToAddress(src, chosen.ip(),
				chosen.port(), leg.protocol()));
		if (egress.isPresent()) {
			Optional<Leg.Done> denied = policyHop(p, chosen.ip() + ":" + chosen.port(), chosen.ip() + ":" + chosen.port(),
					egress.get(), "");
			if (denied.isPresent()) {
				return denied.get();
			}
		}
		String at = chosen.ip() + ":" + chosen.port();
		p.toward(Points.external(chosen.ip(), chosen.port(), leg.protocol()));
		if (leg.via().isPresent() && leg.via().get().service().isApiServer()) {
			return p.fail(Step.EXTERNAL, at, at + " is the Kubernetes API server (EndpointSlice kubernetes holds the API"
					+ " server's own address), outside the pods PortPath simulates", "", Outcome.EXTERNAL,
					"answered by the Kubernetes API server at " + at + " (HTTPS; 401 or 403 without credentials)",
					Ref.of(chosen.source(), "endpoint " + chosen.ip()));
		}
		return p.fail(Step.EXTERNAL, at, chosen.ip() + " is an endpoint address that belongs to no pod in the manifests,"
				+ " so the request leaves the simulated cluster", "", Outcome.EXTERNAL, "answered (or not) by whatever runs at "
				+ at, Ref.of(chosen.source(), "endpoint " + chosen.ip()));
	}

	/** A container declares the port: delivered (with a warning when two containers claim it). */
	private static Leg.Done declared(Path p, Leg.ToDelivery leg, Pod pod, Pod.Found f, List<Endpoint> reach,
			int undeclared) {
		int port = leg.chosen().port();
		Protocol protocol = leg.protocol();
		String hostNet = pod.hostNetwork() ? ", on its node's own address (hostNetwork)" : "";
		p.ok(Step.CONTAINER, f.container().name() + ":" + port, "container " + f.container().name()
				+ " of pod " + pod.name() + " declares containerPort " + port + "/" + protocol
				+ (f.port().name().isEmpty() ? "" : " (" + f.port().name() + ")") + hostNet,
				Refs.containerPort(pod, f.container(), f.port()));
		List<String> sharing = pod.running().stream()
			.filter(c -> c != f.container() && c.ports().stream()
				.anyMatch(x -> x.number() == port && x.protocol().equals(protocol)))
			.map(Container::name)
			.toList();
		if (!sharing.isEmpty()) {
			p.warn(Step.CONTAINER, f.container().name() + ":" + port, "container " + String.join(", ", sharing)
					+ " of the same pod also declares " + port + "/" + protocol + "; containers share one network"
					+ " namespace, so only one of them can listen there (the other fails with 'address already in use')",
					"give one of the containers another port", Refs.containerPort(pod, f.container(), f.port()));
		}
		if (undeclared > 0) {
			p.note(undeclared + " of " + reach.size() + " endpoints do not declare port " + port
					+ "; connections that land there are refused unless the app listens anyway.");
		}
		Endpoint e = endpoint(pod, f.container().name(), port);
		List<Pod> reached = leg.all().stream().flatMap(b -> b.pod().stream()).toList();
		if (!Sampling.note(reached).isEmpty()) {
			p.note("endpoints lists the " + reach.size() + " simulated pods, a sample of the " + Sampling.count(reached)
					+ " the request could reach.");
		}
		String count = reach.size() > 1 ? " in one of " + Math.max(reach.size(), Sampling.count(reached)) + " pods" : "";
		return p.done(Outcome.DELIVERED, delivered(leg.d(), p.http().rewrittenTarget(), f.container().name(), port) + count,
				Optional.of(e), reach);
	}

	/** No container declares the port: refused, unless the pod declares no ports at all (then it cannot be told). */
	private static Leg.Done undeclared(Path p, Leg.ToDelivery leg, Pod pod, List<Endpoint> reach) {
		int port = leg.chosen().port();
		String declared = pod.describePorts();
		Ref declaredAt = Refs.podPorts(pod);
		Ref where = leg.via().map(v -> Refs.targetPort(v.service(), v.port())).orElse(declaredAt);
		String symptom = "connection refused, unless a process in pod " + pod.name() + " listens on " + port
				+ " without declaring it";
		if (pod.declaresNoPorts()) {
			p.warn(Step.CONTAINER, pod.name() + ":" + port, "no container of pod " + pod.name()
					+ " declares any port, so PortPath cannot tell whether anything listens on " + port
					+ " (containerPort is informational: a process listening there answers anyway)",
					"declare containerPort " + port + " in the container that serves it", declaredAt, where);
			return p.done(Outcome.UNDECLARED_PORT, symptom, Optional.empty(), reach);
		}
		String fix = leg.via().isPresent()
				? "set targetPort to the port the app listens on (" + declared + "), or declare " + port
						+ " if the app really listens there"
				: "use a port the pod declares (" + declared + "), or declare " + port
						+ " if the app really listens there";
		p.fail(Step.CONTAINER, pod.name() + ":" + port, "no container of pod " + pod.name() + " declares port "
				+ port + "/" + leg.protocol() + " (it declares " + declared + ")", fix, Outcome.UNDECLARED_PORT,
				symptom, where, declaredAt);
		return p.done(Outcome.UNDECLARED_PORT, symptom, Optional.empty(), reach);
	}

	/**
	 * The networkpolicy hop for a verdict: a drop ends the trace; a verdict that rests on an address
	 * PortPath assumed is a warning either way, since the real address may fall on the other side of the
	 * ipBlock, and the trace goes on.
	 */
	static Optional<Leg.Done> policyHop(Path p, String to, String failTo, Policies.Verdict v, String symptomNote) {
		if (v.uncertain()) {
			p.warn(Step.NETWORKPOLICY, to, v.message(), "write the pod's real address (status.podIP) to know, or select"
					+ " pods with podSelector and namespaceSelector: ipBlock is meant for addresses outside the cluster",
					v.refs().toArray(Ref[]::new));
			return Optional.empty();
		}
		if (!v.allowed()) {
			return Optional.of(p.fail(Step.NETWORKPOLICY, failTo, v.message(), v.fix(), Outcome.POLICY_DENIED,
					"connection times out: the NetworkPolicy plugin drops the packet" + symptomNote,
					v.refs().toArray(Ref[]::new)));
		}
		p.ok(Step.NETWORKPOLICY, to, v.message(), v.refs().toArray(Ref[]::new));
		return Optional.empty();
	}

	static Endpoint endpoint(Pod pod, String container, int port) {
		return new Endpoint(pod.namespace(), pod.name(), container, port, pod.ip(), pod.owner().kind(), pod.owner().name());
	}

	private static String delivered(Destination d, Optional<String> rewritten, String container, int port) {
		if (d.scheme().equals("http") || d.scheme().equals("https")) {
			return "HTTP response from container " + container + " on port " + port + " (if the app serves "
					+ rewritten.orElse(d.path().isEmpty() ? "/" : d.path()) + ")";
		}
		return d.protocol() + " connection accepted by container " + container + " on port " + port;
	}
}
