package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static dev.portpath.sim.validate.Cases.pod;
import static dev.portpath.sim.validate.Cases.svc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.portpath.sim.trace.ApiError;

/**
 * Unknown fields next to port fields. kubectl's --validate defaults to strict (AddValidateFlags in
 * k8s.io/kubectl), so apply and create send fieldValidation=Strict and the API server's strict decoder
 * refuses the object: this is an API error, not a warning (with --validate=warn it would be a warning and the
 * field dropped; the fix says so).
 */
class UnknownFieldsTest {

	private static final String SVC = "Service in version \"v1\" cannot be handled as a Service: strict decoding error: unknown field ";

	private static final String POD = "Pod in version \"v1\" cannot be handled as a Pod: strict decoding error: unknown field ";

	static Stream<Arguments> servicePorts() {
		return Stream.of(
				bad("target-port-lower-case", svc("ports:\n- port: 80\n  targetport: 8080"),
						"L7 " + SVC + "\"spec.ports[0].targetport\""),
				bad("port-misspelt-prot", svc("ports:\n- prot: 80"), "L6 " + SVC + "\"spec.ports[0].prot\""),
				bad("node-port-lower-case", svc("type: NodePort\nports:\n- port: 80\n  nodeport: 30080"),
						"L8 " + SVC + "\"spec.ports[0].nodeport\""),
				bad("target-ports-plural", svc("ports:\n- port: 80\n  targetPorts: 8080"),
						"L7 " + SVC + "\"spec.ports[0].targetPorts\""),
				bad("container-port-in-a-service", svc("ports:\n- port: 80\n  containerPort: 8080"),
						"L7 " + SVC + "\"spec.ports[0].containerPort\""),
				bad("target-port-at-spec-level", svc("targetPort: 8080\nports:\n- port: 80"),
						"L5 " + SVC + "\"spec.targetPort\""),
				bad("removed-topology-keys", svc("topologyKeys: [\"*\"]\nports:\n- port: 80"), "L5 " + SVC + "\"spec.topologyKeys\""),
				bad("two-unknown-fields-in-decoder-order", svc("ports:\n- port: 80\n  targetport: 8080\n- port: 81\n  Name: b\n  Protocol: TCP"),
						"L7 " + SVC + "\"spec.ports[0].targetport\"", "L9 " + SVC + "\"spec.ports[1].Name\"",
						"L10 " + SVC + "\"spec.ports[1].Protocol\""),
				ok("every-service-port-field", svc("type: NodePort\nports:\n- {name: a, protocol: TCP, appProtocol: http, port: 80, targetPort: 8080, nodePort: 30080}")),
				ok("every-service-spec-field-of-a-dump", svc("""
						selector: {app: web}
						clusterIP: 10.96.0.10
						clusterIPs: [10.96.0.10]
						type: ClusterIP
						sessionAffinity: None
						ipFamilies: [IPv4]
						ipFamilyPolicy: SingleStack
						internalTrafficPolicy: Cluster
						publishNotReadyAddresses: false
						trafficDistribution: PreferClose
						ports:
						- {name: http, protocol: TCP, port: 80, targetPort: 8080}""")));
	}

	static Stream<Arguments> containers() {
		String deployment = """
				apiVersion: apps/v1
				kind: Deployment
				metadata: {name: web}
				spec:
				  selector: {matchLabels: {app: web}}
				  template:
				    metadata: {labels: {app: web}}
				    spec:
				      containers:
				      - name: app
				        image: nginx
				%s""";
		return Stream.of(
				bad("container-port-lower-case", pod("- containerport: 8080"), "L9 " + POD + "\"spec.containers[0].ports[0].containerport\""),
				bad("host-port-lower-case", pod("- containerPort: 8080\n  hostport: 80"),
						"L10 " + POD + "\"spec.containers[0].ports[0].hostport\""),
				bad("container-ports-at-container-level", deployment.formatted("        containerPorts: [{containerPort: 8080}]\n"),
						"L12 Deployment in version \"v1\" cannot be handled as a Deployment: strict decoding error: unknown field \"spec.template.spec.containers[0].containerPorts\""),
				bad("init-container-port-typo", """
						apiVersion: v1
						kind: Pod
						metadata: {name: web}
						spec:
						  containers: [{name: app}]
						  initContainers:
						  - name: sidecar
						    restartPolicy: Always
						    ports: [{containerPort: 9000, protocl: TCP}]
						""", "L9 " + POD + "\"spec.initContainers[0].ports[0].protocl\""),
				bad("cronjob-container-port-typo", """
						apiVersion: batch/v1
						kind: CronJob
						metadata: {name: job}
						spec:
						  schedule: "* * * * *"
						  jobTemplate:
						    spec:
						      template:
						        spec:
						          containers:
						          - name: app
						            ports: [{containerport: 80}]
						""", "L12 CronJob in version \"v1\" cannot be handled as a CronJob: strict decoding error: unknown field \"spec.jobTemplate.spec.template.spec.containers[0].ports[0].containerport\""),
				ok("every-container-port-field", pod("- {name: http, hostPort: 80, containerPort: 8080, protocol: TCP, hostIP: 10.0.0.1}")),
				ok("every-container-field", deployment.formatted("""
						        command: [nginx]
						        args: [-g]
						        workingDir: /
						        ports: [{containerPort: 80}]
						        envFrom: []
						        env: []
						        resources: {}
						        resizePolicy: []
						        volumeMounts: []
						        volumeDevices: []
						        livenessProbe: {tcpSocket: {port: 80}}
						        readinessProbe: {tcpSocket: {port: 80}}
						        startupProbe: {tcpSocket: {port: 80}}
						        lifecycle: {}
						        terminationMessagePath: /dev/termination-log
						        terminationMessagePolicy: File
						        imagePullPolicy: Always
						        securityContext: {}
						        stdin: false
						        stdinOnce: false
						        tty: false
						""")),
				// only the containers and their ports are judged: other parts of a pod spec are left alone
				ok("unknown-fields-elsewhere-are-not-judged", deployment.formatted("        resources: {limitz: {cpu: 1}}\n")));
	}

	static Stream<Arguments> networking() {
		String ingress = """
				apiVersion: networking.k8s.io/v1
				kind: Ingress
				metadata: {name: web}
				spec:
				  rules:
				  - http:
				      paths:
				      - path: /
				        pathType: Prefix
				        backend:
				%s""";
		String policy = """
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata: {name: p}
				spec:
				  podSelector: {}
				  ingress:
				  - ports:
				%s""";
		String ing = "Ingress in version \"v1\" cannot be handled as a Ingress: strict decoding error: unknown field ";
		return Stream.of(
				bad("ingress-v1beta1-backend-fields", ingress.formatted("          serviceName: web\n          servicePort: 80\n"),
						"L11 " + ing + "\"spec.rules[0].http.paths[0].backend.serviceName\"",
						"L12 " + ing + "\"spec.rules[0].http.paths[0].backend.servicePort\""),
				bad("ingress-service-port-written-as-port", ingress.formatted("          service: {name: web, port: {port: 80}}\n"),
						"L11 " + ing + "\"spec.rules[0].http.paths[0].backend.service.port.port\""),
				ok("ingress-service-port-number", ingress.formatted("          service: {name: web, port: {number: 80}}\n")),
				bad("policy-port-lower-case-end-port", policy.formatted("    - {port: 8000, endport: 9000}\n"),
						"L8 NetworkPolicy in version \"v1\" cannot be handled as a NetworkPolicy: strict decoding error: unknown field \"spec.ingress[0].ports[0].endport\""),
				ok("policy-port-fields", policy.formatted("    - {protocol: TCP, port: 8000, endPort: 9000}\n")));
	}

	static Stream<Arguments> gatewayApi() {
		String gw = "Gateway in version \"v1\" cannot be handled as a Gateway: strict decoding error: unknown field ";
		String route = "HTTPRoute in version \"v1\" cannot be handled as a HTTPRoute: strict decoding error: unknown field ";
		return Stream.of(
				bad("listener-port-typo", """
						apiVersion: gateway.networking.k8s.io/v1
						kind: Gateway
						metadata: {name: gw}
						spec:
						  gatewayClassName: x
						  listeners:
						  - {name: http, prot: 80, protocol: HTTP}
						""", "L7 " + gw + "\"spec.listeners[0].prot\""),
				// custom resources: the pruning decoder reports the paths sorted as text
				bad("route-backend-service-port-sorted-as-text", """
						apiVersion: gateway.networking.k8s.io/v1
						kind: HTTPRoute
						metadata: {name: r}
						spec:
						  parentRefs: [{name: gw, listener: http}]
						  rules:
						  - backendRefs: [{name: web, servicePort: 80}]
						""", "L5 " + route + "\"spec.parentRefs[0].listener\"", "L7 " + route + "\"spec.rules[0].backendRefs[0].servicePort\""),
				ok("route-backend-fields", """
						apiVersion: gateway.networking.k8s.io/v1
						kind: HTTPRoute
						metadata: {name: r}
						spec:
						  parentRefs: [{group: gateway.networking.k8s.io, kind: Gateway, namespace: default, name: gw, sectionName: http, port: 80}]
						  rules:
						  - backendRefs: [{group: "", kind: Service, name: web, namespace: default, port: 80, weight: 1, filters: []}]
						"""));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "servicePorts", "containers", "networking", "gatewayApi" })
	void unknownFieldsAreRefusedAsStrictDecodingDoes(String rule, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}

	@Test
	void theFixSaysWhichFieldWasMeant() {
		assertThat(fix(svc("ports:\n- port: 80\n  targetport: 8080"))).startsWith("write targetPort: field names are case-sensitive");
		assertThat(fix(svc("ports:\n- prot: 80"))).startsWith("did you mean port?");
		assertThat(fix(svc("ports:\n- port: 80\n  targetPorts: 8080"))).startsWith("did you mean targetPort?");
		assertThat(fix(svc("ports:\n- port: 80\n  containerPort: 8080"))).startsWith("did you mean targetPort?");
		assertThat(fix(svc("port: 80"))).startsWith("it belongs in an item of spec.ports");
		assertThat(fix(pod("- containerPort: 80\n  hostip: 10.0.0.1"))).startsWith("write hostIP");
		assertThat(fix(svc("ports:\n- port: 80\n  zzz: 1"))).startsWith("remove it: the fields of a ServicePort are name, protocol");
		assertThat(fix(svc("ports:\n- port: 80\n  targetport: 8080"))).contains("--validate=warn");
	}

	@Test
	void anUnknownFieldHidesValidationErrorsButNotATypeError() {
		// the strict decoder refuses the object before validation: port 0 is never judged
		assertThat(Cases.errors(svc("ports:\n- port: 0\n  targetport: 8080"))).extracting(ApiError::message)
			.containsExactly(SVC + "\"spec.ports[0].targetport\"");
		// a type error is returned by the decoder itself, before the strict errors
		assertThat(Cases.errors(svc("ports:\n- port: \"80\"\n  targetport: 8080"))).extracting(ApiError::message)
			.singleElement().asString().contains("json: cannot unmarshal string");
	}

	@Test
	void aRefusedServiceTakesNoAddress() {
		String yaml = """
				apiVersion: v1
				kind: Service
				metadata: {name: a}
				spec: {type: NodePort, ports: [{port: 80, nodePort: 30080, targetport: 8080}]}
				---
				apiVersion: v1
				kind: Service
				metadata: {name: b}
				spec: {type: NodePort, ports: [{port: 80, nodePort: 30080}]}
				""";

		assertThat(Cases.errors(yaml)).extracting(ApiError::line).containsExactly(4);
	}

	/**
	 * A live object from kubectl get -o json: managedFields' f: and k: keys are no fields of the object, and the
	 * last-applied-configuration annotation is a string that is never parsed, even when what was applied once
	 * held an unknown field (applied with --validate=warn, which kept it in the annotation and dropped it).
	 */
	@Test
	void managedFieldsAndTheLastAppliedAnnotationAreNotJudged() {
		String yaml = """
				{"apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""}, "items": [{
				  "apiVersion": "v1", "kind": "Service",
				  "metadata": {
				    "name": "web", "namespace": "default", "uid": "4f0c7f4e-2b1d-4a53-9c8e-6f5d2a7b9e31",
				    "resourceVersion": "48213", "creationTimestamp": "2026-03-02T09:14:27Z",
				    "annotations": {"kubectl.kubernetes.io/last-applied-configuration": "{\\"apiVersion\\":\\"v1\\",\\"kind\\":\\"Service\\",\\"metadata\\":{\\"name\\":\\"web\\"},\\"spec\\":{\\"ports\\":[{\\"port\\":80,\\"targetport\\":8080}]}}\\n"},
				    "managedFields": [{"apiVersion": "v1", "fieldsType": "FieldsV1", "manager": "kubectl-client-side-apply",
				      "operation": "Update", "time": "2026-03-02T09:14:27Z",
				      "fieldsV1": {"f:spec": {"f:ports": {".": {}, "k:{\\"port\\":80,\\"protocol\\":\\"TCP\\"}": {".": {}, "f:port": {}, "f:protocol": {}, "f:targetPort": {}}}}}}]
				  },
				  "spec": {"clusterIP": "10.96.118.40", "clusterIPs": ["10.96.118.40"], "internalTrafficPolicy": "Cluster",
				    "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "sessionAffinity": "None", "type": "ClusterIP",
				    "ports": [{"port": 80, "protocol": "TCP", "targetPort": 80}]},
				  "status": {"loadBalancer": {}}
				}]}
				""";

		assertThat(Cases.errors(yaml)).isEmpty();
	}

	@Test
	void aMergeKeyIsNotAField() {
		String yaml = "apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  ports:\n  - <<: {port: 80}\n    targetPort: 8080\n";

		assertThat(Cases.errors(yaml)).extracting(ApiError::message).noneMatch(m -> m.contains("unknown field"));
	}

	@Test
	void hugeUnknownKeysCostLittle() {
		String key = "p".repeat(1000); // YAML allows no longer simple key
		long start = System.nanoTime();

		assertThat(Cases.errors(svc("ports:\n- port: 80\n  " + key + ": 1"))).hasSize(1);
		assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
	}

	private static String fix(String yaml) {
		return Cases.errors(yaml).get(0).fix();
	}
}
