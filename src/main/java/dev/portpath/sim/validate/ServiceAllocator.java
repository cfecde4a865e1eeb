package dev.portpath.sim.validate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster-wide node-port and cluster-IP pools that Services are created against, in input order.
 * Mirrors the registry allocators ({@code portallocator}, {@code ipallocator}) with the kubeadm
 * defaults: node ports 30000-32767 and service CIDR 10.96.0.0/12. A Service keeps what it asked for
 * only if it was created without errors, as the API server rolls allocations back on failure.
 */
final class ServiceAllocator {

	static final long NODE_PORT_MIN = 30000;

	static final long NODE_PORT_MAX = 32767;

	static final String NODE_PORT_RANGE = NODE_PORT_MIN + "-" + NODE_PORT_MAX;

	static final String SERVICE_CIDR = "10.96.0.0/12";

	private static final long CIDR_BASE = (10L << 24) | (96L << 16);

	private static final long CIDR_SIZE = 1L << 20;

	private final Map<Long, String> nodePorts = new HashMap<>();

	private final Map<String, String> clusterIPs = new HashMap<>();

	/** The allocations of one Service create; {@link #commit()} keeps them. */
	final class Txn {

		private final String owner;

		private final Map<Long, String> ports = new LinkedHashMap<>();

		private final Map<String, String> ips = new LinkedHashMap<>();

		private Txn(String owner) {
			this.owner = owner;
		}

		/** {@code PortAllocator.Allocate}: the error text, if the port cannot be had. */
		Optional<String> nodePort(long port) {
			if (port < NODE_PORT_MIN || port > NODE_PORT_MAX) {
				return Optional.of("provided port is not in the valid range. The range of valid ports is " + NODE_PORT_RANGE);
			}
			String holder = nodePorts.get(port);
			if (ports.containsKey(port) || (holder != null && !holder.equals(owner))) {
				return Optional.of("provided port is already allocated");
			}
			ports.put(port, owner);
			return Optional.empty();
		}

		/** Who already holds a node port (for the fix text), if another Service does. */
		Optional<String> nodePortHolder(long port) {
			String holder = nodePorts.get(port);
			return holder == null || holder.equals(owner) ? Optional.empty() : Optional.of(holder);
		}

		/**
		 * {@code MetaAllocator.AllocateService} (MultiCIDRServiceAllocator, GA since v1.33) for an IPv4
		 * cluster IP; IPv6 is not checked as there is no default IPv6 range. An address outside every
		 * ServiceCIDR (the network and broadcast addresses count as outside) has no allocator. Before
		 * v1.33 the bitmap allocator said "the provided IP (...) is not in the valid range" instead.
		 */
		Optional<String> clusterIP(IpRules.Ip ip) {
			if (!ip.isV4()) {
				return Optional.empty();
			}
			long v = ip.v4();
			if (v <= CIDR_BASE || v >= CIDR_BASE + CIDR_SIZE - 1) {
				return Optional.of("the provided network does not match the current range");
			}
			String key = String.valueOf(v);
			String holder = clusterIPs.get(key);
			if (ips.containsKey(key) || (holder != null && !holder.equals(owner))) {
				return Optional.of("provided IP is already allocated");
			}
			ips.put(key, owner);
			return Optional.empty();
		}

		Optional<String> clusterIPHolder(IpRules.Ip ip) {
			String holder = clusterIPs.get(String.valueOf(ip.v4()));
			return holder == null || holder.equals(owner) ? Optional.empty() : Optional.of(holder);
		}

		void commit() {
			nodePorts.putAll(ports);
			clusterIPs.putAll(ips);
		}
	}

	/** Starts the allocations of the Service {@code owner} ({@code Kind/namespace/name}). */
	Txn begin(String owner) {
		return new Txn(owner);
	}
}
