package dev.portpath.sim.validate;

import static dev.portpath.sim.validate.Cases.bad;
import static dev.portpath.sim.validate.Cases.ok;
import static dev.portpath.sim.validate.Cases.pod;
import static dev.portpath.sim.validate.Cases.svc;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A value of the wrong type fails in the API server's JSON decoder before any validation runs, with a
 * single "cannot be handled" error.
 */
class DecodeErrorsTest {

	private static final String SVC = "Service in version \"v1\" cannot be handled as a Service: json: cannot unmarshal ";

	private static final String POD = "Pod in version \"v1\" cannot be handled as a Pod: json: cannot unmarshal ";

	static Stream<Arguments> typeErrors() {
		return Stream.of(
				bad("container-port-quoted", pod("- containerPort: \"8080\""),
						"L9 " + POD + "string into Go struct field ContainerPort.spec.containers.ports.containerPort of type int32"),
				bad("deployment-container-port-quoted", """
						apiVersion: apps/v1
						kind: Deployment
						metadata: {name: web}
						spec:
						  template:
						    spec:
						      containers:
						      - {name: a, ports: [{containerPort: "80"}]}
						""",
						"L8 Deployment in version \"v1\" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32"),
				bad("service-port-quoted", svc("ports:\n- port: \"80\""),
						"L6 " + SVC + "string into Go struct field ServicePort.spec.ports.port of type int32"),
				bad("node-port-quoted", svc("type: NodePort\nports:\n- port: 80\n  nodePort: \"30080\""),
						"L8 " + SVC + "string into Go struct field ServicePort.spec.ports.nodePort of type int32"),
				bad("ports-written-as-a-number", svc("ports: 80"),
						"L5 " + SVC + "number into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort"),
				bad("port-too-big-for-int32", svc("ports:\n- port: 99999999999"),
						"L6 " + SVC + "number 99999999999 into Go struct field ServicePort.spec.ports.port of type int32"),
				bad("target-port-boolean", svc("ports:\n- port: 80\n  targetPort: true"),
						"L7 " + SVC + "bool into Go value of type int32"),
				bad("target-port-fraction", svc("ports:\n- port: 80\n  targetPort: 80.5"),
						"L7 " + SVC + "number 80.5 into Go value of type int32"),
				bad("port-name-is-a-number", svc("ports:\n- name: 8080\n  port: 80"),
						"L6 " + SVC + "number into Go struct field ServicePort.spec.ports.name of type string"),
				bad("affinity-timeout-quoted", svc("sessionAffinity: ClientIP\nsessionAffinityConfig:\n  clientIP:\n    timeoutSeconds: \"60\"\nports: [{port: 80}]"),
						"L8 " + SVC + "string into Go struct field ClientIPConfig.spec.sessionAffinityConfig.clientIP.timeoutSeconds of type int32"),
				bad("host-network-quoted", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  hostNetwork: \"true\"\n  containers: [{name: a}]\n",
						"L5 " + POD + "string into Go struct field PodSpec.spec.hostNetwork of type bool"),
				bad("containers-written-as-a-string", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers: nginx\n",
						"L5 " + POD + "string into Go struct field PodSpec.spec.containers of type []v1.Container"),
				bad("container-item-is-a-string", "apiVersion: v1\nkind: Pod\nmetadata: {name: web}\nspec:\n  containers:\n  - nginx\n",
						"L6 " + POD + "string into Go struct field PodSpec.spec.containers of type v1.Container"),
				bad("deployment-spec-is-a-list", "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec: []\n",
						"L4 Deployment in version \"v1\" cannot be handled as a Deployment: json: cannot unmarshal array into Go struct field Deployment.spec of type v1.DeploymentSpec"),
				bad("slice-port-quoted", "apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\naddressType: IPv4\nports: [{port: \"80\"}]\n",
						"L5 EndpointSlice in version \"v1\" cannot be handled as a EndpointSlice: json: cannot unmarshal string into Go struct field EndpointPort.ports.port of type int32"),
				// The decoder stops the request, so validation errors of the same object never show. kubectl's
				// YAML-to-JSON step sorts keys, so of two type errors the alphabetically first field is reported.
				bad("only-the-first-decode-error-and-no-validation", svc("ports:\n- name: HTTP\n  port: \"80\"\n  nodePort: \"x\""),
						"L8 " + SVC + "string into Go struct field ServicePort.spec.ports.nodePort of type int32"),
				// IntOrString's own unmarshaller aborts decoding, so its error replaces one found earlier.
				bad("target-port-type-error-wins", svc("ports:\n- nodePort: \"x\"\n  targetPort: [80]"),
						"L7 " + SVC + "array into Go value of type int32"),
				ok("whole-number-float-port", svc("ports:\n- port: 80.0")),
				ok("hex-port", svc("ports:\n- port: 0x50")),
				ok("null-port-fields-are-zero", svc("ports:\n- port: 80\n  targetPort: null\n  nodePort: ~")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("typeErrors")
	void rule(String name, String yaml, List<String> expected) {
		Cases.check(yaml, expected);
	}
}
