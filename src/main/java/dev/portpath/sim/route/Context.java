package dev.portpath.sim.route;

import dev.portpath.sim.model.Cluster;

/** What every stage of a trace reads: the cluster, and the resolvers built once per trace. */
record Context(Cluster cluster, EndpointResolver endpoints, Dns dns, RequestParser parser, Policies policies) {

	static Context of(Cluster cluster) {
		EndpointResolver endpoints = new EndpointResolver(cluster);
		return new Context(cluster, endpoints, new Dns(cluster, endpoints), new RequestParser(cluster),
				new Policies(cluster));
	}
}
