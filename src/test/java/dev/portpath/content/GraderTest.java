package dev.portpath.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Outcome;

/** Predictions are graded against the engine's trace: outcome, then pod, container and port. */
class GraderTest {

	static final String STATEFUL = """
			apiVersion: apps/v1
			kind: StatefulSet
			metadata: {name: db}
			spec:
			  serviceName: db
			  replicas: 2
			  selector: {matchLabels: {app: db}}
			  template:
			    metadata: {labels: {app: db}}
			    spec:
			      containers: [{name: postgres, ports: [{name: sql, containerPort: 5432}]}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: db}
			spec:
			  clusterIP: None
			  selector: {app: db}
			  ports: [{port: 5432, targetPort: sql}]
			""";

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			outcome-alone-is-enough          | DELIVERED    | ''    | ''        | ''   | true
			the-right-pod                    | DELIVERED    | db-1  | postgres  | 5432 | true
			another-pod-of-the-set-is-wrong  | DELIVERED    | db-0  | ''        | ''   | false
			wrong-container                  | DELIVERED    | ''    | app       | ''   | false
			wrong-port                       | DELIVERED    | ''    | ''        | 80   | false
			wrong-outcome                    | NO_ENDPOINTS | ''    | ''        | ''   | false
			""")
	void predictionsAreGradedByTheTrace(String rule, Outcome outcome, String pod, String container, String port,
			boolean correct) {
		Engine engine = new Engine();
		var trace = engine.trace(List.of(new Source("m.yaml", STATEFUL)), "shell", "tcp://db-1.db:5432");
		var item = new QuizItem.Predict("p", "Where?", STATEFUL, "shell", "tcp://db-1.db:5432", "", trace);
		var feedback = new Grader(engine).predict(item, new Grader.Prediction(outcome,
				pod.isEmpty() ? Optional.empty() : Optional.of(pod),
				container.isEmpty() ? Optional.empty() : Optional.of(container),
				port.isEmpty() ? Optional.empty() : Optional.of(Integer.parseInt(port))));
		assertThat(feedback.correct()).as(String.join("; ", feedback.differences())).isEqualTo(correct);
	}
}
