package dev.portpath.sim.model;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;

/**
 * What a Pod's own status says about serving, for a pod the manifests hold: the EndpointSlice controller
 * leaves out pods that have finished or have no IP (ShouldPodBeInEndpoints), and marks an endpoint ready
 * only when the pod's Ready condition is True and it is not terminating (podToEndpoint).
 */
public final class ObservedStatus {

	private ObservedStatus() {
	}

	/** True when the pod's metadata.deletionTimestamp is set: it is shutting down. */
	static boolean terminating(Doc pod) {
		return pod.root().path("metadata", "deletionTimestamp").present();
	}

	/** Why the pod is not a ready endpoint, or "" when it is one (or its status says nothing). */
	static String notReadyBecause(Doc pod, String ip) {
		YNode status = pod.root().get("status");
		String phase = status.get("phase").str("");
		if (phase.equals("Succeeded") || phase.equals("Failed")) {
			return "it has finished (status.phase " + phase + "), so it is no endpoint";
		}
		if (terminating(pod)) {
			return "it is terminating (metadata.deletionTimestamp is set): kube-proxy uses it only while no endpoint"
					+ " is ready and it still serves";
		}
		if (ip.isEmpty()) {
			return pod.root().path("spec", "nodeName").str("").isEmpty()
					? "it is Pending, not scheduled to a node yet, so it has no IP"
					: "it has no IP yet (status.phase " + (phase.isEmpty() ? "unknown" : phase) + ")";
		}
		for (YNode c : status.get("conditions").items()) {
			if (c.get("type").str("").equals("Ready")) {
				String value = c.get("status").str("Unknown");
				if (value.equals("True")) {
					return "";
				}
				String reason = c.get("reason").str("");
				return "its status reports condition Ready " + value + (reason.isEmpty() ? "" : " (" + reason + ")");
			}
		}
		return phase.isEmpty() || phase.equals("Running") ? "" : "its status.phase is " + phase;
	}

	/**
	 * Whether a terminating pod still serves: its Ready condition is still True while it shuts down (the
	 * EndpointSlice controller's serving condition).
	 */
	public static boolean servesWhileTerminating(Pod pod) {
		for (YNode c : pod.doc().root().path("status", "conditions").items()) {
			if (c.get("type").str("").equals("Ready")) {
				return c.get("status").str("").equals("True");
			}
		}
		return false;
	}

	/** Whether the pod's status says anything; a pod without one is judged by its spec, as a planned one. */
	static boolean known(Doc pod) {
		return pod.root().get("status").present();
	}
}
