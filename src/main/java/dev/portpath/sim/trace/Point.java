package dev.portpath.sim.trace;

/**
 * One side of a hop, typed: what stands there (a Service, a pod, a node, an Ingress...), its address and
 * port, and the protocol. The hop's {@code from} and {@code to} words are for people; a diagram or any
 * other reader of a trace uses these instead of parsing them.
 *
 * @param kind what stands there
 * @param namespace the object's namespace, "" when it has none
 * @param name the object's name (a pod's, a Service's...), "" when there is no object
 * @param address the IP address, "" when there is none (a headless Service, a name not resolved)
 * @param port the port the request is addressed to there, 0 when none applies
 * @param protocol the transport protocol
 */
public record Point(Kind kind, String namespace, String name, String address, int port, Protocol protocol) {

	/** What a side of a hop stands for. */
	public enum Kind {
		CLIENT, NAME, SERVICE, NODE, POD, INGRESS, GATEWAY, ROUTE, ADDRESS, EXTERNAL, NONE
	}

	public static final Point NONE = new Point(Kind.NONE, "", "", "", 0, Protocol.TCP);

	public static Point of(Kind kind, String namespace, String name, String address, int port, Protocol protocol) {
		return new Point(kind, namespace, name, address, port, protocol);
	}
}
