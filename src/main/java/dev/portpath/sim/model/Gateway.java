package dev.portpath.sim.model;

import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;

/** A Gateway (gateway.networking.k8s.io/v1) with its listeners and any addresses written in it. */
public record Gateway(String namespace, String name, String className, List<Listener> listeners,
		List<String> addresses, Doc doc) {

	public Gateway {
		listeners = List.copyOf(listeners);
		addresses = List.copyOf(addresses);
	}

	/**
	 * A listener. {@code allowedFrom} is Same (the default), All or Selector; {@code namespaceSelector} is
	 * used with Selector; {@code kinds} lists the route kinds allowed (empty: those of the protocol).
	 */
	public record Listener(int index, String name, int port, ListenerProtocol protocol, Optional<String> hostname,
			AllowedFrom allowedFrom, LabelSelector namespaceSelector, List<String> kinds, YNode node) {
	}

	/** Which namespaces a listener takes routes from ({@code allowedRoutes.namespaces.from}). */
	public enum AllowedFrom {
		SAME("Same"), ALL("All"), SELECTOR("Selector");

		private final String word;

		AllowedFrom(String word) {
			this.word = word;
		}

		public static AllowedFrom of(String written) {
			return written.equals("All") ? ALL : written.equals("Selector") ? SELECTOR : SAME;
		}

		@Override
		public String toString() {
			return word;
		}
	}

	/** A listener's protocol (gateway-api ProtocolType): the core ones, anything else implementation-specific. */
	public enum ListenerProtocol {
		HTTP, HTTPS, TLS, TCP, UDP, OTHER;

		public static ListenerProtocol of(String written) {
			return switch (written) {
				case "HTTP" -> HTTP;
				case "HTTPS" -> HTTPS;
				case "TLS" -> TLS;
				case "TCP" -> TCP;
				case "UDP" -> UDP;
				default -> OTHER;
			};
		}
	}

	public String ref() {
		return "Gateway " + namespace + "/" + name;
	}

	public String id() {
		return "Gateway/" + namespace + "/" + name;
	}
}
