package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * An EndpointSlice in the manifests (or an Endpoints object mirrored into one): a user-written one that feeds
 * a selectorless Service, or, in a dump of a cluster, one the EndpointSlice controller wrote for a Service
 * with a selector ({@code managed}: label endpointslice.kubernetes.io/managed-by is the controller's), which
 * kube-proxy uses as it stands. {@code serviceName} is the {@code kubernetes.io/service-name} label, empty
 * when missing.
 */
public record EndpointSlice(String namespace, String name, String serviceName, List<Port> ports,
		List<Address> addresses, boolean mirroredFromEndpoints, Doc doc, boolean managed) {

	public EndpointSlice {
		ports = List.copyOf(ports);
		addresses = List.copyOf(addresses);
	}

	/** A slice port: kube-proxy matches it to the Service port by name and protocol. */
	public record Port(String name, Protocol protocol, Optional<Integer> port, YNode node) {
	}

	/**
	 * One endpoint address. Conditions as kube-proxy reads them: {@code ready} and {@code serving} absent count
	 * as true, {@code terminating} absent as false. {@code pod} is the name in targetRef (kind Pod), or "".
	 */
	public record Address(String ip, boolean ready, String nodeName, String hostname, YNode node, boolean serving,
			boolean terminating, String pod) {

		/** An address with only a ready condition (an Endpoints object, a hand-written slice). */
		public Address(String ip, boolean ready, String nodeName, String hostname, YNode node) {
			this(ip, ready, nodeName, hostname, node, ready, false, "");
		}
	}
}
