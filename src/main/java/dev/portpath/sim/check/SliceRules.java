package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.route.EndpointResolver;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.route.SliceDrift;
import dev.portpath.sim.trace.Finding;

/**
 * EndpointSlices: a slice without the kubernetes.io/service-name label feeds no Service; in a dump, the
 * controller's slices that disagree with the pods ({@link SliceDrift}, the same answer the trace gives).
 */
final class SliceRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		List<Finding> out = new ArrayList<>();
		unlabelled(cluster, out);
		drift(cluster, out);
		return out;
	}

	/** Each disagreement between a Service's slices and its pods, once, whichever ports it touches. */
	private static void drift(Cluster cluster, List<Finding> out) {
		EndpointResolver endpoints = new EndpointResolver(cluster);
		for (Service svc : cluster.services()) {
			if (svc.selector().isEmpty() || endpoints.observedSlices(svc).isEmpty()) {
				continue;
			}
			Set<String> seen = new HashSet<>();
			for (ServicePort sp : svc.ports()) {
				for (SliceDrift.Difference d : SliceDrift.of(cluster, endpoints, svc, sp)) {
					if (seen.add(d.kind() + d.text())) {
						Code code = switch (d.kind()) {
							case STALE -> Code.ENDPOINTSLICE_STALE;
							case MISSING -> Code.ENDPOINTSLICE_MISSING_POD;
							case READINESS -> Code.ENDPOINTSLICE_READINESS_DIFFERS;
						};
						out.add(Findings.warning(code, d.ref(), svc.ref() + ": " + d.text(), SliceDrift.fix(svc)));
					}
				}
			}
		}
	}

	private static void unlabelled(Cluster cluster, List<Finding> out) {
		for (EndpointSlice s : cluster.slices()) {
			cluster.budget().tick();
			if (s.mirroredFromEndpoints() || !s.serviceName().isEmpty()) {
				continue;
			}
			// a selectorless Service whose name the slice carries is evidence of what the slice was for
			java.util.Optional<dev.portpath.sim.model.Service> meant = cluster.servicesIn(s.namespace())
				.stream()
				.filter(svc -> svc.selector().isEmpty() && !svc.isExternalName()
						&& s.name().startsWith(svc.name()) && cluster.slicesFor(svc).isEmpty())
				.findFirst();
			String message = "EndpointSlice " + s.namespace() + "/" + s.name() + " has no label kubernetes.io/service-name, so"
					+ " kube-proxy and DNS attach it to no Service";
			if (meant.isPresent()) {
				out.add(Findings.error(Code.ENDPOINTSLICE_MISSING_SERVICE_NAME_LABEL, Refs.docField(s.doc(), "labels", "metadata"),
						message + "; " + meant.get().ref() + " has no selector and no other endpoints, so it has none",
						"add the label kubernetes.io/service-name: " + meant.get().name() + " to the EndpointSlice"));
			}
			else {
				out.add(Findings.warning(Code.ENDPOINTSLICE_MISSING_SERVICE_NAME_LABEL,
						Refs.docField(s.doc(), "labels", "metadata"), message,
						"add the label kubernetes.io/service-name: <the Service's name>"));
			}
		}
	}
}
