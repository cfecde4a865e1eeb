package dev.portpath.sim.route;

import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Gateway;
import dev.portpath.sim.model.Route;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Ref;

/**
 * Whether a route attaches to a Gateway listener through a parentRef (gateway-api ParentReference and
 * Listener.AllowedRoutes; the route's hostnames must intersect the listener's), and why not. Decided here
 * for the trace and for check alike.
 */
public final class Attachments {

	private Attachments() {
	}

	/** What keeps a route off a listener; it also names the field to change. */
	public enum Reason {
		SECTION_NAME, PORT, KIND, NAMESPACE, HOSTNAMES, HOST
	}

	/** A refusal: the reason and one sentence. */
	public record Rejection(Reason reason, String text) {
	}

	/** Empty when the listener accepts the route through this parentRef (and serves {@code host}, when given). */
	public static Optional<Rejection> whyNot(Cluster cluster, Route r, Route.ParentRef pr, Gateway g, Gateway.Listener l,
			Optional<String> host) {
		if (pr.sectionName().isPresent() && !pr.sectionName().get().equals(l.name())) {
			return no(Reason.SECTION_NAME, "its parentRef names sectionName " + pr.sectionName().get() + ", not listener "
					+ l.name());
		}
		if (pr.port().isPresent() && pr.port().get() != l.port()) {
			return no(Reason.PORT, "its parentRef names port " + pr.port().get() + ", the listener is on " + l.port());
		}
		if (!GatewayListeners.routeKinds(l).contains(r.kind())) {
			return no(Reason.KIND, "listener " + l.name() + " (" + l.protocol() + ") does not take " + r.kind() + "s");
		}
		boolean nsAllowed = switch (l.allowedFrom()) {
			case ALL -> true;
			case SELECTOR -> l.namespaceSelector().matches(cluster.labelsOf(r.namespace()));
			case SAME -> r.namespace().equals(g.namespace());
		};
		if (!nsAllowed) {
			return no(Reason.NAMESPACE, "listener " + l.name() + " allows routes from "
					+ (l.allowedFrom() == Gateway.AllowedFrom.SELECTOR ? "namespaces " + l.namespaceSelector()
							: "its own namespace (" + g.namespace() + ") only")
					+ ", and the route is in " + r.namespace());
		}
		String lh = l.hostname().orElse("");
		if (!r.hostnames().isEmpty() && r.hostnames().stream().noneMatch(h -> Hosts.intersect(h, lh))) {
			return no(Reason.HOSTNAMES, "its hostnames " + r.hostnames() + " do not intersect the listener's " + lh);
		}
		if (host.isPresent() && !r.hostnames().isEmpty()
				&& r.hostnames().stream().noneMatch(h -> Hosts.gatewayMatches(h, host.get()))) {
			return no(Reason.HOST, "its hostnames " + r.hostnames() + " do not include " + host.get());
		}
		return Optional.empty();
	}

	private static Optional<Rejection> no(Reason reason, String text) {
		return Optional.of(new Rejection(reason, text));
	}

	/** The field to change when a route is not attached: sectionName, port, hostnames, or the parentRef. */
	public static Ref ref(Route r, Route.ParentRef pr, Reason reason) {
		return switch (reason) {
			case SECTION_NAME -> Ref.of(Refs.field(pr.node(), "sectionName"), r.id() + "/spec.parentRefs.sectionName");
			case PORT -> Ref.of(Refs.field(pr.node(), "port"), r.id() + "/spec.parentRefs.port");
			case HOSTNAMES, HOST -> {
				YNode hosts = r.doc().root().path("spec", "hostnames");
				yield Ref.of(hosts.items().isEmpty() ? hosts.loc() : hosts.items().get(0).loc(), r.id() + "/spec.hostnames");
			}
			case KIND, NAMESPACE -> Ref.of(pr.node().loc(), r.id() + "/spec.parentRefs");
		};
	}
}
