package dev.portpath.sim.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.provider.Arguments;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.ModelBuilder;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.trace.Finding;

/** Helpers for the table tests of check's rules: manifests in, the codes (with severity) a rule reports. */
final class RuleCases {

	/** A web Deployment (two pods, container port http 8080) that the cases add Services and more to. */
	static final String WEB = """
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: web}
			spec:
			  replicas: 2
			  selector: {matchLabels: {app: web}}
			  template:
			    metadata: {labels: {app: web}}
			    spec:
			      containers:
			        - name: app
			          image: ghcr.io/acme/web:1.0.0
			          ports: [{name: http, containerPort: 8080}]
			---
			""";

	private RuleCases() {
	}

	static Arguments of(String name, String yaml, String... codes) {
		return Arguments.of(name, yaml, Set.of(codes));
	}

	static Cluster cluster(String yaml) {
		return new ModelBuilder().build(new YamlLoader().load(List.of(new Source("m.yaml", yaml))).docs());
	}

	/** The findings a rule reports, as {@code severity:code}. */
	static Set<String> codes(Rule rule, String yaml) {
		Set<String> out = new TreeSet<>();
		for (Finding f : rule.run(cluster(yaml))) {
			out.add(f.severity().json() + ":" + f.code());
		}
		return out;
	}
}
