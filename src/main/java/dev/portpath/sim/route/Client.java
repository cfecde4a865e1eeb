package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.Node;
import dev.portpath.sim.model.Pod;

/** Where a request starts: a pod, a node's host network, or outside the cluster. */
public record Client(Kind kind, Optional<Pod> pod, String namespace, Optional<Node> node, String label) {

	public enum Kind {
		POD, NODE, EXTERNAL
	}

	public boolean inCluster() {
		return kind != Kind.EXTERNAL;
	}

	/** The client as the first side of the first hop. */
	public dev.portpath.sim.trace.Point point() {
		String address = pod.map(Pod::ip).or(() -> node.map(Node::ip)).orElse(Party.EXTERNAL_IP);
		return dev.portpath.sim.trace.Point.of(dev.portpath.sim.trace.Point.Kind.CLIENT, namespace,
				pod.map(Pod::name).or(() -> node.map(Node::name)).orElse("external"), address, 0,
				dev.portpath.sim.trace.Protocol.TCP);
	}

	/** The client as NetworkPolicy sees it. */
	public Party party() {
		return switch (kind) {
			case POD -> Party.of(pod.orElseThrow(), "");
			case NODE -> Party.node(node.orElseThrow(), "");
			case EXTERNAL -> Party.external("");
		};
	}

	/** The node the client runs on, if it is in the cluster. */
	public String nodeName() {
		return pod.map(Pod::nodeName).or(() -> node.map(Node::name)).orElse("");
	}
}
