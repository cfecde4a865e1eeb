package dev.portpath.sim.route;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Ref;
import dev.portpath.sim.trace.Step;

/**
 * Why a Service port has no endpoints, told as the failing endpoints hop with the line to change: a
 * selector that matches nothing (and why: scaled to zero, another namespace, one label off), a named
 * targetPort no pod declares, pods never Ready, or manual slices that are missing, misnamed or mismatched.
 */
final class NoEndpoints {

	private final Cluster cluster;

	NoEndpoints(Context c) {
		this.cluster = c.cluster();
	}

	/** Why a Service port has no endpoint, as the failing endpoints hop: the first reason that applies. */
	Leg.Done explain(Path p, Service svc, ServicePort sp, Selection sel, String refused) {
		if (sel.manual()) {
			return manual(p, svc, sp, sel, refused);
		}
		if (sel.selected().isEmpty()) {
			return selectorMatchesNothing(p, svc, refused);
		}
		return notEndpoints(p, svc, sp, sel, refused);
	}

	/** A selectorless Service: its slices (or Endpoints object) are missing, misnamed, mismatched or not ready. */
	private Leg.Done manual(Path p, Service svc, ServicePort sp, Selection sel, String refused) {
		List<EndpointSlice> slices = cluster.slicesFor(svc);
		if (slices.isEmpty() && svc.isApiServer()) {
			return p.toward(Points.external("the API server", sp.port(), sp.protocol())).fail(Step.EXTERNAL,
					"the API server", svc.ref() + " is the Kubernetes API server's own Service: the API server writes its"
					+ " addresses into EndpointSlice kubernetes itself (not in these manifests), and kube-proxy sends "
					+ svc.name() + ":" + sp.port() + " there, outside the pods PortPath simulates", "", Outcome.EXTERNAL,
					"answered by the Kubernetes API server (HTTPS; 401 or 403 without credentials)", Refs.service(svc));
		}
		if (slices.isEmpty()) {
			Optional<Leg.Done> misnamed = misnamed(p, svc, refused);
			if (misnamed.isPresent()) {
				return misnamed.get();
			}
		}
		if (slices.isEmpty()) {
			return p.fail(Step.ENDPOINTS, "no endpoints", svc.ref() + " has no selector and no EndpointSlice labelled "
					+ "kubernetes.io/service-name: " + svc.name() + " (nor an Endpoints object of that name), so nothing"
					+ " gives it endpoints",
					"add a selector that matches your pods, or an EndpointSlice with the label kubernetes.io/service-name: "
							+ svc.name(),
					Outcome.NO_ENDPOINTS, refused, Refs.docField(svc.doc(), "selector", "spec"), Refs.service(svc));
		}
		if (!EndpointResolver.slicePortMatches(slices, sp)) {
			String names = slices.stream()
				.flatMap(s -> s.ports().stream())
				.map(x -> (x.name().isEmpty() ? "(unnamed)" : x.name()) + " " + x.protocol())
				.distinct()
				.collect(Collectors.joining(", "));
			EndpointSlice first = slices.get(0);
			Ref ref = first.ports().isEmpty() ? Refs.doc(first.doc())
					: Ref.of(Refs.field(first.ports().get(0).node(), "name"), first.doc().id() + "/ports[0].name");
			return p.fail(Step.ENDPOINTS, "no endpoints", "kube-proxy matches EndpointSlice ports to Service ports by name"
					+ " and protocol; port " + sp.describe() + " of " + svc.ref() + " is "
					+ (sp.name().isEmpty() ? "unnamed" : "named " + sp.name()) + ", but the slices of "
					+ svc.name() + " have ports " + names,
					"give the EndpointSlice port the same name as the Service port ("
							+ (sp.name().isEmpty() ? "leave both unnamed" : "name: " + sp.name()) + ")",
					Outcome.NO_ENDPOINTS, refused, ref, Refs.servicePort(svc, sp));
		}
		if (!sel.notReady().isEmpty()) {
			return p.fail(Step.ENDPOINTS, "no endpoints", "every address in the EndpointSlices of " + svc.ref()
					+ " has conditions.ready: false, and kube-proxy only uses ready endpoints",
					"mark the endpoints ready, or set publishNotReadyAddresses: true", Outcome.NO_ENDPOINTS, refused,
					Ref.of(sel.notReady().get(0).source(), svc.id()));
		}
		EndpointSlice first = slices.get(0);
		return p.fail(Step.ENDPOINTS, "no endpoints", "the EndpointSlices of " + svc.ref() + " list no address for port "
				+ sp.describe() + " (a port number is required too)",
				"add endpoints with addresses to the EndpointSlice " + first.name(), Outcome.NO_ENDPOINTS, refused,
				Refs.doc(first.doc()));
	}

	/** The first Endpoints or unlabelled EndpointSlice, in input order, whose name starts like the Service's. */
	private Optional<Leg.Done> misnamed(Path p, Service svc, String refused) {
		Optional<dev.portpath.sim.parse.Doc> misnamed = java.util.stream.Stream
			.concat(cluster.docsOfKind("Endpoints").stream()
				.filter(x -> !x.name().equals(svc.name())),
					cluster.docsOfKind("EndpointSlice").stream()
						.filter(x -> !x.root().path("metadata", "labels", "kubernetes.io/service-name").present()))
			.filter(x -> x.namespace().equals(svc.namespace()) && x.name().startsWith(svc.name()))
			.min(java.util.Comparator.comparingInt(cluster::position));
		if (misnamed.isEmpty()) {
			return Optional.empty();
		}
		var doc = misnamed.get();
		boolean endpointsObject = doc.kind().equals("Endpoints");
		return Optional.of(p.fail(Step.ENDPOINTS, "no endpoints", svc.ref() + " has no selector, and " + doc.kind() + " "
				+ doc.name() + (endpointsObject ? " is not named exactly like the Service; an Endpoints object"
						+ " belongs to the Service of the same name"
						: " lacks the label kubernetes.io/service-name: " + svc.name()
								+ ", which is what ties a slice to its Service")
				+ ", so the Service has no endpoints",
				endpointsObject ? "rename the Endpoints object to " + svc.name()
						: "add the label kubernetes.io/service-name: " + svc.name() + " to the EndpointSlice",
				Outcome.NO_ENDPOINTS, refused,
				endpointsObject ? Refs.docField(doc, "name", "metadata") : Refs.docField(doc, "labels", "metadata"),
				Refs.service(svc)));
	}

	/** Pods are selected, but none is an endpoint: a named targetPort that resolves in none, or none Ready. */
	private static Leg.Done notEndpoints(Path p, Service svc, ServicePort sp, Selection sel, String refused) {
		if (!sel.unresolved().isEmpty() && sel.notReady().isEmpty()) {
			Pod first = sel.unresolved().get(0);
			String declared = first.describePorts();
			String near = FindPort.nearMiss(first, sp.targetPort().name())
				.map(f -> f.container().kind() == Container.Kind.INIT
						? "; " + f.container().name() + " declares it, but it is a plain init container (no restartPolicy: Always), which FindPort never searches"
						: "; " + f.container().name() + " declares " + f.port().name() + " as " + f.port().protocol()
								+ ", and a named port must match the Service port's protocol (" + sp.protocol() + ")")
				.orElse("");
			return p.fail(Step.ENDPOINTS, "no endpoints", "targetPort " + sp.targetPort().name() + " names no "
					+ sp.protocol() + " port of the " + Texts.podCount(sel.selected().size()) + " " + svc.ref() + " selects"
					+ " (they declare " + declared + ")" + near + "; Kubernetes leaves them out of the endpoints for port "
					+ sp.port(),
					"name the container port " + sp.targetPort().name()
							+ ", or set targetPort to the number the app listens on",
					Outcome.NO_ENDPOINTS, refused, Refs.servicePortField(svc, sp, "targetPort"),
					Refs.podPorts(first));
		}
		Backend nr = sel.notReady().get(0);
		Pod pod = nr.pod().orElseThrow();
		return p.fail(Step.ENDPOINTS, "no endpoints", "the " + Texts.podCount(sel.selected().size()) + " " + svc.ref()
				+ " selects " + (sel.selected().size() == 1 ? "is" : "are") + " not Ready, and kube-proxy only sends to"
				+ " ready endpoints (pod " + pod.name() + " is not Ready: " + pod.notReadyBecause() + ")",
				"fix the readiness probe or the app so the pod becomes Ready, or set publishNotReadyAddresses: true",
				Outcome.NO_ENDPOINTS, refused, Refs.notReady(pod),
				Refs.selector(svc));
	}

	private Leg.Done selectorMatchesNothing(Path p, Service svc, String refused) {
		Map<String, String> selector = svc.selector().get();
		SelectorDiagnosis why = SelectorDiagnosis.of(cluster, svc);
		if (why.kind() == SelectorDiagnosis.Kind.SCALED_TO_ZERO) {
			Workload w = why.workload().get();
			return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + Texts.labels(selector) + " matches the pod template of "
					+ w.ref() + ", but it has replicas: 0, so there are no pods",
					"scale " + w.ref() + " up (replicas: 1 or more)", Outcome.NO_ENDPOINTS, refused,
					Refs.docField(w.doc(), "replicas", "spec"), Refs.selector(svc));
		}
		if (why.kind() == SelectorDiagnosis.Kind.OTHER_NAMESPACE) {
			Workload w = why.workload().get();
			return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + Texts.labels(selector) + " matches pods of " + w.ref()
					+ ", but a Service only selects pods in its own namespace (" + svc.namespace() + ")",
					"create the Service in namespace " + w.namespace() + ", or move the workload to "
							+ svc.namespace(),
					Outcome.NO_ENDPOINTS, refused, Refs.docField(svc.doc(), "namespace", "metadata"),
					Refs.workload(w));
		}
		Optional<Labels.NearMiss> near = why.nearMiss();
		if (near.isPresent()) {
			Labels.NearMiss n = near.get();
			return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + Texts.labels(selector) + " matches no pod in namespace "
					+ svc.namespace() + "; the closest is " + n.workload().ref() + ", whose pods are labelled "
					+ Texts.labels(n.workload().templateLabels()) + " (" + n.difference() + ")",
					"make the selector match the pod template labels (spec.template.metadata.labels) of "
							+ n.workload().ref() + ", or change those labels",
					Outcome.NO_ENDPOINTS, refused, Refs.selectorEntry(svc, n.key()), Refs.templateLabels(n.workload()),
					Refs.selector(svc));
		}
		return p.fail(Step.ENDPOINTS, "no endpoints", "selector " + Texts.labels(selector) + " matches no pod in namespace "
				+ svc.namespace() + " among the manifests", "make the selector match the labels of the pods that serve "
						+ svc.name() + " (spec.template.metadata.labels of their workload)",
				Outcome.NO_ENDPOINTS, refused, Refs.selector(svc));
	}
}
