package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;

/**
 * An Ingress (networking.k8s.io/v1) as a controller reads it: its class, host rules with paths, the
 * default backend and the TLS hosts.
 */
public record Ingress(String namespace, String name, Optional<String> className, List<Rule> rules,
		Optional<Backend> defaultBackend, List<String> tlsHosts, Doc doc) {

	public Ingress {
		rules = List.copyOf(rules);
		tlsHosts = List.copyOf(tlsHosts);
	}

	/** One host rule; an empty host applies to every host. */
	public record Rule(int index, String host, List<PathRule> paths, YNode node) {
		public Rule {
			paths = List.copyOf(paths);
		}
	}

	/** One {@code http.paths[]} entry. */
	public record PathRule(int index, String path, PathType pathType, Backend backend, YNode node) {
	}

	/**
	 * A backend: a Service and a Service port given by number or by name, or a resource backend.
	 * {@code path} is its field path, e.g. {@code spec.rules[0].http.paths[1].backend}.
	 */
	public record Backend(String serviceName, int portNumber, String portName, boolean resource, YNode node,
			String path) {

		public String describePort() {
			return portName.isEmpty() ? "port.number " + portNumber : "port.name " + portName;
		}
	}

	public String ref() {
		return "Ingress " + namespace + "/" + name;
	}

	public String id() {
		return "Ingress/" + namespace + "/" + name;
	}
}
