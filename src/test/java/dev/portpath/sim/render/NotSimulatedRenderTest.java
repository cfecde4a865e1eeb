package dev.portpath.sim.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Trace;

/**
 * What was not simulated, in every output: a block at the top of the text, a notSimulatedKinds field in JSON
 * that is left out when there is nothing to say (so answers about fully simulated manifests stay as they were),
 * and a note in SARIF for what can matter.
 */
class NotSimulatedRenderTest {

	static final String APP = """
			apiVersion: v1
			kind: Service
			metadata: {name: web}
			spec:
			  selector: {app: web}
			  ports: [{port: 80, targetPort: 8080}]
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: web, labels: {app: web}}
			spec:
			  containers: [{name: app, ports: [{containerPort: 8080}]}]
			""";

	static final String EXTRAS = """
			---
			apiVersion: kustomize.config.k8s.io/v1beta1
			kind: Kustomization
			resources: [app.yaml]
			---
			apiVersion: v1
			kind: ConfigMap
			metadata: {name: settings}
			---
			apiVersion: v1
			kind: Secret
			metadata: {name: token}
			""";

	private static Trace trace(String yaml) {
		return new Engine().trace(List.of(new Source("m.yaml", yaml)), "shell", "web:80");
	}

	private static CheckReport check(String yaml) {
		return new Engine().check(List.of(new Source("m.yaml", yaml)));
	}

	@Test
	void jsonLeavesTheFieldOutWhenEverythingWasSimulated() {
		assertThat(new JsonRenderer().trace(trace(APP))).doesNotContain("notSimulatedKinds");
		assertThat(new JsonRenderer().check(check(APP))).doesNotContain("notSimulatedKinds").contains("\"notSimulated\" : [ ]");
	}

	@Test
	void jsonGroupsWhatWasNotSimulatedByKindInTraceAndCheck() {
		for (String json : List.of(new JsonRenderer().trace(trace(APP + EXTRAS)), new JsonRenderer().check(check(APP + EXTRAS)))) {
			assertThat(json).contains("\"notSimulatedKinds\" : [ {\n    \"what\" : \"Kustomization\",\n"
					+ "    \"group\" : \"kustomize.config.k8s.io\",\n    \"effect\" : \"build\",\n    \"count\" : 1,")
				.contains("\"advice\" : \"run `kubectl kustomize DIR` (or `kustomize build DIR`) and paste the output\"")
				.contains("\"what\" : \"ConfigMap\"")
				.contains("\"line\" : 18,");
			// an entry with nothing to do has no advice key, as a hop without a fix has no fix key
			String configMap = json.substring(json.indexOf("\"what\" : \"ConfigMap\""), json.indexOf("\"what\" : \"Secret\""));
			assertThat(configMap).doesNotContain("advice");
		}
	}

	@Test
	void textSaysItFirstWithTheAdviceAndOneLineForKindsWithoutEffect() {
		String text = new TextRenderer().trace(trace(APP + EXTRAS));

		assertThat(text.lines().toList().subList(0, 6)).containsExactly("request  shell (default) → web:80",
				"i not simulated Kustomization ×1 (kustomize.config.k8s.io): an input to kustomize, not an",
				"                object: what a cluster gets is the objects it builds, with its name prefixes,",
				"                labels and patches applied [m.yaml:14]",
				"                advice: run `kubectl kustomize DIR` (or `kustomize build DIR`) and paste the",
				"                output");
		assertThat(text).contains("i not simulated ConfigMap ×1, Secret ×1: no effect on where a request goes");
		assertThat(new TextRenderer().check(check(APP + EXTRAS))).startsWith("i not simulated Kustomization ×1");
	}

	@Test
	void textSaysNothingWhenEverythingWasSimulated() {
		assertThat(new TextRenderer().trace(trace(APP))).doesNotContain("not simulated");
		assertThat(new TextRenderer().check(check(APP))).doesNotContain("not simulated");
	}

	@Test
	void anInvalidTraceStillSaysWhatWasNotSimulated() {
		Trace t = trace(APP.replace("targetPort: 8080", "targetport: 8080") + EXTRAS);

		assertThat(t.outcome().name()).isEqualTo("INVALID");
		assertThat(t.notSimulated()).extracting(n -> n.what()).containsExactly("Kustomization", "ConfigMap", "Secret");
	}

	@Test
	void sarifNotesWhatCanMatterAndLeavesOutKindsWithoutEffect() {
		String sarif = new SarifRenderer().check(check(APP + EXTRAS));

		assertThat(sarif).contains("\"ruleId\" : \"not-simulated\"").contains("\"level\" : \"note\"")
			.contains("Kustomization (1): an input to kustomize").contains("\"startLine\" : 14")
			.doesNotContain("ConfigMap");
		assertThat(new SarifRenderer().check(check(APP))).doesNotContain("not-simulated");
	}
}
