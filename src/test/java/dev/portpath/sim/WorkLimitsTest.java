package dev.portpath.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.check.Code;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Trace;

/**
 * Tiny inputs that ask for huge amounts of work: the engine answers them within its limits, says when an
 * answer rests on a sample, and refuses by name (never by running out of memory) what it cannot finish.
 */
public class WorkLimitsTest {

	/** The 138-byte Job that took a server down: a million pods asked for in one line. */
	public static final String MILLION_POD_JOB = """
			apiVersion: batch/v1
			kind: Job
			metadata: {name: j}
			spec:
			  parallelism: 1000000
			  template:
			    spec:
			      containers: [{name: c, image: busybox}]
			""";

	private final Engine engine = new Engine();

	@Test
	void aMillionPodJobIsSimulatedAsASampleAndSaysSo() {
		Engine.Prepared p = engine.prepare(List.of(new Source("job.yaml", MILLION_POD_JOB)));
		Workload job = p.cluster().workloads().get(0);
		assertThat(job.replicas()).isEqualTo(1_000_000);
		assertThat(job.simulated()).isEqualTo(Limits.DEFAULT.maxPods());
		assertThat(p.cluster().pods()).hasSize(Limits.DEFAULT.maxPods());
		CheckReport r = engine.check(p);
		assertThat(r.findings()).anySatisfy(f -> assertThat(f.code()).isEqualTo(Code.PODS_SAMPLED.word()));
		assertThat(r.hasErrors()).isFalse();
	}

	@Test
	void fiftyDeploymentsOfAThousandReplicasShareThePodLimit() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 50; i++) {
			sb.append("""
					apiVersion: apps/v1
					kind: Deployment
					metadata: {name: d%1$d}
					spec:
					  replicas: 1000
					  selector: {matchLabels: {app: d%1$d}}
					  template:
					    metadata: {labels: {app: d%1$d}}
					    spec: {containers: [{name: c, image: nginx, ports: [{containerPort: 80}]}]}
					---
					apiVersion: v1
					kind: Service
					metadata: {name: s%1$d}
					spec: {selector: {app: d%1$d}, ports: [{port: 80}]}
					---
					""".formatted(i));
		}
		List<Source> sources = List.of(new Source("fifty.yaml", sb.toString()));
		Engine.Prepared p = engine.prepare(sources);
		assertThat(p.cluster().pods()).hasSizeLessThanOrEqualTo(Limits.DEFAULT.maxPods());
		assertThat(p.cluster().workloads()).allSatisfy(w -> assertThat(w.simulated()).isEqualTo(40));
		Trace t = engine.trace(p, new dev.portpath.sim.trace.Request("shell", "http://s7/"));
		assertThat(t.outcome()).isEqualTo(Outcome.DELIVERED);
		assertThat(t.hops()).anySatisfy(h -> assertThat(h.message()).contains("matches 1000 pods").contains("a sample"));
	}

	@Test
	void workPastTheDeadlineIsRefusedByName() {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 2000; i++) {
			sb.append("apiVersion: v1\nkind: Service\nmetadata: {name: s").append(i)
				.append("}\nspec: {selector: {app: a").append(i).append("}, ports: [{port: 80}]}\n---\n");
		}
		Engine hurried = new Engine(Limits.DEFAULT.withMaxMillis(1));
		List<Source> sources = List.of(new Source("many.yaml", sb.toString()));
		// two thousand Services take far longer than a millisecond to validate, model and check
		assertThatThrownBy(() -> hurried.check(sources)).isInstanceOf(WorkLimitException.class)
			.hasMessageContaining("after 1 ms of work").hasMessageContaining("--max-seconds");
	}

	@Test
	void tooManyObjectsNameTheFlagThatRaisesTheLimit() {
		Engine small = new Engine(Limits.DEFAULT.withMaxDocuments(2));
		String three = "kind: Service\nmetadata: {name: a}\n---\nkind: Service\nmetadata: {name: b}\n---\nkind: Service\n"
				+ "metadata: {name: c}\n";
		assertThatThrownBy(() -> small.check(List.of(new Source("m.yaml", three)))).isInstanceOf(InputException.class)
			.hasMessageContaining("more than 2 objects").hasMessageContaining("--max-objects");
	}

	/** A pattern that backtracks exponentially in java.util.regex is matched by RE2/J in linear time. */
	@Test
	void aBacktrackingPathRegexIsMatchedInLinearTime() {
		String yaml = """
				apiVersion: gateway.networking.k8s.io/v1
				kind: Gateway
				metadata: {name: gw}
				spec:
				  gatewayClassName: eg
				  listeners: [{name: http, protocol: HTTP, port: 80}]
				---
				apiVersion: gateway.networking.k8s.io/v1
				kind: HTTPRoute
				metadata: {name: r}
				spec:
				  parentRefs: [{name: gw}]
				  rules:
				    - matches: [{path: {type: RegularExpression, value: "/(a+)+$"}}]
				      backendRefs: [{name: web, port: 80}]
				""";
		Trace t = engine.trace(List.of(new Source("r.yaml", yaml)), "external",
				"http://shop.example.com/" + "a".repeat(64) + "!");
		assertThat(t.outcome()).isEqualTo(Outcome.NO_MATCHING_RULE);
	}
}
