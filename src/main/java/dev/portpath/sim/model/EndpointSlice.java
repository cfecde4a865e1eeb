package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * A user-written EndpointSlice (or an Endpoints object mirrored into one) that feeds a selectorless
 * Service. {@code serviceName} is the {@code kubernetes.io/service-name} label, empty when missing.
 */
public record EndpointSlice(String namespace, String name, String serviceName, List<Port> ports,
		List<Address> addresses, boolean mirroredFromEndpoints, Doc doc) {

	public EndpointSlice {
		ports = List.copyOf(ports);
		addresses = List.copyOf(addresses);
	}

	/** A slice port: kube-proxy matches it to the Service port by name and protocol. */
	public record Port(String name, Protocol protocol, Optional<Integer> port, YNode node) {
	}

	/** One endpoint address; {@code ready} absent counts as ready. */
	public record Address(String ip, boolean ready, String nodeName, String hostname, YNode node) {
	}
}
