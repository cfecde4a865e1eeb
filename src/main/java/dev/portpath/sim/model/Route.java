package dev.portpath.sim.model;

import java.util.List;
import java.util.Map;
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

	/** A rule: its matches (empty means match everything) and its weighted backends. */
	public record RouteRule(int index, List<Match> matches, List<BackendRef> backends, YNode node) {
	}

	/**
	 * One match: path (type and value), method, and headers and query parameters that must be equal. For
	 * GRPCRoute, {@code path} holds "/service/method" as written in its method match.
	 */
	public record Match(PathType pathType, String pathValue, Optional<String> method, Map<String, String> headers,
			Map<String, String> queryParams, YNode node) {
	}

	/** A backendRef; {@code port} is the Service port (required for Services). */
	public record BackendRef(String group, String kind, String namespace, String name, Optional<Integer> port,
			int weight, YNode node, String path) {

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
