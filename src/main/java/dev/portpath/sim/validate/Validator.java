package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.trace.ApiError;

/**
 * What the API server (v1.35 or v1.36, by its {@link FeatureGates}) would reject about names, ports, Service
 * shapes, Ingresses, NetworkPolicies and Gateway API objects, in its own words. Objects are created in input
 * order against one simulated cluster, so a node port or cluster IP taken by an earlier Service is reported on
 * the later one, and an object with {@code generateName} is named first ({@link GeneratedNames}). An object
 * without kind or apiVersion is refused as kubectl refuses it ({@link TypeMetaRules}); unknown fields next to port
 * fields as the strict decoder refuses them ({@link UnknownFields}). Unknown kinds and CRDs other than the Gateway
 * API ones are ignored. Results come in document order, then line order.
 */
public final class Validator {

	/** The Gateway API group; its kinds are CRDs, validated by their OpenAPI schema and CEL rules. */
	private static final String GATEWAY_GROUP = "gateway.networking.k8s.io";

	private final dev.portpath.sim.parse.Budget budget;

	private final FeatureGates gates;

	public Validator(dev.portpath.sim.parse.Budget budget, FeatureGates gates) {
		this.budget = budget;
		this.gates = gates;
	}

	public Validator(dev.portpath.sim.parse.Budget budget) {
		this(budget, FeatureGates.DEFAULT);
	}

	public Validator() {
		this(dev.portpath.sim.parse.Budget.unlimited());
	}

	/** One step from an object to its pod spec: the field, the Go struct holding it, and its Go type. */
	private record Step(String field, String struct, String goType) {
	}

	/**
	 * Validates every object in order. A rule that fails on an object is a bug in PortPath, not a verdict on
	 * the object: it is raised as a {@link Crash} that names the object's line, never swallowed, so tests
	 * see it and a user gets a clear message instead of an object silently left unjudged.
	 */
	public List<ApiError> validate(List<Doc> docs) {
		Session session = session();
		docs.forEach(session::accept);
		return session.errors();
	}

	/** Validation one object at a time, in input order: the engine validates each object as it is read. */
	public Session session() {
		return new Session();
	}

	/**
	 * Objects validated so far against one simulated cluster. Each is judged right after the loader composes
	 * it, while its tree is still in the processor's cache: a second pass over a large paste, after all of it
	 * was read, found every object evicted and took twice as long.
	 */
	public final class Session {

		private final ServiceAllocator cluster = new ServiceAllocator();

		private final GeneratedNames.Namer names = new GeneratedNames.Namer();

		private final List<ApiError> out = new ArrayList<>();

		private Session() {
		}

		/** Validates the next object; returns it under the name the API server gives it. */
		public Doc accept(Doc written) {
			Doc doc = names.name(written);
			budget.tick();
			Report report = new Report(doc, gates);
			try {
				if (TypeMetaRules.check(doc, report)) {
					check(doc, report, cluster);
				}
			}
			catch (RuntimeException | StackOverflowError ex) {
				throw new Crash(doc.loc(), ex);
			}
			out.addAll(report.result());
			return doc;
		}

		/** What the API server rejects among the objects so far, in document order, then line order. */
		public List<ApiError> errors() {
			return out;
		}
	}

	/** A validation rule failed on the object at {@code at}. */
	public static final class Crash extends RuntimeException {

		private final transient dev.portpath.sim.parse.Loc at;

		Crash(dev.portpath.sim.parse.Loc at, Throwable cause) {
			super("validation failed on the object at " + at, cause);
			this.at = at;
		}

		public dev.portpath.sim.parse.Loc at() {
			return at;
		}
	}

	/**
	 * Checks the object's names, then sends it to the rules of its API group; kinds without rules here are
	 * accepted as they are. A Service checks its own name, before anything is allocated for it.
	 */
	private static void check(Doc doc, Report r, ServiceAllocator cluster) {
		String apiVersion = doc.apiVersion();
		At root = At.root(doc);
		UnknownFields.check(r, root, apiVersion, doc.kind());
		ObjectMetaRules.format(apiVersion, doc.kind()).ifPresent(f -> ObjectMetaRules.check(r, root, f));
		switch (apiVersion) {
			case "v1" -> core(doc.kind(), r, root, cluster);
			case "apps/v1" -> apps(doc.kind(), r, root);
			case "batch/v1" -> batch(doc.kind(), r, root);
			case "discovery.k8s.io/v1" -> {
				if (doc.kind().equals("EndpointSlice")) {
					EndpointRules.endpointSlice(r, root);
				}
			}
			case "networking.k8s.io/v1" -> networking(doc.kind(), r, root);
			default -> {
				if (apiVersion.startsWith(GATEWAY_GROUP + "/")) {
					GatewayRules.check(r, root, doc.kind(), apiVersion.substring(GATEWAY_GROUP.length() + 1));
				}
			}
		}
	}

	/** The core group (v1): Pods and pod templates, Services, Endpoints. */
	private static void core(String kind, Report r, At root, ServiceAllocator cluster) {
		switch (kind) {
			case "Pod" -> podSpec(r, root, true, new Step("spec", "Pod", "v1.PodSpec"));
			case "PodTemplate" -> podSpec(r, root, false, new Step("template", "PodTemplate", "v1.PodTemplateSpec"),
					new Step("spec", "PodTemplateSpec", "v1.PodSpec"));
			case "ReplicationController" -> podSpec(r, root, false,
					new Step("spec", "ReplicationController", "v1.ReplicationControllerSpec"),
					new Step("template", "ReplicationControllerSpec", "v1.PodTemplateSpec"),
					new Step("spec", "PodTemplateSpec", "v1.PodSpec"));
			case "Service" -> ServiceRules.check(r, root, cluster);
			case "Endpoints" -> EndpointRules.endpoints(r, root);
			default -> {
			}
		}
	}

	/** apps/v1: the workloads, each with a pod template under {@code spec.template}. */
	private static void apps(String kind, Report r, At root) {
		if (List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet").contains(kind)) {
			podSpec(r, root, false, new Step("spec", kind, "v1." + kind + "Spec"),
					new Step("template", kind + "Spec", "v1.PodTemplateSpec"),
					new Step("spec", "PodTemplateSpec", "v1.PodSpec"));
		}
	}

	/** batch/v1: a Job's pod template, and a CronJob's one level deeper in its job template. */
	private static void batch(String kind, Report r, At root) {
		if (kind.equals("Job")) {
			podSpec(r, root, false, new Step("spec", "Job", "v1.JobSpec"),
					new Step("template", "JobSpec", "v1.PodTemplateSpec"),
					new Step("spec", "PodTemplateSpec", "v1.PodSpec"));
		}
		else if (kind.equals("CronJob")) {
			podSpec(r, root, false, new Step("spec", "CronJob", "v1.CronJobSpec"),
					new Step("jobTemplate", "CronJobSpec", "v1.JobTemplateSpec"),
					new Step("spec", "JobTemplateSpec", "v1.JobSpec"),
					new Step("template", "JobSpec", "v1.PodTemplateSpec"),
					new Step("spec", "PodTemplateSpec", "v1.PodSpec"));
		}
	}

	/** networking.k8s.io/v1: Ingress, IngressClass, NetworkPolicy. */
	private static void networking(String kind, Report r, At root) {
		switch (kind) {
			case "Ingress" -> IngressRules.ingress(r, root);
			case "IngressClass" -> IngressRules.ingressClass(r, root);
			case "NetworkPolicy" -> NetworkPolicyRules.check(r, root);
			default -> {
			}
		}
	}

	/** Walks to the pod spec (reporting a wrong type on the way as the decoder would) and checks its ports. */
	private static void podSpec(Report r, At root, boolean isPod, Step... steps) {
		At at = root;
		for (Step step : steps) {
			at = at.child(step.field());
			if (!Json.object(r, at, step.struct(), step.goType())) {
				return;
			}
		}
		ContainerPortRules.check(r, at, isPod);
	}
}
