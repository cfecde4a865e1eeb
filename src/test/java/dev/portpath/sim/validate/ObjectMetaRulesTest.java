package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ValidateObjectMeta (ValidateObjectMetaAccessor for custom resources) on create: every object needs a name, in
 * its kind's format (the ValidateNameFunc of each Validate* function), and generateName is a checked prefix.
 */
class ObjectMetaRulesTest {

	private static final String REQUIRED = "metadata.name: Required value: name or generateName is required";

	private static final String SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

	private static final String LABEL = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

	private static final String NOT_CHECKED = "<nil>: Invalid value: null: some validation rules were not checked because the object was invalid; correct the existing errors to complete validation";

	/** An object of {@code kind} whose metadata is {@code meta} (line 3) and whose body follows from line 4. */
	static String object(String apiVersion, String kind, String meta, String body) {
		return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: " + meta + "\n" + body;
	}

	static String pod(String meta) {
		return object("v1", "Pod", meta, "spec: {containers: [{name: app, image: nginx}]}\n");
	}

	static String deployment(String kind, String meta) {
		return object("apps/v1", kind, meta, "spec:\n  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {labels: {app: web}}\n    spec: {containers: [{name: app, image: nginx}]}\n");
	}

	/** Every kind PortPath reads refuses an object without name and generateName, at the object's first line. */
	static Stream<Arguments> nameRequired() {
		String none = "apiVersion: %s\nkind: %s\n%s";
		return Stream.of(
				bad("pod", none.formatted("v1", "Pod", "spec: {containers: [{name: app, image: nginx}]}\n"),
						"L1 The Pod \"\" is invalid: " + REQUIRED),
				// preAllocIPs: a Service's name is checked first and alone, so its missing ports are not reported.
				bad("service", none.formatted("v1", "Service", "spec: {}\n"), "L1 The Service \"\" is invalid: " + REQUIRED),
				bad("endpoints", none.formatted("v1", "Endpoints", "subsets: []\n"), "L1 The Endpoints \"\" is invalid: " + REQUIRED),
				bad("namespace", none.formatted("v1", "Namespace", ""), "L1 The Namespace \"\" is invalid: " + REQUIRED),
				bad("node", none.formatted("v1", "Node", ""), "L1 The Node \"\" is invalid: " + REQUIRED),
				bad("replication-controller", none.formatted("v1", "ReplicationController", ""),
						"L1 The ReplicationController \"\" is invalid: " + REQUIRED),
				bad("pod-template", none.formatted("v1", "PodTemplate", ""), "L1 The PodTemplate \"\" is invalid: " + REQUIRED),
				bad("deployment", none.formatted("apps/v1", "Deployment", ""), "L1 The Deployment \"\" is invalid: " + REQUIRED),
				bad("stateful-set", none.formatted("apps/v1", "StatefulSet", ""), "L1 The StatefulSet \"\" is invalid: " + REQUIRED),
				bad("daemon-set", none.formatted("apps/v1", "DaemonSet", ""), "L1 The DaemonSet \"\" is invalid: " + REQUIRED),
				bad("replica-set", none.formatted("apps/v1", "ReplicaSet", ""), "L1 The ReplicaSet \"\" is invalid: " + REQUIRED),
				bad("job", none.formatted("batch/v1", "Job", ""), "L1 The Job \"\" is invalid: " + REQUIRED),
				bad("cron-job", none.formatted("batch/v1", "CronJob", ""), "L1 The CronJob \"\" is invalid: " + REQUIRED),
				bad("endpoint-slice", none.formatted("discovery.k8s.io/v1", "EndpointSlice", "addressType: IPv4\nendpoints: []\n"),
						"L1 The EndpointSlice \"\" is invalid: " + REQUIRED),
				bad("ingress", none.formatted("networking.k8s.io/v1", "Ingress",
						"spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}\n"), "L1 The Ingress \"\" is invalid: " + REQUIRED),
				bad("ingress-class", none.formatted("networking.k8s.io/v1", "IngressClass", "spec: {controller: k8s.io/ingress-nginx}\n"),
						"L1 The IngressClass \"\" is invalid: " + REQUIRED),
				bad("network-policy", none.formatted("networking.k8s.io/v1", "NetworkPolicy", "spec: {podSelector: {}}\n"),
						"L1 The NetworkPolicy \"\" is invalid: " + REQUIRED),
				// A custom resource: Required is a blocking error, so the CRD's CEL rules are skipped and said so.
				bad("gateway", none.formatted("gateway.networking.k8s.io/v1", "Gateway",
						"spec:\n  gatewayClassName: nginx\n  listeners: [{name: http, port: 80, protocol: HTTP}]\n"),
						"L1 The Gateway \"\" is invalid: " + REQUIRED, "L1 The Gateway \"\" is invalid: " + NOT_CHECKED),
				// ReferenceGrant's CRD has no CEL rules, so there is no note.
				bad("reference-grant", none.formatted("gateway.networking.k8s.io/v1beta1", "ReferenceGrant",
						"spec:\n  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: web}]\n  to: [{group: \"\", kind: Service}]\n"),
						"L1 The ReferenceGrant \"\" is invalid: " + REQUIRED),
				bad("empty-name-is-no-name", pod("{name: \"\"}"), "L3 The Pod \"\" is invalid: " + REQUIRED),
				bad("null-name-is-no-name", pod("{name: null}"), "L3 The Pod \"\" is invalid: " + REQUIRED),
				ok("kinds-portpath-does-not-read-are-not-judged", "apiVersion: v1\nkind: ConfigMap\ndata: {a: b}\n"));
	}

	/** Each kind's ValidateNameFunc: NameIsDNSSubdomain, or NameIsDNSLabel for namespaces and StatefulSets. */
	static Stream<Arguments> nameFormat() {
		return Stream.of(
				bad("pod-name-upper-case", pod("{name: Web}"),
						"L3 The Pod \"Web\" is invalid: metadata.name: Invalid value: \"Web\": " + SUBDOMAIN),
				bad("pod-name-254-chars", pod("{name: " + "a".repeat(254) + "}"),
						"L3 The Pod \"" + "a".repeat(254) + "\" is invalid: metadata.name: Invalid value: \"" + "a".repeat(254)
								+ "\": must be no more than 253 characters"),
				ok("pod-name-with-dots", pod("{name: web.v1}")),
				ok("pod-name-digit-first", pod("{name: 1web}")),
				bad("namespace-name-with-dot", object("v1", "Namespace", "{name: team.a}", ""),
						"L3 The Namespace \"team.a\" is invalid: metadata.name: Invalid value: \"team.a\": must not contain dots"),
				bad("namespace-name-underscore", object("v1", "Namespace", "{name: team_a}", ""),
						"L3 The Namespace \"team_a\" is invalid: metadata.name: Invalid value: \"team_a\": " + LABEL),
				ok("namespace-name-digit-first", object("v1", "Namespace", "{name: 2024-q1}", "")),
				bad("stateful-set-name-with-dot", deployment("StatefulSet", "{name: db.v1}"),
						"L3 The StatefulSet \"db.v1\" is invalid: metadata.name: Invalid value: \"db.v1\": must not contain dots"),
				ok("deployment-name-with-dot", deployment("Deployment", "{name: web.v1}")),
				bad("service-name-with-dot", Cases.svc("ports: [{port: 80}]").replace("{name: web}", "{name: web.v1}"),
						"L3 The Service \"web.v1\" is invalid: metadata.name: Invalid value: \"web.v1\": must not contain dots"),
				// preAllocIPs: the name error stops the create, so the bad port is not reported.
				bad("service-name-error-comes-alone", Cases.svc("ports: [{port: 0}]").replace("{name: web}", "{name: Web}"),
						"L3 The Service \"Web\" is invalid: metadata.name: Invalid value: \"Web\": " + LABEL),
				bad("ingress-name-upper-case", object("networking.k8s.io/v1", "Ingress", "{name: Shop}",
						"spec: {defaultBackend: {service: {name: web, port: {number: 80}}}}\n"),
						"L3 The Ingress \"Shop\" is invalid: metadata.name: Invalid value: \"Shop\": " + SUBDOMAIN),
				// ValidateObjectMetaAccessor(NameIsDNSSubdomain) for custom resources; not blocking, so CEL still runs.
				bad("http-route-name-upper-case", object("gateway.networking.k8s.io/v1", "HTTPRoute", "{name: Shop}",
						"spec: {parentRefs: [{name: gw}]}\n"),
						"L3 The HTTPRoute \"Shop\" is invalid: metadata.name: Invalid value: \"Shop\": " + SUBDOMAIN),
				// ValidateCronJobCreate: the controller names its Jobs after the CronJob plus an 11-character suffix.
				bad("cron-job-name-53-chars", object("batch/v1", "CronJob", "{name: " + "a".repeat(53) + "}", ""),
						"L3 The CronJob \"" + "a".repeat(53) + "\" is invalid: metadata.name: Invalid value: \"" + "a".repeat(53)
								+ "\": must be no more than 52 characters"),
				ok("cron-job-name-52-chars", object("batch/v1", "CronJob", "{name: " + "a".repeat(52) + "}", "")),
				bad("decode-error-wins", pod("{name: [web]}"),
						"L3 Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal array into Go struct field ObjectMeta.metadata.name of type string"));
	}

	/**
	 * generateName: the prefix is checked with maskTrailingDash, and the name SimpleNameGenerator makes from it is
	 * what the object is called in messages (deterministic in PortPath, see GeneratedNamesTest).
	 */
	static Stream<Arguments> generateName() {
		return Stream.of(
				ok("generate-name-instead-of-name", pod("{generateName: web-}")),
				ok("name-and-generate-name", pod("{name: web, generateName: web-}")),
				bad("generated-name-in-messages", Cases.POD_HEAD.replace("{name: web}", "{generateName: web-}") + "    - containerPort: 0\n",
						"L9 The Pod \"web-vstkj\" is invalid: spec.containers[0].ports[0].containerPort: Required value"),
				// The generated name is checked too, and blamed on the prefix's line.
				bad("generate-name-upper-case", pod("{generateName: Web-}"),
						"L3 The Pod \"Web-bp8p4\" is invalid: metadata.generateName: Invalid value: \"Web-\": " + SUBDOMAIN,
						"L3 The Pod \"Web-bp8p4\" is invalid: metadata.name: Invalid value: \"Web-bp8p4\": " + SUBDOMAIN),
				bad("generate-name-on-its-own-line", "apiVersion: v1\nkind: Pod\nmetadata:\n  labels: {app: web}\n  generateName: Web-\nspec: {}\n",
						"L5 The Pod \"Web-bp8p4\" is invalid: metadata.generateName: Invalid value: \"Web-\": " + SUBDOMAIN,
						"L5 The Pod \"Web-bp8p4\" is invalid: metadata.name: Invalid value: \"Web-bp8p4\": " + SUBDOMAIN),
				bad("generate-name-with-name-still-checked", pod("{name: web, generateName: Web-}"),
						"L3 The Pod \"web\" is invalid: metadata.generateName: Invalid value: \"Web-\": " + SUBDOMAIN),
				// The prefix ends in '.', which maskTrailingDash leaves alone, so it fails as a label; the name has a dot.
				bad("generate-name-of-a-namespace-with-dot", object("v1", "Namespace", "{generateName: team.}", ""),
						"L3 The Namespace \"team.8wpnn\" is invalid: metadata.generateName: Invalid value: \"team.\": " + LABEL,
						"L3 The Namespace \"team.8wpnn\" is invalid: metadata.name: Invalid value: \"team.8wpnn\": must not contain dots"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "nameRequired", "nameFormat", "generateName" })
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
