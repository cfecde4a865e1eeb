package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.Pod;
import dev.portpath.sim.parse.Loc;

/**
 * One endpoint of a Service port as kube-proxy sees it: an address and the final port, with the pod
 * behind the address when there is one, and where the endpoint came from.
 */
public record Backend(Optional<Pod> pod, String ip, int port, String nodeName, boolean ready, Loc source) {

	public String label() {
		return pod.map(Pod::name).orElse(ip);
	}
}
