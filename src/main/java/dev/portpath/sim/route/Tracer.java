package dev.portpath.sim.route;

import dev.portpath.sim.BadRequestException;
import java.util.Optional;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.trace.HttpOptions;
import dev.portpath.sim.trace.Protocol;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

/**
 * Walks one request through the simulated cluster as a pipeline of stages, each a small class with one
 * job that writes its hops and hands the next {@link Leg} on:
 * <ol>
 * <li>the client and the target ({@link RequestParser}),</li>
 * <li>the name ({@link Names}: cluster DNS, a node's resolver, public DNS) or the address ({@link Addresses},
 * {@link Nodes} for node addresses and localhost),</li>
 * <li>the front door: a Service port ({@link ServicePorts}), an Ingress ({@link FrontDoor}, {@link Ingresses}),
 * a Gateway ({@link GatewayListeners}, then {@link Rules}), a headless Service ({@link Headless}), or
 * {@code kubectl port-forward} ({@link PortForwards}),</li>
 * <li>the endpoints: through kube-proxy ({@link KubeProxy}) or straight from a proxy ({@link Proxies}), and
 * why there are none ({@link NoEndpoints}),</li>
 * <li>policy and delivery ({@link Delivery}).</li>
 * </ol>
 * No stage calls back into the tracer: this loop is the only place that knows the order.
 */
public final class Tracer {

	private final Cluster cluster;

	private final RequestParser parser;

	private final Names names;

	private final Addresses addresses;

	private final Nodes nodes;

	private final ServicePorts servicePorts;

	private final KubeProxy kubeProxy;

	private final Headless headless;

	private final FrontDoor frontDoor;

	private final Ingresses ingresses;

	private final GatewayListeners gateways;

	private final Rules rules;

	private final Proxies proxies;

	private final PortForwards portForwards;

	private final Delivery delivery;

	public Tracer(Cluster cluster) {
		Context c = Context.of(cluster);
		this.cluster = cluster;
		this.parser = c.parser();
		this.names = new Names(c);
		this.addresses = new Addresses(c);
		this.nodes = new Nodes(c);
		this.servicePorts = new ServicePorts(c);
		this.kubeProxy = new KubeProxy(c);
		this.headless = new Headless(c);
		this.frontDoor = new FrontDoor(c);
		this.ingresses = new Ingresses(c);
		this.gateways = new GatewayListeners(c);
		this.rules = new Rules(c);
		this.proxies = new Proxies(c);
		this.portForwards = new PortForwards(c);
		this.delivery = new Delivery(c);
	}

	/** Reads FROM without tracing: raises {@link BadRequestException} when it names no client. */
	public void checkFrom(String from) {
		parser.client(from);
	}

	/** Reads FROM and TO without tracing: raises {@link BadRequestException} for either. */
	public void checkRequest(Request request) {
		Object target = parser.target(request.to());
		if (!(target instanceof PortForward)) {
			parser.client(request.from());
		}
		HttpRequests.check(request.http(), target instanceof Destination d ? d.scheme() : "tcp");
	}

	public Trace trace(Request request) {
		cluster.budget().tick();
		Object target = parser.target(request.to());
		Path p;
		Leg leg;
		if (target instanceof PortForward pf) {
			HttpOptions http = HttpRequests.check(request.http(), "tcp");
			p = new Path(request, "kubectl on your machine", PortForwards.KUBECTL,
					Exchange.of(new Destination("tcp", Protocol.TCP, "localhost", 0, ""), http));
			leg = new Leg.ToPortForward(pf);
		}
		else {
			Destination d = (Destination) target;
			HttpOptions http = HttpRequests.check(request.http(), d.scheme());
			Client client = parser.client(request.from());
			p = new Path(request, client.label(), client.point(), Exchange.of(d, http));
			leg = first(client, d);
		}
		while (!(leg instanceof Leg.Done)) {
			cluster.budget().tick();
			leg = next(p, leg);
		}
		return ((Leg.Done) leg).trace();
	}

	/** Where a request starts: localhost, a node, an IP address, or a name. */
	private Leg first(Client client, Destination d) {
		if (d.host().equals("localhost") || d.host().startsWith("127.") || d.host().equals("::1")) {
			return new Leg.ToLocalhost(client, d);
		}
		if (d.host().equals("node")) {
			return new Leg.ToNode(client, d, Optional.empty());
		}
		if (d.host().startsWith("node/")) {
			return new Leg.ToNode(client, d, cluster.node(d.host().substring(5))); // the parser knows it exists
		}
		if (Ips.isIp(d.host())) {
			return new Leg.ByAddress(client, d);
		}
		return new Leg.ByName(client, d);
	}

	/** Runs the stage that takes this leg. */
	private Leg next(Path p, Leg leg) {
		if (leg instanceof Leg.ByName n) {
			return names.resolve(p, n);
		}
		if (leg instanceof Leg.ByAddress a) {
			return addresses.resolve(p, a);
		}
		if (leg instanceof Leg.ToLocalhost l) {
			return nodes.localhost(p, l);
		}
		if (leg instanceof Leg.ToNode n) {
			return nodes.arrive(p, n);
		}
		if (leg instanceof Leg.ToPod pod) {
			return addresses.toPod(p, pod);
		}
		if (leg instanceof Leg.ToServicePort s) {
			return servicePorts.find(p, s);
		}
		if (leg instanceof Leg.ToEndpoints e) {
			return kubeProxy.forward(p, e);
		}
		if (leg instanceof Leg.ToHeadless h) {
			return headless.resolve(p, h);
		}
		if (leg instanceof Leg.ToFrontDoor f) {
			return frontDoor.choose(f);
		}
		if (leg instanceof Leg.ToIngress i) {
			return ingresses.route(p, i);
		}
		if (leg instanceof Leg.ToGateway g) {
			return gateways.route(p, g);
		}
		if (leg instanceof Leg.ToRules r) {
			return rules.choose(p, r);
		}
		if (leg instanceof Leg.ToProxy x) {
			return proxies.forward(p, x);
		}
		if (leg instanceof Leg.ToPortForward f) {
			return portForwards.forward(p, f);
		}
		return delivery.arrive(p, (Leg.ToDelivery) leg);
	}
}
