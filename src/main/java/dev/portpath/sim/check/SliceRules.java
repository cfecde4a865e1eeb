package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.List;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.EndpointSlice;
import dev.portpath.sim.route.Refs;
import dev.portpath.sim.trace.Finding;

/** Manual EndpointSlices: a slice without the kubernetes.io/service-name label feeds no Service. */
final class SliceRules implements Rule {

	@Override
	public List<Finding> run(Cluster cluster) {
		List<Finding> out = new ArrayList<>();
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
		return out;
	}
}
