package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.portpath.sim.parse.YSeq;

/**
 * Mirrors the port checks of {@code ValidatePodSpec}: {@code validateContainerPorts},
 * {@code AccumulateUniqueHostPorts}, {@code validatePodHostNetworkDeps} and the ephemeral-container
 * field allow list.
 */
final class ContainerPortRules {

	static final List<String> PROTOCOLS = List.of("SCTP", "TCP", "UDP");

	static final String PORT_RANGE = "must be between 1 and 65535, inclusive";

	record Port(At at, String name, At nameAt, long containerPort, At containerPortAt, long hostPort, At hostPortAt,
			String protocol, At protocolAt, String hostIP) {
	}

	record Container(At at, List<Port> ports, boolean portsWritten) {
	}

	record PodSpec(At at, boolean hostNetwork, List<Container> containers, List<Container> initContainers,
			List<Container> ephemeralContainers) {
	}

	private ContainerPortRules() {
	}

	/**
	 * Reads and checks the pod spec at {@code spec}. {@code isPod} is true for a bare Pod, whose host ports
	 * are defaulted to the container ports under hostNetwork before validation (templates are not).
	 */
	static void check(Report r, At spec, boolean isPod) {
		PodSpec pod = read(r, spec);
		if (r.decodeFailed()) {
			return;
		}
		if (isPod && pod.hostNetwork()) {
			pod = defaultHostNetworkPorts(pod);
		}
		for (Container c : pod.containers()) {
			containerPorts(r, c);
		}
		for (Container c : pod.initContainers()) {
			containerPorts(r, c);
		}
		for (Container c : pod.ephemeralContainers()) {
			containerPorts(r, c);
			ephemeralPorts(r, c);
		}
		uniqueHostPorts(r, pod.containers());
		for (int i = 0; i < pod.initContainers().size(); i++) {
			// validateInitContainers passes each init container alone, so the server's path always says [0].
			String real = spec.path() + ".initContainers[" + i + "]";
			String shown = spec.path() + ".initContainers[0]";
			uniqueHostPorts(r, List.of(renamed(pod.initContainers().get(i), real, shown)));
		}
		hostNetworkPorts(r, pod);
	}

	/** Mirrors {@code validateContainerPorts}: name syntax and uniqueness, port ranges, protocol. */
	static void containerPorts(Report r, Container c) {
		Set<String> names = new HashSet<>();
		for (Port p : c.ports()) {
			if (!p.name().isEmpty()) {
				List<String> msgs = NameRules.ianaServiceName(p.name());
				for (String msg : msgs) {
					r.invalid(p.nameAt(), p.name(), msg,
							"use a lowercase port name of at most 15 characters made of a-z, 0-9 and single inner hyphens, with at least one letter (for example http or metrics)");
				}
				if (msgs.isEmpty() && !names.add(p.name())) {
					r.duplicate(p.nameAt(), p.name(), "give each port of this container its own name");
				}
			}
			if (p.containerPort() == 0) {
				r.required(p.containerPortAt(), "", "add containerPort with the number the process listens on (1-65535)");
			}
			else if (!validPort(p.containerPort())) {
				r.invalid(p.containerPortAt(), p.containerPort(), PORT_RANGE, "use a port number between 1 and 65535");
			}
			if (p.hostPort() != 0 && !validPort(p.hostPort())) {
				r.invalid(p.hostPortAt(), p.hostPort(), PORT_RANGE,
						"use a host port between 1 and 65535, or leave hostPort out (most pods do not need one)");
			}
			if (!PROTOCOLS.contains(p.protocol())) {
				r.notSupported(p.protocolAt(), p.protocol(), PROTOCOLS,
						"write TCP, UDP or SCTP in upper case, or leave protocol out for TCP");
			}
		}
	}

	/** Mirrors {@code AccumulateUniqueHostPorts}: one {@code protocol/hostIP/hostPort} per pod. */
	static void uniqueHostPorts(Report r, List<Container> containers) {
		Set<String> keys = new HashSet<>();
		for (Container c : containers) {
			for (Port p : c.ports()) {
				if (p.hostPort() == 0) {
					continue;
				}
				String key = p.protocol() + "/" + p.hostIP() + "/" + p.hostPort();
				if (!keys.add(key)) {
					r.duplicate(p.hostPortAt(), key,
							"use a different hostPort (or hostIP or protocol) for one of the two ports, or drop hostPort if the node port is not needed");
				}
			}
		}
	}

	/** Mirrors {@code validatePodHostNetworkDeps}: with hostNetwork a host port must equal the container port. */
	static void hostNetworkPorts(Report r, PodSpec pod) {
		if (!pod.hostNetwork()) {
			return;
		}
		for (Container c : pod.containers()) {
			for (Port p : c.ports()) {
				if (p.hostPort() != 0 && p.hostPort() != p.containerPort()) {
					r.invalid(p.hostPortAt(), p.hostPort(), "must match `containerPort` when `hostNetwork` is true",
							"with hostNetwork: true the process listens on the node itself, so set hostPort to "
									+ p.containerPort() + " or leave hostPort out");
				}
			}
		}
	}

	/** Mirrors the {@code allowedEphemeralContainerFields} allow list ({@code Ports: false}). */
	static void ephemeralPorts(Report r, Container c) {
		if (c.portsWritten()) {
			r.forbidden(c.at().child("ports"), "cannot be set for an Ephemeral Container",
					"remove ports from the ephemeral container; it shares the pod's network and cannot publish ports");
		}
	}

	static boolean validPort(long n) {
		return n >= 1 && n <= 65535;
	}

	static PodSpec read(Report r, At spec) {
		boolean hostNetwork = Json.bool(r, spec.child("hostNetwork"), "PodSpec").orElse(false);
		return new PodSpec(spec, hostNetwork,
				containers(r, spec.child("containers"), "v1.Container", "Container"),
				containers(r, spec.child("initContainers"), "v1.Container", "Container"),
				containers(r, spec.child("ephemeralContainers"), "v1.EphemeralContainer", "EphemeralContainerCommon"));
	}

	private static List<Container> containers(Report r, At list, String elemType, String struct) {
		List<Container> out = new ArrayList<>();
		for (At c : Json.objects(r, list, "PodSpec", elemType)) {
			At portsAt = c.child("ports");
			List<Port> ports = new ArrayList<>();
			for (At p : Json.objects(r, portsAt, struct, "v1.ContainerPort")) {
				At name = p.child("name");
				At containerPort = p.child("containerPort");
				At hostPort = p.child("hostPort");
				At protocol = p.child("protocol");
				At hostIP = p.child("hostIP");
				String proto = Json.string(r, protocol, "ContainerPort", "v1.Protocol").orElse("");
				ports.add(new Port(p, Json.string(r, name, "ContainerPort", "string").orElse(""), name,
						Json.int32(r, containerPort, "ContainerPort").orElse(0), containerPort,
						Json.int32(r, hostPort, "ContainerPort").orElse(0), hostPort,
						proto.isEmpty() ? "TCP" : proto, protocol,
						Json.string(r, hostIP, "ContainerPort", "string").orElse("")));
			}
			out.add(new Container(c, ports, portsAt.node() instanceof YSeq));
		}
		return out;
	}

	/** {@code defaultHostNetworkPorts}: in a hostNetwork Pod an unset hostPort becomes the containerPort. */
	private static PodSpec defaultHostNetworkPorts(PodSpec pod) {
		return new PodSpec(pod.at(), true, withHostPorts(pod.containers()), withHostPorts(pod.initContainers()),
				pod.ephemeralContainers());
	}

	private static List<Container> withHostPorts(List<Container> cs) {
		List<Container> out = new ArrayList<>();
		for (Container c : cs) {
			List<Port> ports = new ArrayList<>();
			for (Port p : c.ports()) {
				ports.add(p.hostPort() != 0 ? p : new Port(p.at(), p.name(), p.nameAt(), p.containerPort(),
						p.containerPortAt(), p.containerPort(), p.hostPortAt(), p.protocol(), p.protocolAt(), p.hostIP()));
			}
			out.add(new Container(c.at(), ports, c.portsWritten()));
		}
		return out;
	}

	private static Container renamed(Container c, String real, String shown) {
		List<Port> ports = new ArrayList<>();
		for (Port p : c.ports()) {
			At hp = p.hostPortAt();
			ports.add(new Port(p.at(), p.name(), p.nameAt(), p.containerPort(), p.containerPortAt(), p.hostPort(),
					hp.as(hp.path().replace(real, shown)), p.protocol(), p.protocolAt(), p.hostIP()));
		}
		return new Container(c.at(), ports, c.portsWritten());
	}
}
