package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;

/** An HTTPRoute, GRPCRoute, TCPRoute, TLSRoute or UDPRoute: where it attaches, which hosts, which rules. */
public record Route(String kind, String namespace, String name, List<ParentRef> parents, List<String> hostnames,
		List<RouteRule> rules, Doc doc) {

	public Route {
		parents = List.copyOf(parents);
		hostnames = List.copyOf(hostnames);
		rules = List.copyOf(rules);
	}

	/** A parentRef: a Gateway (default) or, for the mesh, a Service. */
	public record ParentRef(String group, String kind, String namespace, String name, Optional<String> sectionName,
			Optional<Integer> port, YNode node) {

		public boolean isService() {
			return kind.equals("Service") && (group.isEmpty() || group.equals("core"));
		}
	}

	/** A rule: its matches (empty means match everything), its filters in order, and its weighted backends. */
	public record RouteRule(int index, List<Match> matches, List<RouteFilter> filters, List<BackendRef> backends,
			YNode node) {

		public RouteRule {
			matches = List.copyOf(matches);
			filters = List.copyOf(filters);
			backends = List.copyOf(backends);
		}
	}

	/**
	 * One match: path (type and value), method, headers and query parameters, all of which must hold. For
	 * GRPCRoute, {@code grpc} is its method match, and {@code path} holds "/service/method" as its
	 * service and method spell the request path.
	 */
	public record Match(PathType pathType, String pathValue, Optional<String> method, List<ValueMatch> headers,
			List<ValueMatch> queryParams, Optional<GrpcMethod> grpc, YNode node) {

		public Match {
			headers = List.copyOf(headers);
			queryParams = List.copyOf(queryParams);
		}
	}

	/** A GRPCRoute method match: service and method ("" matches any), compared exactly or as regular expressions. */
	public record GrpcMethod(boolean regex, String service, String method) {
	}

	/** A backendRef with its own filters; {@code port} is the Service port (required for Services). */
	public record BackendRef(String group, String kind, String namespace, String name, Optional<Integer> port,
			int weight, List<RouteFilter> filters, YNode node, String path) {

		public BackendRef {
			filters = List.copyOf(filters);
		}

		public boolean isService() {
			return kind.equals("Service") && (group.isEmpty() || group.equals("core"));
		}
	}

	public String ref() {
		return kind + " " + namespace + "/" + name;
	}

	public String id() {
		return kind + "/" + namespace + "/" + name;
	}
}
