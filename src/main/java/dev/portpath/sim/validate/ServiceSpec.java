package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A Service after {@code SetDefaults_Service} and {@code normalizeClusterIPs}, with where each field is written. */
record ServiceSpec(At spec, String type, At typeAt, String clusterIP, List<String> clusterIPs,
		At clusterIPsAt, List<At> clusterIPItems, List<String> ipFamilies, List<At> ipFamilyItems,
		Optional<String> ipFamilyPolicy, At ipFamilyPolicyAt, String externalName, At externalNameAt,
		List<Port> ports, At portsAt, List<String> externalIPs, List<At> externalIPItems, String sessionAffinity,
		At sessionAffinityAt, long timeoutSeconds, At timeoutAt, String externalTrafficPolicy, At externalTrafficPolicyAt,
		long healthCheckNodePort, At healthCheckNodePortAt, String internalTrafficPolicy, At internalTrafficPolicyAt,
		Optional<String> trafficDistribution, At trafficDistributionAt, List<String> sourceRanges,
		List<At> sourceRangeItems, At sourceRangesAt, boolean allocateNodePortsSet, At allocateNodePortsAt,
		Optional<String> loadBalancerClass, At loadBalancerClassAt, List<Json.MapEntry> selector, At selectorAt) {

	private static final String SPEC = "ServiceSpec";

	boolean headless() {
		return clusterIPs.size() == 1 && clusterIPs.get(0).equals("None");
	}

	/** {@code ExternallyAccessible} (pkg/api/service/util.go). */
	boolean externallyAccessible() {
		return type.equals("LoadBalancer") || type.equals("NodePort")
				|| (type.equals("ClusterIP") && !externalIPs.isEmpty());
	}

	/** {@code NeedsHealthCheck}. */
	boolean needsHealthCheck() {
		return type.equals("LoadBalancer") && externalTrafficPolicy.equals("Local");
	}

	/** One entry of {@code spec.ports}, after its protocol and targetPort are defaulted. */
	record Port(At at, String name, At nameAt, String protocol, At protocolAt, Optional<String> appProtocol,
			At appProtocolAt, long port, At portAt, Json.IntOrString targetPort, boolean targetPortDefaulted,
			At targetPortAt, long nodePort, At nodePortAt) {
	}

	/**
	 * Reads a Service's spec, reporting wrong types as the decoder would, and applies the API server's defaults
	 * (its metadata is read by {@link ObjectMetaRules}).
	 */
	static ServiceSpec read(Report r, At root) {
		At spec = root.child("spec");
		Json.object(r, spec, "Service", "v1.ServiceSpec");
		At typeAt = spec.child("type");
		String type = Json.string(r, typeAt, SPEC, "v1.ServiceType").filter(t -> !t.isEmpty()).orElse("ClusterIP");
		Addresses ips = addresses(r, spec);
		At externalNameAt = spec.child("externalName");
		String externalName = Json.string(r, externalNameAt, SPEC, "string").orElse("");
		At portsAt = spec.child("ports");
		List<Port> ports = new ArrayList<>();
		for (At p : Json.objects(r, portsAt, SPEC, "v1.ServicePort")) {
			ports.add(port(r, p));
		}
		List<At> externalIPItems = new ArrayList<>();
		List<String> externalIPs = Json.strings(r, spec.child("externalIPs"), SPEC, "string", externalIPItems);
		Affinity affinity = affinity(r, spec);
		Traffic traffic = traffic(r, spec, type, externalIPs);
		LoadBalancer lb = loadBalancer(r, spec);
		At selectorAt = spec.child("selector");
		List<Json.MapEntry> selector = Json.stringMap(r, selectorAt, SPEC);
		return new ServiceSpec(spec, type, typeAt, ips.clusterIP(), ips.clusterIPs(), ips.clusterIPsAt(),
				ips.clusterIPItems(), ips.families(), ips.familyItems(), ips.policy(), ips.policyAt(), externalName,
				externalNameAt, ports, portsAt, externalIPs, externalIPItems, affinity.affinity(), affinity.at(),
				affinity.timeout(), affinity.timeoutAt(), traffic.external(), traffic.externalAt(),
				traffic.healthCheckNodePort(), traffic.healthCheckNodePortAt(), traffic.internal(), traffic.internalAt(),
				traffic.distribution(), traffic.distributionAt(), lb.sourceRanges(), lb.sourceRangeItems(),
				lb.sourceRangesAt(), lb.allocateNodePortsSet(), lb.allocateNodePortsAt(), lb.loadBalancerClass(),
				lb.loadBalancerClassAt(), selector, selectorAt);
	}

	/** The cluster IPs and IP families as read, and {@code clusterIPs} after {@code normalizeClusterIPs}. */
	private record Addresses(String clusterIP, List<String> clusterIPs, At clusterIPsAt, List<At> clusterIPItems,
			List<String> families, List<At> familyItems, Optional<String> policy, At policyAt) {
	}

	/** {@code clusterIP}, {@code clusterIPs} (filled from clusterIP when left out), ipFamilies, ipFamilyPolicy. */
	private static Addresses addresses(Report r, At spec) {
		At clusterIPAt = spec.child("clusterIP");
		String clusterIP = Json.string(r, clusterIPAt, SPEC, "string").orElse("");
		At clusterIPsAt = spec.child("clusterIPs");
		List<At> ipItems = new ArrayList<>();
		List<String> clusterIPs = Json.strings(r, clusterIPsAt, SPEC, "string", ipItems);
		if (!clusterIP.isEmpty() && clusterIPs.isEmpty()) {
			clusterIPs = List.of(clusterIP);
			ipItems = List.of(clusterIPAt.as("spec.clusterIPs[0]"));
			clusterIPsAt = clusterIPAt.as("spec.clusterIPs");
		}
		List<At> familyItems = new ArrayList<>();
		List<String> families = Json.strings(r, spec.child("ipFamilies"), SPEC, "v1.IPFamily", familyItems);
		At policyAt = spec.child("ipFamilyPolicy");
		Optional<String> policy = Json.string(r, policyAt, SPEC, "v1.IPFamilyPolicy");
		return new Addresses(clusterIP, clusterIPs, clusterIPsAt, ipItems, families, familyItems, policy, policyAt);
	}

	private record Affinity(String affinity, At at, long timeout, At timeoutAt) {
	}

	/** {@code sessionAffinity} (default None) and its ClientIP timeout (default 10800 s). */
	private static Affinity affinity(Report r, At spec) {
		At affinityAt = spec.child("sessionAffinity");
		String affinity = Json.string(r, affinityAt, SPEC, "v1.ServiceAffinity").filter(a -> !a.isEmpty()).orElse("None");
		At config = spec.child("sessionAffinityConfig");
		At clientIP = config.child("clientIP");
		At timeoutAt = clientIP.child("timeoutSeconds");
		OptionalLong timeout = OptionalLong.empty();
		if (Json.object(r, config, SPEC, "v1.SessionAffinityConfig")
				&& Json.object(r, clientIP, "SessionAffinityConfig", "v1.ClientIPConfig")) {
			timeout = Json.int32(r, timeoutAt, "ClientIPConfig");
		}
		// ClientIP with no timeout gets the whole config defaulted (10800 s).
		return new Affinity(affinity, affinityAt, timeout.orElse(10800), timeoutAt);
	}

	private record Traffic(String external, At externalAt, long healthCheckNodePort, At healthCheckNodePortAt,
			String internal, At internalAt, Optional<String> distribution, At distributionAt) {
	}

	/**
	 * The traffic policies after {@code SetDefaults_Service}: externalTrafficPolicy Cluster for an externally
	 * accessible Service, internalTrafficPolicy Cluster for all but ExternalName.
	 */
	private static Traffic traffic(Report r, At spec, String type, List<String> externalIPs) {
		At etpAt = spec.child("externalTrafficPolicy");
		String etp = Json.string(r, etpAt, SPEC, "v1.ServiceExternalTrafficPolicy").orElse("");
		At hcnpAt = spec.child("healthCheckNodePort");
		long hcnp = Json.int32(r, hcnpAt, SPEC).orElse(0);
		At itpAt = spec.child("internalTrafficPolicy");
		Optional<String> itp = Json.string(r, itpAt, SPEC, "v1.ServiceInternalTrafficPolicy");
		At tdAt = spec.child("trafficDistribution");
		Optional<String> td = Json.string(r, tdAt, SPEC, "string");
		boolean accessible = type.equals("LoadBalancer") || type.equals("NodePort")
				|| (type.equals("ClusterIP") && !externalIPs.isEmpty());
		if (etp.isEmpty() && accessible) {
			etp = "Cluster";
		}
		return new Traffic(etp, etpAt, hcnp, hcnpAt, itp.orElse(type.equals("ExternalName") ? "" : "Cluster"), itpAt,
				td, tdAt);
	}

	private record LoadBalancer(List<String> sourceRanges, List<At> sourceRangeItems, At sourceRangesAt,
			boolean allocateNodePortsSet, At allocateNodePortsAt, Optional<String> loadBalancerClass,
			At loadBalancerClassAt) {
	}

	/** The fields only a LoadBalancer may set: source ranges, allocateLoadBalancerNodePorts, loadBalancerClass. */
	private static LoadBalancer loadBalancer(Report r, At spec) {
		At rangesAt = spec.child("loadBalancerSourceRanges");
		List<At> rangeItems = new ArrayList<>();
		List<String> ranges = Json.strings(r, rangesAt, SPEC, "string", rangeItems);
		At alnpAt = spec.child("allocateLoadBalancerNodePorts");
		Optional<Boolean> alnp = Json.bool(r, alnpAt, SPEC);
		At lbcAt = spec.child("loadBalancerClass");
		Optional<String> lbc = Json.string(r, lbcAt, SPEC, "string");
		return new LoadBalancer(ranges, rangeItems, rangesAt, alnp.isPresent(), alnpAt, lbc, lbcAt);
	}

	private static Port port(Report r, At p) {
		String sp = "ServicePort";
		At nameAt = p.child("name");
		At protocolAt = p.child("protocol");
		At appAt = p.child("appProtocol");
		At portAt = p.child("port");
		At targetAt = p.child("targetPort");
		At nodePortAt = p.child("nodePort");
		String protocol = Json.string(r, protocolAt, sp, "v1.Protocol").orElse("");
		long port = Json.int32(r, portAt, sp).orElse(0);
		Optional<Json.IntOrString> target = Json.intOrString(r, targetAt);
		boolean defaulted = target.isEmpty() || target.get().isZero();
		return new Port(p, Json.string(r, nameAt, sp, "string").orElse(""), nameAt,
				protocol.isEmpty() ? "TCP" : protocol, protocolAt, Json.string(r, appAt, sp, "string"), appAt, port,
				portAt, defaulted ? new Json.IntOrString(true, port, "") : target.get(), defaulted, targetAt,
				Json.int32(r, nodePortAt, sp).orElse(0), nodePortAt);
	}
}
