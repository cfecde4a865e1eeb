package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;

/**
 * One end of a connection as NetworkPolicy sees it: a pod, a node (host network), or an address outside
 * the cluster. {@code why} explains a source that is not the client itself (an ingress controller, a
 * masquerading kube-proxy). {@code ipAssumed} is true when PortPath made the address up, so an ipBlock
 * judged against it only tells what happens if the real address is the same.
 */
public record Party(Optional<Pod> pod, String ip, String nodeName, String label, String why, boolean ipAssumed) {

	/** The documentation address PortPath gives external clients (RFC 5737 TEST-NET-3). */
	public static final String EXTERNAL_IP = "203.0.113.200";

	public static Party of(Pod pod, String why) {
		return new Party(Optional.of(pod), pod.ip(), pod.nodeName(), "pod " + pod.ref(), why, pod.ipAssumed());
	}

	public static Party node(Node node, String why) {
		return new Party(Optional.empty(), node.ip(), node.name(), "node " + node.name() + " (" + node.ip() + ")", why,
				node.ipAssumed());
	}

	/** The external client stands for any outside address; PortPath documents it as TEST-NET-3, not a guess. */
	public static Party external(String why) {
		return new Party(Optional.empty(), EXTERNAL_IP, "", "external client " + EXTERNAL_IP, why, false);
	}

	/** A pod on the host network is, to NetworkPolicy, its node (most plugins treat it so; the API leaves it undefined). */
	public boolean isNode() {
		return pod.map(Pod::hostNetwork).orElse(!nodeName.isEmpty());
	}
}
