package dev.portpath.sim;

import java.util.List;

import dev.portpath.sim.check.Checker;
import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.ModelBuilder;
import dev.portpath.sim.model.NotSimulatedKinds;
import dev.portpath.sim.parse.Budget;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.Loaded;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.route.Tracer;
import dev.portpath.sim.trace.ApiError;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.NotSimulated;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;
import dev.portpath.sim.validate.Validator;

/**
 * The routing engine's front door: text in, trace or findings out. Pure Java, no I/O beyond the text
 * it is given, and deterministic. Models Kubernetes {@value #KUBERNETES_VERSION} with an iptables or
 * nftables kube-proxy, and judges by one of those releases ({@link KubernetesVersion}).
 */
public final class Engine {

	/** The releases PortPath models; each answer says which one it was judged by. */
	public static final String KUBERNETES_VERSION = "1.35/1.36";

	private final Limits limits;

	private final KubernetesVersion version;

	public Engine(Limits limits, KubernetesVersion version) {
		this.limits = limits;
		this.version = version;
	}

	public Engine(Limits limits) {
		this(limits, KubernetesVersion.DEFAULT);
	}

	public Engine() {
		this(Limits.DEFAULT);
	}

	/** The same engine judging by another Kubernetes release. */
	public Engine withKubernetesVersion(KubernetesVersion other) {
		return new Engine(limits, other);
	}

	public KubernetesVersion kubernetesVersion() {
		return version;
	}

	/**
	 * Reads and validates the manifests; throws {@link InputException} when they cannot be read at all, and
	 * {@link EngineFailure} (an InputException with the line) when PortPath itself fails on them.
	 */
	public Prepared prepare(List<Source> sources) {
		Budget budget = Budget.start(limits);
		// Each object is validated as soon as it is read, in input order; the API server names a generateName
		// object before anything else, so the validator hands it back under that name for the cluster to know.
		Validator.Session validation = new Validator(budget, version.featureGates()).session();
		Loaded loaded;
		try {
			loaded = guarded("reading", () -> new YamlLoader(limits).load(sources, validation::accept));
		}
		catch (Validator.Crash ex) {
			Throwable cause = ex.getCause();
			throw new EngineFailure("validating", ex.at(), cause != null ? cause : ex);
		}
		if (!loaded.ok()) {
			throw new InputException(loaded.problems().get(0));
		}
		List<dev.portpath.sim.parse.Doc> docs = loaded.docs();
		List<ApiError> errors = validation.errors();
		Cluster cluster = guarded("modelling", () -> new ModelBuilder(budget, limits.maxPods()).build(docs));
		List<NotSimulated> notSimulated = guarded("reading",
				() -> NotSimulatedKinds.report(cluster.notSimulated(), loaded.helmMarkup()));
		return new Prepared(cluster, errors, notSimulated);
	}

	/** Traces one request; bad FROM/TO raises {@link dev.portpath.sim.BadRequestException}. */
	public Trace trace(List<Source> sources, String from, String to) {
		return trace(sources, from, to, dev.portpath.sim.trace.HttpOptions.NONE);
	}

	/** Traces one request with an HTTP method, headers or SNI (trace contract 1.1). */
	public Trace trace(List<Source> sources, String from, String to, dev.portpath.sim.trace.HttpOptions http) {
		return trace(prepare(sources), new Request(from == null ? "shell" : from, to, http));
	}

	public Trace trace(Prepared prepared, Request request) {
		return guarded("tracing", () -> {
			Tracer tracer = new Tracer(prepared.cluster());
			if (!prepared.errors().isEmpty()) {
				tracer.checkRequest(request); // a FROM or TO that names nothing is still a bad request
				ApiError first = prepared.errors().get(0);
				return new Trace(request, Outcome.INVALID, "kubectl apply fails: " + first.message(), List.of(),
						java.util.Optional.empty(), List.of(), prepared.errors(), List.of(), dev.portpath.sim.trace.HttpResult.NONE,
						prepared.notSimulated());
			}
			return tracer.trace(request).withNotSimulated(prepared.notSimulated());
		});
	}

	/** Every port field in plain language and the route map, for a whole set of manifests. */
	public dev.portpath.sim.explain.Explanation explain(Prepared prepared) {
		return guarded("explaining", () -> new dev.portpath.sim.explain.Explainer(prepared.cluster()).explain());
	}

	/** FROM choices and TO suggestions built from the manifests. */
	public dev.portpath.sim.explain.Suggestions suggestions(Prepared prepared) {
		return guarded("suggesting requests for",
				() -> new dev.portpath.sim.explain.Explainer(prepared.cluster()).suggestions());
	}

	/**
	 * Every route the manifests define (the route map's entry points), each traced from its usual client, or
	 * from {@code from} when given; a bad FROM raises {@link BadRequestException}.
	 */
	public java.util.List<dev.portpath.sim.routes.Route> routes(Prepared prepared, java.util.Optional<String> from) {
		java.util.List<dev.portpath.sim.explain.RouteRow> rows = explain(prepared).routes();
		from.ifPresent(f -> new Tracer(prepared.cluster()).checkFrom(f));
		return guarded("tracing the routes of", () -> dev.portpath.sim.routes.RouteTable.of(rows, from,
				request -> tracedOrRefused(prepared, request)));
	}

	/** A route's request that cannot be traced from the client asked for (say, a ClusterIP from outside) is answered, not raised. */
	private Trace tracedOrRefused(Prepared prepared, Request request) {
		try {
			return trace(prepared, request);
		}
		catch (BadRequestException ex) {
			return new Trace(request, Outcome.INVALID, String.valueOf(ex.getMessage()), List.of(), java.util.Optional.empty(), List.of(),
					List.of(), List.of());
		}
	}

	/** What changes between the routes of two versions of the manifests, each route traced in both. */
	public dev.portpath.sim.routes.RouteDiff.Result diff(Prepared base, Prepared head) {
		return dev.portpath.sim.routes.RouteDiff.of(routes(base, java.util.Optional.empty()),
				routes(head, java.util.Optional.empty()));
	}

	/** check, less the findings of the {@code ignored} codes (and those annotations silence), kept aside in the report. */
	public CheckReport check(Prepared prepared, java.util.Set<String> ignored) {
		return guarded("checking", () -> new Checker(prepared.cluster()).check(prepared.errors(), ignored)
			.withNotSimulatedKinds(prepared.notSimulated()));
	}

	public CheckReport check(Prepared prepared) {
		return check(prepared, java.util.Set.of());
	}

	public CheckReport check(List<Source> sources) {
		return check(prepare(sources));
	}

	/**
	 * Runs one stage; a failure that is not a named input error becomes an {@link EngineFailure}, so that
	 * no caller ever shows a stack trace and tests see every crash.
	 */
	private static <T> T guarded(String stage, java.util.function.Supplier<T> work) {
		try {
			return work.get();
		}
		catch (InputException | dev.portpath.sim.BadRequestException | Validator.Crash ex) {
			throw ex;
		}
		catch (Budget.Exceeded ex) {
			throw new WorkLimitException("PortPath stopped " + stage + " these manifests after " + seconds(ex.limitMillis())
					+ " of work, its limit for one request (raise it with --max-seconds on the command line, or"
					+ " portpath.max-engine-ms on a server), or split the manifests");
		}
		catch (RuntimeException | StackOverflowError ex) {
			throw new EngineFailure(stage, dev.portpath.sim.parse.Loc.NONE, ex);
		}
	}

	private static String seconds(long millis) {
		return millis < 1000 ? millis + " ms" : millis % 1000 == 0 ? millis / 1000 + " s"
				: String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
	}

	/**
	 * Manifests read into a cluster, with what the API server would reject and what PortPath read but did not
	 * simulate (grouped by kind, with advice; empty when everything was simulated).
	 */
	public record Prepared(Cluster cluster, List<ApiError> errors, List<NotSimulated> notSimulated) {

		public Prepared(Cluster cluster, List<ApiError> errors) {
			this(cluster, errors, List.of());
		}
	}
}
