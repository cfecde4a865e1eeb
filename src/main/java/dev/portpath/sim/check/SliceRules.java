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
			if (s.mirroredFromEndpoints() || !s.serviceName().isEmpty()) {
				continue;
			}
			out.add(Findings.warning("endpointslice-missing-service-name-label", Refs.docField(s.doc(), "labels", "metadata"),
					"EndpointSlice " + s.namespace() + "/" + s.name() + " has no label kubernetes.io/service-name, so"
							+ " kube-proxy and DNS attach it to no Service",
					"add the label kubernetes.io/service-name: <the Service's name>"));
		}
		return out;
	}
}
