package dev.portpath.sim;

import java.util.List;

import dev.portpath.sim.check.Checker;
import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.ModelBuilder;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.Loaded;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.route.Tracer;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;
import dev.portpath.sim.validate.Validator;

/**
 * The routing engine's front door: text in, trace or findings out. Pure Java, no I/O beyond the text
 * it is given, and deterministic. Models Kubernetes {@value #KUBERNETES_VERSION} with an iptables or
 * nftables kube-proxy.
 */
public final class Engine {

	public static final String KUBERNETES_VERSION = "1.35/1.36";

	private final Limits limits;

	public Engine(Limits limits) {
		this.limits = limits;
	}

	public Engine() {
		this(Limits.DEFAULT);
	}

	/** Reads and validates the manifests; throws {@link InputException} when they cannot be read at all. */
	public Prepared prepare(List<Source> sources) {
		Loaded loaded = new YamlLoader(limits).load(sources);
		if (!loaded.ok()) {
			throw new InputException(loaded.problems().get(0));
		}
		List<ApiError> errors = new Validator().validate(loaded.docs());
		Cluster cluster = new ModelBuilder().build(loaded.docs());
		return new Prepared(cluster, errors);
	}

	/** Traces one request; bad FROM/TO raises {@link dev.portpath.sim.route.BadRequestException}. */
	public Trace trace(List<Source> sources, String from, String to) {
		return trace(prepare(sources), new Request(from == null ? "shell" : from, to));
	}

	public Trace trace(Prepared prepared, Request request) {
		Tracer tracer = new Tracer(prepared.cluster());
		if (!prepared.errors().isEmpty()) {
			tracer.checkRequest(request); // a FROM or TO that names nothing is still a bad request
			ApiError first = prepared.errors().get(0);
			return new Trace(request, Outcome.INVALID, "kubectl apply fails: " + first.message(), List.of(),
					java.util.Optional.empty(), List.of(), prepared.errors(), List.of());
		}
		return tracer.trace(request);
	}

	/** Every port field in plain language and the route map, for a whole set of manifests. */
	public dev.portpath.sim.explain.Explanation explain(Prepared prepared) {
		return new dev.portpath.sim.explain.Explainer(prepared.cluster()).explain();
	}

	/** FROM choices and TO suggestions built from the manifests. */
	public dev.portpath.sim.explain.Suggestions suggestions(Prepared prepared) {
		return new dev.portpath.sim.explain.Explainer(prepared.cluster()).suggestions();
	}

	public CheckReport check(Prepared prepared) {
		return new Checker(prepared.cluster()).check(prepared.errors());
	}

	public CheckReport check(List<Source> sources) {
		Prepared prepared = prepare(sources);
		return new Checker(prepared.cluster()).check(prepared.errors());
	}

	/** Manifests read into a cluster, with what the API server would reject. */
	public record Prepared(Cluster cluster, List<ApiError> errors) {
	}
}
