package dev.portpath.sim.validate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mirrors a Service create's allocation step ({@code allocateCreate}, pkg/registry/core/service/storage/alloc.go):
 * the cluster IP checks it runs first, then the requested cluster IPs and node ports taken from the cluster's
 * pools. It runs before {@code ValidateService}, and a failure stops the create there.
 */
final class ServiceAllocation {

	private ServiceAllocation() {
	}

	/** Mirrors {@code allocateCreate}: the node port each port ends up with (0 = auto), empty on failure. */
	static Optional<long[]> allocate(Report r, ServiceSpec s, ServiceAllocator.Txn txn) {
		if (!s.type().equals("ExternalName")) {
			int before = r.size();
			ServiceRules.clusterIPsRelatedFields(r, s);
			if (r.size() > before) {
				return Optional.empty();
			}
			if (!s.headless() && !allocateClusterIPs(r, s, txn)) {
				return Optional.empty();
			}
		}
		long[] nodePorts = s.ports().stream().mapToLong(ServiceSpec.Port::nodePort).toArray();
		if (s.type().equals("NodePort") || s.type().equals("LoadBalancer")) {
			if (!initNodePorts(r, s, txn, nodePorts)) {
				return Optional.empty();
			}
		}
		if (s.needsHealthCheck() && s.healthCheckNodePort() != 0) {
			Optional<String> err = txn.nodePort(s.healthCheckNodePort());
			if (err.isPresent()) {
				r.internal(s.healthCheckNodePortAt(), "failed to allocate requested HealthCheck NodePort "
						+ s.healthCheckNodePort() + ": " + err.get(),
						"leave healthCheckNodePort out to let Kubernetes pick a free port in " + ServiceAllocator.NODE_PORT_RANGE);
				return Optional.empty();
			}
		}
		return Optional.of(nodePorts);
	}

	/** Mirrors {@code allocClusterIPs}/{@code allocIPs} for explicitly requested addresses. */
	private static boolean allocateClusterIPs(Report r, ServiceSpec s, ServiceAllocator.Txn txn) {
		for (String ip : s.clusterIPs()) {
			Optional<IpRules.Ip> parsed = IpRules.parse(ip);
			if (parsed.isEmpty()) {
				continue;
			}
			Optional<String> holder = txn.clusterIPHolder(parsed.get());
			Optional<String> err = txn.clusterIP(parsed.get());
			if (err.isPresent()) {
				String fix = holder.map(h -> "pick another address (" + h + " already uses " + ip
						+ ") or leave clusterIP out to let Kubernetes pick one")
					.orElse("pick a free address inside the service CIDR (assumed " + ServiceAllocator.SERVICE_CIDR
							+ ", the kubeadm default; check --service-cluster-ip-range) or leave clusterIP out");
				r.invalid(s.clusterIPsAt(), GoText.stringSlice(s.clusterIPs()),
						"failed to allocate IP " + ip + ": " + err.get(), fix);
				return false;
			}
		}
		return true;
	}

	/** Mirrors {@code initNodePorts}: ports sharing a port number share a node port; first failure wins. */
	private static boolean initNodePorts(Report r, ServiceSpec s, ServiceAllocator.Txn txn, long[] nodePorts) {
		Map<Long, Long> byPort = new HashMap<>();
		List<ServiceSpec.Port> ports = s.ports();
		for (int i = 0; i < ports.size(); i++) {
			ServiceSpec.Port p = ports.get(i);
			long have = byPort.getOrDefault(p.port(), 0L);
			if (have == 0) {
				long requested = 0;
				for (ServiceSpec.Port q : ports) {
					if (q.port() == p.port() && q.nodePort() != 0) {
						requested = q.nodePort();
						break;
					}
				}
				if (requested != 0) {
					if (!allocateNodePort(r, txn, p.nodePortAt(), requested)) {
						return false;
					}
					nodePorts[i] = requested;
					byPort.put(p.port(), requested);
				}
				// else: auto-allocated from the free pool; the number is not known here.
			}
			else if (p.nodePort() != have) {
				if (p.nodePort() == 0) {
					nodePorts[i] = have;
				}
				else if (!allocateNodePort(r, txn, p.nodePortAt(), p.nodePort())) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean allocateNodePort(Report r, ServiceAllocator.Txn txn, At at, long port) {
		Optional<String> holder = txn.nodePortHolder(port);
		Optional<String> err = txn.nodePort(port);
		if (err.isEmpty()) {
			return true;
		}
		String fix = holder.map(h -> "pick another nodePort (" + h + " already uses " + port
				+ "), or leave nodePort out to let Kubernetes pick a free one")
			.orElse(err.get().contains("range")
					? "use a nodePort between 30000 and 32767 (the default --service-node-port-range), or leave it out to let Kubernetes pick one"
					: "give each port its own nodePort, or leave nodePort out to let Kubernetes pick one");
		r.invalid(at, port, err.get(), fix);
		return false;
	}
}
