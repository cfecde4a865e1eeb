package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Mirrors {@code ValidateEndpoints} (core) and {@code ValidateEndpointSlice} (discovery) for hand-written endpoints. */
final class EndpointRules {

	static final List<String> ADDRESS_TYPES = List.of("FQDN", "IPv4", "IPv6");

	static final int MAX_ENDPOINTS = 1000;

	static final int MAX_ADDRESSES = 100;

	static final int MAX_PORTS = 20000;

	private static final String IP_FIX = "use the backend's routable address; loopback, link-local, link-local multicast and unspecified addresses cannot be endpoints";

	private static final String NAME_FIX = "use the name of the matching Service port: lowercase a-z, 0-9 and '-', at most 63 characters, starting and ending with a letter or digit";

	private EndpointRules() {
	}

	/** Mirrors {@code validateEndpointSubsets}, {@code validateEndpointAddress} and {@code validateEndpointPort}. */
	static void endpoints(Report r, At root) {
		for (At subset : Json.objects(r, root.child("subsets"), "Endpoints", "v1.EndpointSubset")) {
			At addressesAt = subset.child("addresses");
			At notReadyAt = subset.child("notReadyAddresses");
			List<At> addresses = Json.objects(r, addressesAt, "EndpointSubset", "v1.EndpointAddress");
			List<At> notReady = Json.objects(r, notReadyAt, "EndpointSubset", "v1.EndpointAddress");
			List<At> ports = Json.objects(r, subset.child("ports"), "EndpointSubset", "v1.EndpointPort");
			if (addresses.isEmpty() && notReady.isEmpty()) {
				r.required(subset, "must specify `addresses` or `notReadyAddresses`",
						"add addresses (or notReadyAddresses) with the backend IPs, or remove this subset");
			}
			List<At> all = new ArrayList<>(addresses);
			all.addAll(notReady);
			for (At a : all) {
				At ipAt = a.child("ip");
				String ip = Json.string(r, ipAt, "EndpointAddress", "string").orElse("");
				At hostnameAt = a.child("hostname");
				String hostname = Json.string(r, hostnameAt, "EndpointAddress", "string").orElse("");
				for (String msg : IpRules.legacyIp(ip, r.gates().strictIPCIDRValidation())) {
					r.invalid(ipAt, ip, msg, CanonicalIps.fix(ip, msg, "write the backend's IP address, for example 10.0.0.12"));
				}
				if (!hostname.isEmpty()) {
					for (String msg : NameRules.dns1123Label(hostname)) {
						r.invalid(hostnameAt, hostname, msg, NAME_FIX.replace("the name of the matching Service port", "a hostname"));
					}
				}
				for (String msg : IpRules.nonSpecial(ip)) {
					r.invalid(ipAt, ip, msg, IP_FIX);
				}
			}
			for (At p : ports) {
				endpointPort(r, p, ports.size() > 1);
			}
		}
	}

	private static void endpointPort(Report r, At p, boolean requireName) {
		At nameAt = p.child("name");
		At portAt = p.child("port");
		At protocolAt = p.child("protocol");
		At appAt = p.child("appProtocol");
		String name = Json.string(r, nameAt, "EndpointPort", "string").orElse("");
		long port = Json.int32(r, portAt, "EndpointPort").orElse(0);
		String protocol = Json.string(r, protocolAt, "EndpointPort", "v1.Protocol").filter(s -> !s.isEmpty()).orElse("TCP");
		Optional<String> app = Json.string(r, appAt, "EndpointPort", "string");
		if (requireName && name.isEmpty()) {
			r.required(nameAt, "", "name every port when a subset has more than one, using the Service port names");
		}
		else if (!name.isEmpty()) {
			for (String msg : NameRules.dns1123Label(name)) {
				r.invalid(nameAt, name, msg, NAME_FIX);
			}
		}
		if (!ContainerPortRules.validPort(port)) {
			r.invalid(portAt, port, ContainerPortRules.PORT_RANGE, "use the backend's port number (1-65535)");
		}
		protocol(r, protocolAt, protocol);
		app.ifPresent(a -> appProtocol(r, appAt, a));
	}

	/** Mirrors {@code ValidateEndpointSlice} (pkg/apis/discovery/validation). */
	static void endpointSlice(Report r, At root) {
		At typeAt = root.child("addressType");
		String type = Json.string(r, typeAt, "EndpointSlice", "v1.AddressType").orElse("");
		if (type.isEmpty()) {
			r.required(typeAt, "", "set addressType to IPv4, IPv6 or FQDN");
		}
		else if (!ADDRESS_TYPES.contains(type)) {
			r.notSupported(typeAt, type, ADDRESS_TYPES, "use IPv4, IPv6 or FQDN, spelled exactly");
		}
		At endpointsAt = root.child("endpoints");
		List<At> endpoints = Json.objects(r, endpointsAt, "EndpointSlice", "v1.Endpoint");
		if (endpoints.size() > MAX_ENDPOINTS) {
			r.tooMany(endpointsAt, endpoints.size(), MAX_ENDPOINTS,
					"split the endpoints over several EndpointSlices of at most 1000 each (the controller uses 100)");
		}
		else {
			for (At e : endpoints) {
				endpoint(r, e, type);
			}
		}
		At portsAt = root.child("ports");
		List<At> ports = Json.objects(r, portsAt, "EndpointSlice", "v1.EndpointPort");
		if (ports.size() > MAX_PORTS) {
			r.tooMany(portsAt, ports.size(), MAX_PORTS, "split the ports over several EndpointSlices");
			return;
		}
		Set<String> names = new HashSet<>();
		for (At p : ports) {
			At nameAt = p.child("name");
			At protocolAt = p.child("protocol");
			At appAt = p.child("appProtocol");
			String name = Json.string(r, nameAt, "EndpointPort", "string").orElse("");
			String protocol = Json.string(r, protocolAt, "EndpointPort", "v1.Protocol").orElse("TCP");
			Optional<String> app = Json.string(r, appAt, "EndpointPort", "string");
			// The port number is optional and not range-checked by the API server (only its type is).
			Json.int32(r, p.child("port"), "EndpointPort");
			if (!name.isEmpty()) {
				for (String msg : NameRules.dns1123Label(name)) {
					r.invalid(nameAt, name, msg, NAME_FIX);
				}
			}
			if (!names.add(name)) {
				r.duplicate(nameAt, name, "give each port of the slice its own name, matching the Service port names");
			}
			protocol(r, protocolAt, protocol);
			app.ifPresent(a -> appProtocol(r, appAt, a));
		}
	}

	private static void endpoint(Report r, At e, String type) {
		At addressesAt = e.child("addresses");
		List<At> items = new ArrayList<>();
		List<String> addresses = Json.strings(r, addressesAt, "Endpoint", "string", items);
		if (addresses.isEmpty()) {
			r.required(addressesAt, "must contain at least 1 address", "give each endpoint one address (its IP, or a name for FQDN slices)");
		}
		else if (addresses.size() > MAX_ADDRESSES) {
			r.tooMany(addressesAt, addresses.size(), MAX_ADDRESSES, "list at most 100 addresses per endpoint");
		}
		for (int i = 0; i < addresses.size(); i++) {
			String a = addresses.get(i);
			At at = items.get(i);
			switch (type) {
				case "IPv4", "IPv6" -> {
					boolean v4 = IpRules.parse(a).map(IpRules.Ip::isV4).orElse(false);
					boolean ok = IpRules.isValid(a) && (type.equals("IPv4") == v4);
					if (!ok) {
						r.invalid(at, a, "must be a valid " + type + " address",
								"write an " + type + " address here, or put it in a slice whose addressType matches");
					}
					for (String msg : IpRules.nonSpecial(a)) {
						r.invalid(at, a, msg, IP_FIX);
					}
				}
				case "FQDN" -> {
					if (a.isEmpty()) {
						r.required(at, "", "write a fully qualified domain name such as db.example.com");
						continue;
					}
					for (String[] err : NameRules.fullyQualifiedDomainName(a)) {
						r.invalid(at, err[0], err[1], "write a fully qualified lowercase domain name such as db.example.com");
					}
				}
				default -> {
				}
			}
		}
		At hostnameAt = e.child("hostname");
		Optional<String> hostname = Json.string(r, hostnameAt, "Endpoint", "string");
		hostname.ifPresent(h -> {
			for (String msg : NameRules.dns1123Label(h)) {
				r.invalid(hostnameAt, h, msg, "use a lowercase hostname of at most 63 characters (a-z, 0-9, '-')");
			}
		});
	}

	private static void protocol(Report r, At at, String protocol) {
		if (!ContainerPortRules.PROTOCOLS.contains(protocol)) {
			r.notSupported(at, protocol, ContainerPortRules.PROTOCOLS, "write TCP, UDP or SCTP in upper case, or leave protocol out for TCP");
		}
	}

	private static void appProtocol(Report r, At at, String value) {
		for (String msg : NameRules.qualifiedName(value)) {
			r.invalid(at, value, msg,
					"use an IANA service name (http, grpc), kubernetes.io/h2c, kubernetes.io/ws, kubernetes.io/wss, or a domain-prefixed name like example.com/proto");
		}
	}
}
