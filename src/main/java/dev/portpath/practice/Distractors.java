package dev.portpath.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes that look like a mistake and are not one: each keeps the request working (the generator
 * checks that by tracing). A learner who "fixes" one is not wrong, only slower; the point is to read the
 * trace instead of guessing.
 */
final class Distractors {

	private Distractors() {
	}

	static List<Change> all(Facts f, Manifests app) {
		List<Change> out = new ArrayList<>();
		namedTargetPort(f, app).ifPresent(out::add);
		numericTargetPort(f, app).ifPresent(out::add);
		workloadLabels(f, app).ifPresent(out::add);
		extraPodLabel(f, app).ifPresent(out::add);
		sessionAffinity(f, app).ifPresent(out::add);
		appProtocol(f, app).ifPresent(out::add);
		metricsPort(f, app).ifPresent(out::add);
		return out;
	}

	/** A numeric targetPort written as the container port's name: looks like a typo waiting to happen, and is fine. */
	private static Optional<Change> namedTargetPort(Facts f, Manifests app) {
		Optional<String> name = Bugs.containerPortName(f, app);
		if (f.servicePort().isEmpty() || name.isEmpty() || Bugs.headless(f, app)
				|| !(Bugs.get(app, f.servicePort().get() + ".targetPort") instanceof Integer)) {
			return Optional.empty();
		}
		String field = f.servicePort().get() + ".targetPort";
		return Optional.of(new Change("named-target-port", "targetPort " + name.get() + " names the container port"
				+ " (" + f.delivered().port() + "): a name is looked up in each pod, and this one exists", Set.of(field),
				Change.NOTHING, m -> Bugs.put(m, field, name.get())));
	}

	/** A named targetPort written as its number: the same port, spelt differently. */
	private static Optional<Change> numericTargetPort(Facts f, Manifests app) {
		Optional<String> name = Bugs.containerPortName(f, app);
		if (f.servicePort().isEmpty() || name.isEmpty() || Bugs.headless(f, app)
				|| !name.get().equals(Bugs.get(app, f.servicePort().get() + ".targetPort"))) {
			return Optional.empty();
		}
		String field = f.servicePort().get() + ".targetPort";
		int port = f.delivered().port();
		return Optional.of(new Change("numeric-target-port", "targetPort " + port + " is the number of the port named "
				+ name.get() + ": the same port, written as a number", Set.of(field), Change.NOTHING,
				m -> Bugs.put(m, field, port)));
	}

	/** The workload's own labels differ from its pods' labels: the selector reads the pods', so nothing breaks. */
	private static Optional<Change> workloadLabels(Facts f, Manifests app) {
		if (f.workload().isEmpty() || f.workload().get().startsWith("Pod/")) {
			return Optional.empty();
		}
		String w = f.workload().get();
		String field = w + "/metadata.labels";
		String name = w.split("/")[2];
		return Optional.of(new Change("workload-labels", "the " + w.split("/")[0] + "'s own labels (app: " + name
				+ "-deployment) differ from its pods' labels: Services select pods, so only the template's labels count",
				Set.of(field), Change.NOTHING, m -> {
					Map<String, Object> labels = new LinkedHashMap<>();
					labels.put("app", name + "-deployment");
					labels.put("team", "platform");
					Bugs.put(m, field, labels);
				}));
	}

	/** One more label on the pods than the selector asks for: a selector is a subset, so they still match. */
	private static Optional<Change> extraPodLabel(Facts f, Manifests app) {
		if (f.workload().isEmpty()) {
			return Optional.empty();
		}
		String labels = f.workload().get() + "/" + Facts.podLabels(f.workload().get());
		Map<String, Object> now = Manifests.map(Bugs.get(app, labels));
		if (now == null || now.isEmpty() || now.containsKey("tier")) {
			return Optional.empty();
		}
		return Optional.of(new Change("extra-pod-label", "the pods carry one label more (tier: backend) than the Service"
				+ " selects: a pod needs every selector label, and may have others", Set.of(labels + ".tier"),
				Change.NOTHING, m -> Bugs.put(m, labels + ".tier", "backend")));
	}

	private static Optional<Change> sessionAffinity(Facts f, Manifests app) {
		if (f.service().isEmpty() || Bugs.get(app, f.service().get() + "/spec.sessionAffinity") != null
				|| Bugs.headless(f, app)) {
			return Optional.empty();
		}
		String field = f.service().get() + "/spec.sessionAffinity";
		return Optional.of(new Change("session-affinity", "sessionAffinity: ClientIP only pins each client to one pod;"
				+ " it does not change which pods or ports are used", Set.of(field), Change.NOTHING,
				m -> Bugs.put(m, field, "ClientIP")));
	}

	private static Optional<Change> appProtocol(Facts f, Manifests app) {
		if (f.servicePort().isEmpty() || !f.http() || Bugs.get(app, f.servicePort().get() + ".appProtocol") != null) {
			return Optional.empty();
		}
		String field = f.servicePort().get() + ".appProtocol";
		return Optional.of(new Change("app-protocol", "appProtocol: http is a hint for proxies; kube-proxy ignores it",
				Set.of(field), Change.NOTHING, m -> Bugs.put(m, field, "http")));
	}

	/** A second, unused container port: declared ports open nothing and close nothing. */
	private static Optional<Change> metricsPort(Facts f, Manifests app) {
		if (f.containerPort().isEmpty()) {
			return Optional.empty();
		}
		String ports = Manifests.parent(f.containerPort().get());
		List<Object> list = Manifests.list(Bugs.get(app, ports));
		Set<Integer> declared = Bugs.declaredPorts(f, app);
		if (list == null || declared.contains(9090) || list.stream().anyMatch(p -> "metrics".equals(Manifests.get(p, "name")))) {
			return Optional.empty();
		}
		int at = list.size();
		return Optional.of(new Change("metrics-port", "a second container port (metrics, 9090) that no Service uses:"
				+ " declaring a port opens nothing and breaks nothing", Set.of(ports + "[" + at + "]"), Change.NOTHING,
				m -> {
					Map<String, Object> p = new LinkedHashMap<>();
					p.put("name", "metrics");
					p.put("containerPort", 9090);
					Manifests.list(Bugs.get(m, ports)).add(p);
				}));
	}
}
