package dev.portpath.sim.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Mirrors a Service create: {@code SetDefaults_Service} ({@link ServiceSpec}), then the allocators
 * ({@link ServiceAllocation}), then {@code ValidateService}/{@code validateServicePort}. An allocator failure
 * stops the create before validation runs, so it is reported alone.
 */
final class ServiceRules {

	static final List<String> TYPES = List.of("ClusterIP", "ExternalName", "LoadBalancer", "NodePort");

	static final List<String> AFFINITIES = List.of("ClientIP", "None");

	static final List<String> TRAFFIC_POLICIES = List.of("Cluster", "Local");

	/** v1.35+: PreferSameZone and PreferSameNode are GA; the list is printed in this (unsorted) order. */
	static final List<String> TRAFFIC_DISTRIBUTIONS = List.of("PreferClose", "PreferSameZone", "PreferSameNode");

	static final List<String> IP_FAMILIES = List.of("IPv4", "IPv6");

	static final List<String> IP_FAMILY_POLICIES = List.of("PreferDualStack", "RequireDualStack", "SingleStack");

	static final long MAX_AFFINITY_SECONDS = 86400;

	private static final String NAME_FIX = "use a lowercase name of at most 63 characters made of a-z, 0-9 and '-', starting and ending with a letter or digit";

	private ServiceRules() {
	}

	/**
	 * Checks one Service against the cluster state in {@code alloc}; keeps its allocations if it is valid. Its
	 * name is checked first and alone, as {@code preAllocIPs} does before any address is allocated for it.
	 */
	static void check(Report r, At root, ServiceAllocator alloc) {
		ServiceSpec svc = ServiceSpec.read(r, root);
		Optional<ObjectMetaRules.Names> names = ObjectMetaRules.read(r, root);
		if (r.decodeFailed() || names.isEmpty()) {
			return;
		}
		if (!ObjectMetaRules.validate(r, names.get(), ObjectMetaRules.serviceNames(r.gates()))) {
			return;
		}
		ServiceAllocator.Txn txn = alloc.begin(r.doc().id());
		Optional<long[]> nodePorts = ServiceAllocation.allocate(r, svc, txn);
		if (nodePorts.isEmpty()) {
			return;
		}
		validate(r, svc, nodePorts.get());
		if (r.clean()) {
			txn.commit();
		}
	}

	/** Mirrors {@code ValidateServiceClusterIPsRelatedFields} (run by the allocator before anything else). */
	static void clusterIPsRelatedFields(Report r, ServiceSpec s) {
		clusterIPsMatchClusterIP(r, s);
		ipFamilies(r, s);
		s.ipFamilyPolicy().filter(p -> !IP_FAMILY_POLICIES.contains(p)).ifPresent(p -> r.notSupported(
				s.ipFamilyPolicyAt(), p, IP_FAMILY_POLICIES, "write SingleStack, PreferDualStack or RequireDualStack"));
		if (clusterIPsStandAlone(r, s)) {
			// An invalid address would skew the dual-stack checks, so the API server stops here.
			return;
		}
		clusterIPsDualStack(r, s);
		if (!s.headless()) {
			clusterIPsMatchFamilies(r, s);
		}
	}

	/** {@code clusterIPs[0]} must be {@code clusterIP}, and clusterIPs is empty when clusterIP is. */
	private static void clusterIPsMatchClusterIP(Report r, ServiceSpec s) {
		GoText.Raw slice = GoText.stringSlice(s.clusterIPs());
		if (!s.clusterIP().isEmpty()) {
			if (!s.clusterIPs().get(0).equals(s.clusterIP())) {
				r.invalid(s.clusterIPsAt(), slice, "first value must match `clusterIP`",
						"make clusterIPs[0] the same address as clusterIP, or write only clusterIP");
			}
		}
		else if (!s.clusterIPs().isEmpty()) {
			r.invalid(s.clusterIPsAt(), slice, "must be empty when `clusterIP` is not specified",
					"also write clusterIP with the same address as clusterIPs[0], or drop clusterIPs");
		}
	}

	/** Each of {@code ipFamilies} IPv4 or IPv6, none twice. */
	private static void ipFamilies(Report r, ServiceSpec s) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < s.ipFamilies().size(); i++) {
			String f = s.ipFamilies().get(i);
			At at = s.ipFamilyItems().get(i);
			if (!IP_FAMILIES.contains(f)) {
				r.notSupported(at, f, IP_FAMILIES, "write IPv4 or IPv6");
			}
			if (!seen.add(f)) {
				r.duplicate(at, f, "list each IP family once");
			}
		}
	}

	/** Each cluster IP valid ('None' only alone), at most two; true when an address is invalid. */
	private static boolean clusterIPsStandAlone(Report r, ServiceSpec s) {
		GoText.Raw slice = GoText.stringSlice(s.clusterIPs());
		boolean invalidIPs = false;
		for (int i = 0; i < s.clusterIPs().size(); i++) {
			String ip = s.clusterIPs().get(i);
			if (i == 0 && ip.equals("None")) {
				if (s.clusterIPs().size() > 1) {
					invalidIPs = true;
					r.invalid(s.clusterIPsAt(), slice, "'None' must be the first and only value",
							"write clusterIP: None alone for a headless Service");
				}
				continue;
			}
			for (String msg : IpRules.legacyIp(ip, r.gates().strictIPCIDRValidation())) {
				invalidIPs = true;
				r.invalid(s.clusterIPItems().get(i), ip, msg, CanonicalIps.fix(ip, msg,
						"write an IP address, None for a headless Service, or leave clusterIP out to let Kubernetes pick one"));
			}
		}
		if (s.clusterIPs().size() > 2) {
			r.invalid(s.clusterIPsAt(), slice, "may only hold up to 2 values", "list at most one IPv4 and one IPv6 address");
		}
		return invalidIPs;
	}

	/** Two cluster IPs must be one of each family ({@code netutils.IsDualStackIPStrings}). */
	private static void clusterIPsDualStack(Report r, ServiceSpec s) {
		if (s.clusterIPs().size() <= 1) {
			return;
		}
		long v4 = s.clusterIPs().stream().filter(ip -> IpRules.parse(ip).map(IpRules.Ip::isV4).orElse(false)).count();
		if (v4 == 0 || v4 == s.clusterIPs().size()) {
			r.invalid(s.clusterIPsAt(), GoText.stringSlice(s.clusterIPs()), "may specify no more than one IP for each IP family",
					"list at most one IPv4 and one IPv6 address");
		}
	}

	/** Each cluster IP of the family {@code ipFamilies} gives at the same index. */
	private static void clusterIPsMatchFamilies(Report r, ServiceSpec s) {
		for (int i = 0; i < s.clusterIPs().size() && i < s.ipFamilies().size(); i++) {
			String ip = s.clusterIPs().get(i);
			boolean v6 = IpRules.parse(ip).map(a -> !a.isV4()).orElse(false);
			String family = s.ipFamilies().get(i);
			if (family.equals("IPv4") && v6) {
				r.invalid(s.clusterIPItems().get(i), ip, "expected an IPv4 value as indicated by `ipFamilies[" + i + "]`",
						"list the IP families in the same order as the cluster IPs");
			}
			if (family.equals("IPv6") && !v6) {
				r.invalid(s.clusterIPItems().get(i), ip, "expected an IPv6 value as indicated by `ipFamilies[" + i + "]`",
						"list the IP families in the same order as the cluster IPs");
			}
		}
	}

	// ---- ValidateService (pkg/apis/core/validation/validation.go) ----

	/** Mirrors {@code ValidateService} on create; {@code nodePorts} are the ports after allocation. */
	static void validate(Report r, ServiceSpec s, long[] nodePorts) {
		if (s.ports().isEmpty() && !s.headless() && !s.type().equals("ExternalName")) {
			r.required(s.portsAt(), "",
					"add at least one port under spec.ports, or make the Service headless (clusterIP: None) if it only needs DNS records");
		}
		typeShape(r, s);
		Set<String> names = new HashSet<>();
		for (ServiceSpec.Port p : s.ports()) {
			servicePort(r, p, s.ports().size() > 1, names);
		}
		SelectorRules.labels(r, s.selectorAt(), s.selector()); // ValidateLabels(service.Spec.Selector, spec.selector)
		sessionAffinity(r, s);
		externalIPs(r, s);
		serviceType(r, s);
		uniqueNodePorts(r, s, nodePorts);
		uniquePorts(r, s);
		loadBalancerSourceRanges(r, s);
		if (s.allocateNodePortsSet() && !s.type().equals("LoadBalancer")) {
			r.forbidden(s.allocateNodePortsAt(), "may only be used when `type` is 'LoadBalancer'",
					"remove allocateLoadBalancerNodePorts, or set type: LoadBalancer");
		}
		loadBalancerClass(r, s);
		trafficPolicies(r, s);
	}

	/** The {@code externalIPs} loop of {@code ValidateService}: each a valid address ({@code IsValidIPForLegacyField}), and not a special one. */
	static void externalIPs(Report r, ServiceSpec s) {
		String fix = "list an address that routes to a node (a node or load-balancer IP); loopback, link-local and unspecified addresses are refused";
		for (int i = 0; i < s.externalIPs().size(); i++) {
			String ip = s.externalIPs().get(i);
			At at = s.externalIPItems().get(i);
			List<String> errs = IpRules.legacyIp(ip, r.gates().strictIPCIDRValidation());
			for (String msg : errs) {
				r.invalid(at, ip, msg, CanonicalIps.fix(ip, msg, fix));
			}
			if (errs.isEmpty()) {
				for (String msg : IpRules.nonSpecial(ip)) {
					r.invalid(at, ip, msg, fix);
				}
			}
		}
	}

	/** {@code spec.type} one of the four types; a ClusterIP Service may not ask for node ports. */
	static void serviceType(Report r, ServiceSpec s) {
		if (!TYPES.contains(s.type())) {
			r.notSupported(s.typeAt(), s.type(), TYPES,
					"use ClusterIP, NodePort, LoadBalancer or ExternalName, spelled exactly (note the capital P in NodePort)");
		}
		if (s.type().equals("ClusterIP")) {
			for (ServiceSpec.Port p : s.ports()) {
				if (p.nodePort() != 0) {
					r.forbidden(p.nodePortAt(), "may not be used when `type` is 'ClusterIP'",
							"remove nodePort, or set type: NodePort (or LoadBalancer) to open the port on every node");
				}
			}
		}
	}

	/** Duplicate node ports, by (protocol, node port) after allocation. */
	static void uniqueNodePorts(Report r, ServiceSpec s, long[] nodePorts) {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < s.ports().size(); i++) {
			ServiceSpec.Port p = s.ports().get(i);
			if (nodePorts[i] != 0 && !keys.add(p.protocol() + "/" + nodePorts[i])) {
				r.duplicate(p.nodePortAt(), nodePorts[i],
						"give each port its own nodePort, or leave nodePort out to let Kubernetes pick one");
			}
		}
	}

	/** Duplicate ports, by (protocol, port); the value is printed as the API server prints a ServicePort. */
	static void uniquePorts(Report r, ServiceSpec s) {
		Set<String> keys = new HashSet<>();
		for (ServiceSpec.Port p : s.ports()) {
			if (!keys.add(p.protocol() + "/" + p.port())) {
				r.duplicate(p.at(), new GoText.Raw("{\"Name\":\"\",\"Protocol\":" + GoText.json(p.protocol())
						+ ",\"AppProtocol\":null,\"Port\":" + p.port() + ",\"TargetPort\":0,\"NodePort\":0}"),
						"use a different port number or protocol for one of the two entries (the same number may appear once per protocol)");
			}
		}
	}

	/** {@code loadBalancerSourceRanges}: only for a LoadBalancer, each a CIDR (the path keeps the Go field's capital L). */
	static void loadBalancerSourceRanges(Report r, ServiceSpec s) {
		if (s.sourceRanges().isEmpty()) {
			return;
		}
		if (!s.type().equals("LoadBalancer")) {
			r.forbidden(s.sourceRangesAt().as("spec.LoadBalancerSourceRanges"),
					"may only be used when `type` is 'LoadBalancer'",
					"remove loadBalancerSourceRanges, or set type: LoadBalancer (for other types use a NetworkPolicy)");
		}
		for (int i = 0; i < s.sourceRanges().size(); i++) {
			// Space around a range is tolerated: the field took over from an annotation that allowed it.
			String v = s.sourceRanges().get(i).strip();
			for (String msg : IpRules.legacyCidr(v, r.gates().strictIPCIDRValidation())) {
				r.invalid(s.sourceRangeItems().get(i).as("spec.LoadBalancerSourceRanges[" + i + "]"), v, msg,
						CanonicalIps.fix(v, msg, "write a CIDR block such as 203.0.113.0/24"));
			}
		}
	}

	/** Mirrors {@code validateLoadBalancerClassField} on create. */
	static void loadBalancerClass(Report r, ServiceSpec s) {
		s.loadBalancerClass().ifPresent(c -> {
			if (!s.type().equals("LoadBalancer")) {
				r.forbidden(s.loadBalancerClassAt(), "may only be used when `type` is 'LoadBalancer'",
						"remove loadBalancerClass, or set type: LoadBalancer");
			}
			else {
				for (String msg : NameRules.qualifiedName(c)) {
					r.invalid(s.loadBalancerClassAt(), c, msg,
							"name the load-balancer implementation with a domain-prefixed name such as example.com/internal-lb");
				}
			}
		});
	}

	/** Mirrors the {@code switch service.Spec.Type} block of {@code ValidateService}. */
	static void typeShape(Report r, ServiceSpec s) {
		switch (s.type()) {
			case "LoadBalancer", "NodePort" -> {
				if (s.headless()) {
					r.invalid(s.clusterIPItems().get(0).as("spec.clusterIPs[0]"), "None",
							"may not be set to 'None' for " + s.type() + " services",
							"remove clusterIP: None, or use type: ClusterIP for a headless Service");
				}
			}
			case "ExternalName" -> {
				String fix = "remove it: an ExternalName Service is only a DNS alias and gets no cluster IP";
				if (!s.clusterIPs().isEmpty()) {
					r.forbidden(s.clusterIPsAt(), "may not be set for ExternalName services", fix);
				}
				if (!s.ipFamilies().isEmpty()) {
					r.forbidden(s.spec().child("ipFamilies"), "may not be set for ExternalName services", fix);
				}
				if (s.ipFamilyPolicy().isPresent()) {
					r.forbidden(s.ipFamilyPolicyAt(), "may not be set for ExternalName services", fix);
				}
				String cname = s.externalName().endsWith(".")
						? s.externalName().substring(0, s.externalName().length() - 1) : s.externalName();
				if (cname.isEmpty()) {
					r.required(s.externalNameAt(), "", "set externalName to the DNS name to alias, for example db.example.com");
				}
				else {
					for (String msg : NameRules.dns1123Subdomain(cname)) {
						r.invalid(s.externalNameAt(), cname, msg,
								"write externalName as a lowercase DNS name such as db.example.com (no scheme, port or path)");
					}
				}
			}
			default -> {
			}
		}
	}

	/** Mirrors {@code validateServicePort}. */
	static void servicePort(Report r, ServiceSpec.Port p, boolean requireName, Set<String> names) {
		if (requireName && p.name().isEmpty()) {
			r.required(p.nameAt(), "", "name every port when a Service has more than one (for example name: http)");
		}
		else if (!p.name().isEmpty()) {
			for (String msg : NameRules.dns1123Label(p.name())) {
				r.invalid(p.nameAt(), p.name(), msg, NAME_FIX);
			}
			if (!names.add(p.name())) {
				r.duplicate(p.nameAt(), p.name(), "give each Service port its own name");
			}
		}
		if (!ContainerPortRules.validPort(p.port())) {
			r.invalid(p.portAt(), p.port(), ContainerPortRules.PORT_RANGE, "use a port number between 1 and 65535");
		}
		if (!ContainerPortRules.PROTOCOLS.contains(p.protocol())) {
			r.notSupported(p.protocolAt(), p.protocol(), ContainerPortRules.PROTOCOLS,
					"write TCP, UDP or SCTP in upper case; an application protocol such as HTTP belongs in appProtocol");
		}
		Json.IntOrString t = p.targetPort();
		if (t.isInt()) {
			if (!ContainerPortRules.validPort(t.intValue())) {
				r.invalid(p.targetPortAt(), t.intValue(), ContainerPortRules.PORT_RANGE, p.targetPortDefaulted()
						? "fix port: targetPort is left out, so it takes the value of port"
						: "use a port number between 1 and 65535, or leave targetPort out to use the value of port");
			}
		}
		else {
			boolean digits = t.strValue().chars().allMatch(Character::isDigit);
			String fix = digits
					? "write the number without quotes (targetPort: " + t.strValue()
							+ "), or name a container port and use that name"
					: "use the name of a container port (at most 15 characters: a-z, 0-9, inner '-'), or the port number";
			for (String msg : NameRules.ianaServiceName(t.strValue())) {
				r.invalid(p.targetPortAt(), t.strValue(), msg, fix);
			}
		}
		p.appProtocol().ifPresent(ap -> {
			for (String msg : NameRules.qualifiedName(ap)) {
				r.invalid(p.appProtocolAt(), ap, msg,
						"use an IANA service name (http, grpc), kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss, or a domain-prefixed name like example.com/proto");
			}
		});
	}

	/** Mirrors the session-affinity part of {@code ValidateService} and {@code validateClientIPAffinityConfig}. */
	static void sessionAffinity(Report r, ServiceSpec s) {
		if (!AFFINITIES.contains(s.sessionAffinity())) {
			r.notSupported(s.sessionAffinityAt(), s.sessionAffinity(), AFFINITIES, "use None or ClientIP");
		}
		else if (s.sessionAffinity().equals("ClientIP")
				&& (s.timeoutSeconds() <= 0 || s.timeoutSeconds() > MAX_AFFINITY_SECONDS)) {
			r.invalid(s.timeoutAt(), s.timeoutSeconds(), "must be greater than 0 and less than " + MAX_AFFINITY_SECONDS,
					"use a timeout between 1 and 86400 seconds, or leave it out for the default of 10800 (3 hours)");
		}
	}

	/**
	 * Mirrors {@code validateServiceExternalTrafficPolicy}, {@code validateServiceInternalTrafficFieldsValue}
	 * and {@code validateServiceTrafficDistribution}.
	 */
	static void trafficPolicies(Report r, ServiceSpec s) {
		if (!s.externallyAccessible()) {
			if (!s.externalTrafficPolicy().isEmpty()) {
				r.invalid(s.externalTrafficPolicyAt(), s.externalTrafficPolicy(),
						"may only be set for externally-accessible services",
						"remove externalTrafficPolicy, or make the Service NodePort or LoadBalancer (or give it externalIPs); for in-cluster traffic use internalTrafficPolicy");
			}
		}
		else if (!TRAFFIC_POLICIES.contains(s.externalTrafficPolicy())) {
			r.notSupported(s.externalTrafficPolicyAt(), s.externalTrafficPolicy(), TRAFFIC_POLICIES, "use Cluster or Local");
		}
		if (!s.needsHealthCheck() && s.healthCheckNodePort() != 0) {
			r.invalid(s.healthCheckNodePortAt(), s.healthCheckNodePort(),
					"may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
					"remove healthCheckNodePort; only LoadBalancer Services with externalTrafficPolicy: Local use it");
		}
		if (!s.internalTrafficPolicy().isEmpty() && !TRAFFIC_POLICIES.contains(s.internalTrafficPolicy())) {
			r.notSupported(s.internalTrafficPolicyAt(), s.internalTrafficPolicy(), TRAFFIC_POLICIES, "use Cluster or Local");
		}
		s.trafficDistribution().filter(t -> !TRAFFIC_DISTRIBUTIONS.contains(t)).ifPresent(t -> r.notSupported(
				s.trafficDistributionAt(), t, TRAFFIC_DISTRIBUTIONS, "use PreferSameZone, PreferSameNode or PreferClose"));
	}
}
