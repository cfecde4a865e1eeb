package dev.portpath.sim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Protocol;

/**
 * Applies the API server's Service defaults (SetDefaults_Service) and allocates what it would allocate:
 * a ClusterIP from 10.96.0.0/12 and nodePorts from the dynamic band of 30000-32767. Values written in
 * the manifests are kept; allocation skips them, in document order, so results are repeatable.
 */
final class ServiceAllocator {

	private final Set<String> usedIps;

	private final Set<Integer> usedNodePorts = new HashSet<>();

	private int nextIp = 10;

	private int nextNodePort = 30086;

	ServiceAllocator(List<Doc> docs, Set<String> usedIps) {
		this.usedIps = usedIps;
		for (Doc d : docs) {
			if (d.kind().equals("Service")) {
				for (YNode p : d.root().path("spec", "ports").items()) {
					p.get("nodePort").integer().ifPresent(n -> usedNodePorts.add(n.intValue()));
				}
			}
		}
	}

	Service service(Doc d) {
		YNode spec = d.root().get("spec");
		ServiceType type = ServiceType.of(spec.get("type").str(""));
		String written = spec.get("clusterIP").str("");
		if (written.isEmpty()) {
			List<YNode> ips = spec.get("clusterIPs").items();
			written = ips.isEmpty() ? "" : ips.get(0).str("");
		}
		boolean externalName = type == ServiceType.EXTERNAL_NAME;
		boolean headless = !externalName && written.equals("None");
		String clusterIP = externalName || headless ? "" : written.isEmpty() ? allocateIp() : written;
		Optional<Map<String, String>> selector = Optional.empty();
		if (spec.get("selector").isMap() && !ModelBuilder.labels(spec.get("selector")).isEmpty()) {
			selector = Optional.of(ModelBuilder.labels(spec.get("selector")));
		}
		List<ServicePort> ports = ports(spec, type);
		List<String> externalIPs = spec.get("externalIPs").items().stream().flatMap(n -> n.text().stream()).toList();
		List<String> lbIps = new ArrayList<>();
		List<String> lbHosts = new ArrayList<>();
		if (type == ServiceType.LOAD_BALANCER) {
			spec.get("loadBalancerIP").text().filter(s -> !s.isEmpty()).ifPresent(lbIps::add);
			for (YNode ing : d.root().path("status", "loadBalancer", "ingress").items()) {
				ing.get("ip").text().filter(s -> !lbIps.contains(s)).ifPresent(lbIps::add);
				ing.get("hostname").text().ifPresent(lbHosts::add);
			}
		}
		boolean externallyAccessible = type == ServiceType.NODE_PORT || type == ServiceType.LOAD_BALANCER
				|| !externalIPs.isEmpty();
		TrafficPolicy etp = externallyAccessible ? TrafficPolicy.of(spec.get("externalTrafficPolicy").str("Cluster"))
				: TrafficPolicy.NONE;
		TrafficPolicy itp = externalName ? TrafficPolicy.NONE
				: TrafficPolicy.of(spec.get("internalTrafficPolicy").str("Cluster"));
		return new Service(d.namespace(), d.name(), type, clusterIP, headless, selector, ports, externalIPs, lbIps,
				lbHosts, spec.get("externalName").str(""), spec.get("sessionAffinity").str("None"), etp, itp,
				spec.get("publishNotReadyAddresses").bool().orElse(false), d);
	}

	/**
	 * The Service's ports after defaulting, with nodePorts: written ones kept, the rest allocated for NodePort
	 * and LoadBalancer Services (unless allocateLoadBalancerNodePorts is false); a nodePort written on a
	 * ClusterIP Service is rejected by validation, and routing ignores it.
	 */
	private List<ServicePort> ports(YNode spec, ServiceType type) {
		boolean allocateNodePorts = type == ServiceType.NODE_PORT || (type == ServiceType.LOAD_BALANCER
				&& spec.get("allocateLoadBalancerNodePorts").bool().orElse(true));
		List<ServicePort> ports = new ArrayList<>();
		Map<String, Integer> sharedNodePorts = new HashMap<>();
		int i = 0;
		for (YNode p : spec.get("ports").items()) {
			int port = (int) (long) p.get("port").integer().orElse(0L);
			Protocol protocol = Protocol.of(p.get("protocol").str(""));
			int nodePort = (int) (long) p.get("nodePort").integer().orElse(0L);
			if (nodePort != 0) {
				sharedNodePorts.putIfAbsent(Integer.toString(port), nodePort);
			}
			ports.add(new ServicePort(i++, p.get("name").str(""), protocol, port, targetPort(p.get("targetPort"), port),
					nodePort, p));
		}
		if (allocateNodePorts || type == ServiceType.LOAD_BALANCER) {
			List<ServicePort> withNodePorts = new ArrayList<>();
			for (ServicePort sp : ports) {
				int nodePort = sp.nodePort();
				if (nodePort == 0 && allocateNodePorts) {
					// ports that share a number (53/TCP and 53/UDP) share the nodePort (txnAllocNodePorts)
					nodePort = sharedNodePorts.computeIfAbsent(Integer.toString(sp.port()), k -> allocateNodePort());
				}
				withNodePorts.add(new ServicePort(sp.index(), sp.name(), sp.protocol(), sp.port(), sp.targetPort(),
						nodePort, sp.node()));
			}
			ports = withNodePorts;
		}
		else if (type != ServiceType.NODE_PORT) {
			// a nodePort written on a ClusterIP Service is rejected by validation; routing ignores it
			ports = ports.stream()
				.map(sp -> new ServicePort(sp.index(), sp.name(), sp.protocol(), sp.port(), sp.targetPort(), 0, sp.node()))
				.toList();
		}
		return ports;
	}

	/** targetPort absent, 0 or "" means the port itself (SetDefaults_Service). */
	static TargetPort targetPort(YNode n, int port) {
		if (n.integer().isPresent()) {
			long v = n.integer().get();
			return v == 0 ? new TargetPort(port, "", true) : new TargetPort((int) v, "", false);
		}
		String s = n.str("");
		if (s.isEmpty()) {
			return new TargetPort(port, "", true);
		}
		return new TargetPort(0, s, false);
	}

	private String allocateIp() {
		while (true) {
			int n = nextIp++;
			String ip = "10.96." + (n / 250) + "." + (n % 250);
			if (n % 250 != 0 && usedIps.add(ip)) {
				return ip;
			}
		}
	}

	private int allocateNodePort() {
		while (usedNodePorts.contains(nextNodePort)) {
			nextNodePort++;
		}
		usedNodePorts.add(nextNodePort);
		return nextNodePort++;
	}
}
