package dev.portpath.sim.trace;

/**
 * A container a request can reach, and the port it arrives on; with the pod's IP and the workload that
 * made it, for readers that draw or group endpoints (the contract's JSON carries the first four).
 */
public record Endpoint(String namespace, String pod, String container, int port, String ip, String ownerKind,
		String ownerName) {
}
