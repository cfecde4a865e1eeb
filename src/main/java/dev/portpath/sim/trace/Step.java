package dev.portpath.sim.trace;

import java.util.Locale;

/**
 * What a hop of a trace stands for: a closed set, each a stable word of the trace contract ({@code dns},
 * {@code kube-proxy}, ...). Code branches on the constant; output uses the word.
 */
public enum Step {

	/** A name resolved, by cluster DNS, a node's resolver, or public DNS. */
	DNS,
	/** A Service port was found (by ClusterIP, nodePort or an external address), or a backend named one. */
	SERVICE,
	/** The Service port's endpoints: its selector and FindPort, or its manual slices. */
	ENDPOINTS,
	/** kube-proxy's rules: traffic policies and the translation to an endpoint. */
	KUBE_PROXY,
	/** A node port that kube-proxy opens on every node. */
	NODEPORT,
	/** A load balancer address from a Service's status. */
	LOADBALANCER,
	/** An address in a Service's spec.externalIPs. */
	EXTERNAL_IP,
	/** A container's hostPort on its node. */
	HOSTPORT,
	/** A pod on its node's own network. */
	HOST_NETWORK,
	/** An Ingress rule, through its controller. */
	INGRESS,
	/** A Gateway listener. */
	GATEWAY,
	/** A route's rule and backends (HTTPRoute, GRPCRoute, TCPRoute, mesh). */
	ROUTE,
	/** An HTTP filter applied on the way (a route's or backendRef's, or an Ingress annotation): one hop each. */
	FILTER,
	/** A RequestMirror filter's copy of the request, to the one endpoint that gets it. */
	MIRROR,
	/** A NetworkPolicy verdict. */
	NETWORKPOLICY,
	/** A pod reached by its own address. */
	POD,
	/** A container that declares (or does not) the port. */
	CONTAINER,
	/** A pod's own network namespace. */
	LOCALHOST,
	/** kubectl port-forward. */
	PORT_FORWARD,
	/** An IP address that nothing in the manifests owns. */
	ADDRESS,
	/** The request leaves the simulated cluster. */
	EXTERNAL;

	/** The contract's word: {@code kube-proxy}, {@code external-ip}, ... */
	public String word() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	@Override
	public String toString() {
		return word();
	}
}
