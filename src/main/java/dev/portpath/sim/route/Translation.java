package dev.portpath.sim.route;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.trace.Protocol;

/** The endpoint a trace follows, and why its port is the one a Service port translates to. */
final class Translation {

	private Translation() {
	}

	/**
	 * The endpoint a trace follows among those a connection may land on: the first by name whose pod
	 * declares the port (so a working path is shown when there is one), else the first.
	 */
	static Backend representative(List<Backend> backends, Protocol protocol) {
		List<Backend> sorted = backends.stream().sorted(Comparator.comparing(Backend::label)).toList();
		return sorted.stream()
			.filter(b -> b.pod().flatMap(pod -> pod.declared(b.port(), protocol)).isPresent())
			.findFirst()
			.orElse(sorted.get(0));
	}

	/** Why the endpoints have the port they have: the slice port, a named or numeric targetPort, or the default. */
	static String reason(Service svc, ServicePort sp, List<Backend> usable) {
		Set<Integer> numbers = usable.stream().map(Backend::port).collect(Collectors.toCollection(LinkedHashSet::new));
		if (svc.selector().isEmpty()) {
			return "the EndpointSlice port is the destination (the Service targetPort is not applied)";
		}
		if (sp.targetPort().named()) {
			String nums = numbers.stream().map(String::valueOf).collect(Collectors.joining(" or "));
			return "targetPort " + sp.targetPort().name() + " resolves to " + nums
					+ (numbers.size() > 1 ? " (the name means different numbers in different pods)" : "");
		}
		if (sp.targetPort().defaulted()) {
			return "targetPort is not set, so it defaults to port " + sp.port();
		}
		return "targetPort " + sp.targetPort().number();
	}
}
