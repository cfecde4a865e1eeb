package dev.portpath.sim.validate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import dev.portpath.sim.parse.Kinds;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YSeq;

/**
 * Unknown fields next to port fields, refused as the API server's strict decoder refuses them: kubectl's
 * {@code --validate} defaults to {@code strict} (k8s.io/kubectl {@code AddValidateFlags}) for apply, create and
 * replace, so the request carries {@code fieldValidation=Strict} and a {@code targetport:} (lower case) fails the
 * whole object with {@code strict decoding error: unknown field "spec.ports[0].targetport"}. With
 * {@code --validate=warn}, or a client that sends no fieldValidation (the API server's default is then Warn),
 * the object is accepted and the field dropped with {@code Warning: unknown field ...}; the fix says so.
 * <p>
 * Not a schema: a table of the fields of the Go structs (and Gateway API CRD types) that carry ports, read from
 * kubernetes/api and gateway-api, unchanged between 1.35 and 1.36: the Service spec and its ports, every
 * container of a pod or pod template and its ports, NetworkPolicy rules and ports, Ingress paths and backends,
 * Gateway listeners, route parentRefs and backendRefs. Everything else (metadata with its managedFields and
 * annotations, status, other fields of a pod spec) is not looked at. A YAML merge key ({@code <<}) is skipped:
 * kubectl's YAML reader merges it away.
 */
final class UnknownFields {

	/** A Go struct's JSON field names, in declaration order, and hints for the names people write instead. */
	record Struct(String name, List<String> fields, Set<String> known, Map<String, String> hints) {

		/** {@code known}: the same names as a set, to look a key up without walking the list (every key is looked up). */
		Struct(String name, List<String> fields, Map<String, String> hints) {
			this(name, fields, Set.copyOf(fields), hints);
		}

		boolean has(String field) {
			return known.contains(field);
		}
	}

	private static final String INTO_PORTS = "it belongs in an item of spec.ports: ports: [{port: 80, targetPort: 8080}]";

	private static final String CONTAINER_PORTS = "did you mean ports? A container lists its ports as ports: [{containerPort: 8080}]";

	static final Struct SERVICE_SPEC = new Struct("ServiceSpec", List.of("ports", "selector", "clusterIP", "clusterIPs",
			"type", "externalIPs", "sessionAffinity", "loadBalancerIP", "loadBalancerSourceRanges", "externalName",
			"externalTrafficPolicy", "healthCheckNodePort", "publishNotReadyAddresses", "sessionAffinityConfig",
			"ipFamilies", "ipFamilyPolicy", "allocateLoadBalancerNodePorts", "loadBalancerClass", "internalTrafficPolicy",
			"trafficDistribution"),
			Map.of("port", INTO_PORTS, "targetport", INTO_PORTS, "nodeport", INTO_PORTS, "containerport", INTO_PORTS,
					"protocol", INTO_PORTS, "topologykeys", "topologyKeys was removed in Kubernetes 1.22: use trafficDistribution",
					"ipfamily", "ipFamily was replaced by ipFamilies (a list) and ipFamilyPolicy in Kubernetes 1.20"));

	static final Struct SERVICE_PORT = new Struct("ServicePort",
			List.of("name", "protocol", "appProtocol", "port", "targetPort", "nodePort"),
			Map.of("containerport", "did you mean targetPort? A Service port sends to the pods' port through targetPort",
					"serviceport", "did you mean port?", "portname", "did you mean name?"));

	private static final List<String> CONTAINER_FIELDS = List.of("name", "image", "command", "args", "workingDir", "ports",
			"envFrom", "env", "resources", "resizePolicy", "restartPolicy", "restartPolicyRules", "volumeMounts",
			"volumeDevices", "livenessProbe", "readinessProbe", "startupProbe", "lifecycle", "terminationMessagePath",
			"terminationMessagePolicy", "imagePullPolicy", "securityContext", "stdin", "stdinOnce", "tty");

	private static final Map<String, String> CONTAINER_HINTS = Map.of("containerport", CONTAINER_PORTS, "containerports",
			CONTAINER_PORTS, "port", CONTAINER_PORTS, "hostport", CONTAINER_PORTS, "targetport", CONTAINER_PORTS,
			"expose", CONTAINER_PORTS, "exposedports", CONTAINER_PORTS);

	static final Struct CONTAINER = new Struct("Container", CONTAINER_FIELDS, CONTAINER_HINTS);

	static final Struct EPHEMERAL_CONTAINER = new Struct("EphemeralContainer",
			concat(CONTAINER_FIELDS, "targetContainerName"), CONTAINER_HINTS);

	static final Struct CONTAINER_PORT = new Struct("ContainerPort",
			List.of("name", "hostPort", "containerPort", "protocol", "hostIP"),
			Map.of("port", "did you mean containerPort?", "targetport", "did you mean containerPort?", "number",
					"did you mean containerPort?", "portname", "did you mean name?"));

	static final Struct POLICY_INGRESS_RULE = new Struct("NetworkPolicyIngressRule", List.of("ports", "from"),
			Map.of("port", "did you mean ports? Allowed ports are a list: ports: [{port: 8080}]"));

	static final Struct POLICY_EGRESS_RULE = new Struct("NetworkPolicyEgressRule", List.of("ports", "to"),
			Map.of("port", "did you mean ports? Allowed ports are a list: ports: [{port: 8080}]"));

	static final Struct POLICY_PORT = new Struct("NetworkPolicyPort", List.of("protocol", "port", "endPort"),
			Map.of("targetport", "did you mean port? A policy names the pod's port itself",
					"containerport", "did you mean port? A policy names the pod's port itself", "number", "did you mean port?"));

	private static final String V1_BACKEND = "the networking.k8s.io/v1 backend is service: {name: web, port: {number: 80}}"
			+ " (serviceName and servicePort were networking.k8s.io/v1beta1, removed in Kubernetes 1.22)";

	static final Struct INGRESS_PATH = new Struct("HTTPIngressPath", List.of("path", "pathType", "backend"),
			Map.of("servicename", V1_BACKEND, "serviceport", V1_BACKEND, "service", "it belongs under backend: " + V1_BACKEND));

	static final Struct INGRESS_BACKEND = new Struct("IngressBackend", List.of("service", "resource"),
			Map.of("servicename", V1_BACKEND, "serviceport", V1_BACKEND, "name", V1_BACKEND, "port", V1_BACKEND));

	static final Struct INGRESS_SERVICE = new Struct("IngressServiceBackend", List.of("name", "port"),
			Map.of("number", "did you mean port: {number: 80}?", "servicename", "did you mean name?", "serviceport",
					"did you mean port: {number: 80}?"));

	static final Struct INGRESS_SERVICE_PORT = new Struct("ServiceBackendPort", List.of("name", "number"),
			Map.of("port", "did you mean number?", "portnumber", "did you mean number?", "portname", "did you mean name?"));

	static final Struct LISTENER = new Struct("Listener",
			List.of("name", "hostname", "port", "protocol", "tls", "allowedRoutes"), Map.of());

	static final Struct PARENT_REF = new Struct("ParentReference",
			List.of("group", "kind", "namespace", "name", "sectionName", "port"),
			Map.of("listener", "did you mean sectionName (the listener's name)?", "listenername",
					"did you mean sectionName (the listener's name)?"));

	private static final Map<String, String> BACKEND_HINTS = Map.of("serviceport", "did you mean port?", "targetport",
			"did you mean port? A backendRef names the Service's port", "number", "did you mean port?", "servicename",
			"did you mean name?");

	static final Struct BACKEND_REF = new Struct("BackendRef",
			List.of("group", "kind", "name", "namespace", "port", "weight"), BACKEND_HINTS);

	static final Struct FILTERED_BACKEND_REF = new Struct("HTTPBackendRef",
			List.of("group", "kind", "name", "namespace", "port", "weight", "filters"), BACKEND_HINTS);

	private static final String GATEWAY_GROUP = "gateway.networking.k8s.io/";

	private UnknownFields() {
	}

	/** Looks for unknown fields in the port-carrying parts of one object of a kind PortPath validates. */
	static void check(Report r, At root, String apiVersion, String kind) {
		switch (apiVersion) {
			case "v1" -> core(r, root, kind);
			case "apps/v1" -> {
				if (List.of("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet").contains(kind)) {
					podSpec(r, root.child("spec").child("template").child("spec"));
				}
			}
			case "batch/v1" -> {
				if (kind.equals("Job")) {
					podSpec(r, root.child("spec").child("template").child("spec"));
				}
				else if (kind.equals("CronJob")) {
					podSpec(r, root.child("spec").child("jobTemplate").child("spec").child("template").child("spec"));
				}
			}
			case "networking.k8s.io/v1" -> networking(r, root, kind);
			default -> {
				if (apiVersion.startsWith(GATEWAY_GROUP)) {
					gateway(r, root.child("spec"), kind);
				}
			}
		}
	}

	private static void core(Report r, At root, String kind) {
		switch (kind) {
			case "Service" -> {
				At spec = root.child("spec");
				fields(r, spec, SERVICE_SPEC, false);
				each(spec.child("ports"), port -> fields(r, port, SERVICE_PORT, false));
			}
			case "Pod" -> podSpec(r, root.child("spec"));
			case "PodTemplate" -> podSpec(r, root.child("template").child("spec"));
			case "ReplicationController" -> podSpec(r, root.child("spec").child("template").child("spec"));
			default -> {
			}
		}
	}

	/** Every container of a pod spec, and each one's ports. */
	private static void podSpec(Report r, At spec) {
		for (String list : List.of("containers", "initContainers", "ephemeralContainers")) {
			Struct struct = list.equals("ephemeralContainers") ? EPHEMERAL_CONTAINER : CONTAINER;
			each(spec.child(list), c -> {
				fields(r, c, struct, false);
				each(c.child("ports"), port -> fields(r, port, CONTAINER_PORT, false));
			});
		}
	}

	private static void networking(Report r, At root, String kind) {
		At spec = root.child("spec");
		if (kind.equals("NetworkPolicy")) {
			each(spec.child("ingress"), rule -> {
				fields(r, rule, POLICY_INGRESS_RULE, false);
				each(rule.child("ports"), port -> fields(r, port, POLICY_PORT, false));
			});
			each(spec.child("egress"), rule -> {
				fields(r, rule, POLICY_EGRESS_RULE, false);
				each(rule.child("ports"), port -> fields(r, port, POLICY_PORT, false));
			});
		}
		else if (kind.equals("Ingress")) {
			ingressBackend(r, spec.child("defaultBackend"));
			each(spec.child("rules"), rule -> each(rule.child("http").child("paths"), path -> {
				fields(r, path, INGRESS_PATH, false);
				ingressBackend(r, path.child("backend"));
			}));
		}
	}

	private static void ingressBackend(Report r, At backend) {
		fields(r, backend, INGRESS_BACKEND, false);
		At service = backend.child("service");
		fields(r, service, INGRESS_SERVICE, false);
		fields(r, service.child("port"), INGRESS_SERVICE_PORT, false);
	}

	/** Gateway API kinds are custom resources: the pruning decoder reports their unknown fields in sorted order. */
	private static void gateway(Report r, At spec, String kind) {
		if (kind.equals("Gateway")) {
			each(spec.child("listeners"), l -> fields(r, l, LISTENER, true));
			return;
		}
		if (!Kinds.ROUTES.contains(kind)) {
			return;
		}
		each(spec.child("parentRefs"), p -> fields(r, p, PARENT_REF, true));
		Struct backendRef = kind.equals("HTTPRoute") || kind.equals("GRPCRoute") ? FILTERED_BACKEND_REF : BACKEND_REF;
		each(spec.child("rules"), rule -> each(rule.child("backendRefs"), b -> fields(r, b, backendRef, true)));
	}

	private static void each(At list, Consumer<At> item) {
		if (list.node() instanceof YSeq seq) {
			for (int i = 0; i < seq.items().size(); i++) {
				item.accept(list.index(i, seq.items().get(i)));
			}
		}
	}

	/** Reports each key of the mapping at {@code at} that {@code struct} does not have; anything else is left alone. */
	private static void fields(Report r, At at, Struct struct, boolean customResource) {
		if (!(at.node() instanceof YMap m)) {
			return;
		}
		for (String key : m.entries().keySet()) {
			if (!struct.has(key) && !key.equals("<<")) {
				r.unknownField(at.child(key), customResource, fix(key, struct));
			}
		}
	}

	/** The hint for an unknown key: the field it differs from only in case, a known slip, or a near spelling. */
	static String fix(String key, Struct struct) {
		String dropped = " (with kubectl apply --validate=warn the API server would instead drop it with a warning,"
				+ " as if it were not written)";
		String lower = key.toLowerCase(Locale.ROOT);
		for (String f : struct.fields()) {
			if (f.toLowerCase(Locale.ROOT).equals(lower)) {
				return "write " + f + ": field names are case-sensitive" + dropped;
			}
		}
		String hint = struct.hints().get(lower);
		if (hint != null) {
			return hint + dropped;
		}
		String near = nearest(lower, struct.fields());
		if (!near.isEmpty()) {
			return "did you mean " + near + "?" + dropped;
		}
		return "remove it: the fields of a " + struct.name() + " are " + String.join(", ", struct.fields()) + dropped;
	}

	/** The field a few edits away from {@code key} (at most 2, and at most a third of its length), or empty. */
	private static String nearest(String key, List<String> fields) {
		if (key.length() > 64) {
			return "";
		}
		String best = "";
		int bestDistance = Math.min(2, Math.max(1, key.length() / 3)) + 1;
		for (String f : fields) {
			int d = dev.portpath.sim.Words.distance(key, f.toLowerCase(Locale.ROOT));
			if (d < bestDistance) {
				best = f;
				bestDistance = d;
			}
		}
		return best;
	}

	private static List<String> concat(List<String> a, String b) {
		java.util.ArrayList<String> out = new java.util.ArrayList<>(a);
		out.add(b);
		return List.copyOf(out);
	}
}
