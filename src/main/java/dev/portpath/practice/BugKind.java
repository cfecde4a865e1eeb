package dev.portpath.practice;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of bug practice seeds into a working app: each is one of the common port mistakes the
 * lessons teach (README's table of 30), made by changing one field. {@code hint} points at where to
 * look without giving the fix; {@code lesson} is the lesson that teaches it.
 */
public enum BugKind {

	NAMED_TARGET_PORT_TYPO("named-target-port-typo", "a named targetPort with a typo",
			"Compare the Service's targetPort with the names of the container ports, letter by letter.", "named-ports"),
	CONTAINER_PORT_RENAMED("container-port-renamed", "a container port renamed under a named targetPort",
			"A named targetPort is looked up in each pod by name: does the pod still have a port of that name?",
			"named-ports"),
	PROTOCOL_FLIPPED("protocol-flipped", "a container port's protocol flipped to UDP",
			"A port is matched by number (or name) and protocol: read the protocol of every port on the way.",
			"multi-port-services"),
	TARGET_PORT_UNDECLARED("target-port-undeclared", "a numeric targetPort that no container declares",
			"Which port does kube-proxy send to on the pod, and which ports does the container declare?",
			"service-port-targetport"),
	QUOTED_TARGET_PORT("quoted-target-port", "a targetPort written as a quoted number",
			"The API server rejects something here: read its message. A quoted number is a string.",
			"service-port-targetport"),
	SELECTOR_TYPO("selector-typo", "a Service selector with a typo",
			"The Service has no endpoints: compare its selector with the labels of the pod template.",
			"selectors-labels"),
	SERVICE_PORT_CHANGED("service-port-changed", "a Service port changed while clients still dial the old one",
			"Which port does the client dial, and which ports does the Service have?", "four-ports"),
	NODE_PORT_OUT_OF_RANGE("node-port-out-of-range", "a nodePort outside 30000-32767",
			"The API server rejects something here: which range do nodePorts come from, and which one does the client dial?",
			"nodeport"),
	BACKEND_IS_TARGET_PORT("backend-is-target-port", "an Ingress or HTTPRoute backend that names the targetPort",
			"A backend names a port of the Service, not of the pods: which ports does the Service have?",
			"ingress"),
	POLICY_ON_SERVICE_PORT("policy-on-service-port", "a NetworkPolicy that allows the Service port",
			"A NetworkPolicy sees the packet after kube-proxy translated it: which port does the pod receive?",
			"networkpolicy-ports"),
	EGRESS_WITHOUT_DNS("egress-without-dns", "an egress policy without a rule for DNS",
			"The name must resolve before any connection starts: may the client's pods reach cluster DNS on port 53?",
			"networkpolicy-ports"),
	HEADLESS_PORT_MISMATCH("headless-port-mismatch", "a headless Service whose port differs from the pods' port",
			"Which part of the path translates port into targetPort, and is it there for this Service?",
			"headless-statefulsets"),
	STATEFULSET_SERVICE_NAME("statefulset-service-name", "a StatefulSet whose serviceName names no headless Service",
			"Per-pod names live under the StatefulSet's serviceName: does a headless Service of that name exist?",
			"headless-statefulsets"),
	READINESS_PROBE_PORT("readiness-probe-port", "a readiness probe on a port the container does not declare",
			"The Service has pods but no ready endpoint: what does the readiness probe check?",
			"load-balancing-affinity");

	private final String id;

	private final String title;

	private final String hint;

	private final String lesson;

	BugKind(String id, String title, String hint, String lesson) {
		this.id = id;
		this.title = title;
		this.hint = hint;
		this.lesson = lesson;
	}

	public String id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String hint() {
		return hint;
	}

	/** The id of the lesson that teaches this mistake. */
	public String lesson() {
		return lesson;
	}

	public static Optional<BugKind> byId(String id) {
		return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
	}
}
