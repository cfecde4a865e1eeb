package dev.portpath.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** content-check names what is wrong, with the file and line, for each kind of mistake an author makes. */
class ContentLoaderTest {

	@TempDir
	Path root;

	static final String WORKING = """
			apiVersion: v1
			kind: Pod
			metadata: {name: web, labels: {app: web}}
			spec:
			  containers: [{name: app, ports: [{containerPort: 8080}]}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: web}
			spec:
			  selector: {app: web}
			  ports: [{port: 80, targetPort: 8080}]
			""";

	void write(String path, String text) throws IOException {
		Path p = root.resolve(path);
		Files.createDirectories(p.getParent());
		Files.writeString(p, text);
	}

	List<String> problems() {
		return new ContentLoader().load(root).problems().stream().map(ContentProblem::toString).toList();
	}

	@Test
	void aLessonWhoseExampleTagNamesNothingIsReportedAtItsLine() throws IOException {
		write("lessons/01-a.md", "---\nid: a\ntitle: A\nexamples:\n  - id: one\n    file: one.yaml\n    to: http://web/\n---\nText\n\n{{example two}}\n");
		write("lessons/a/one.yaml", WORKING);
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("01-a.md:11").contains("{{example two}}"));
	}

	@Test
	void aMissingRequiredFieldIsReportedAtItsObject() throws IOException {
		write("lessons/01-a.md", "---\nid: a\nexamples: []\n---\nText\n");
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("01-a.md:2").contains("'title' is required"));
	}

	@Test
	void aStarterThatAlreadyWorksIsReported() throws IOException {
		write("exercises/e/exercise.yaml", "id: e\ntitle: E\ntask: T\nto: http://web/\ngoal: {outcome: DELIVERED}\n");
		write("exercises/e/starter.yaml", WORKING);
		write("exercises/e/solution.yaml", WORKING);
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("starter already meets the goal"));
	}

	@Test
	void aSolutionThatFailsIsReported() throws IOException {
		write("exercises/e/exercise.yaml", "id: e\ntitle: E\ntask: T\nto: http://web/\ngoal: {outcome: DELIVERED, port: 8080}\n");
		write("exercises/e/starter.yaml", WORKING.replace("targetPort: 8080", "targetPort: 80"));
		write("exercises/e/solution.yaml", WORKING.replace("targetPort: 8080", "targetPort: 9090"));
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("solution.yaml").contains("does not meet the goal"));
	}

	@Test
	void aPredictItemMayNotWriteItsAnswer() throws IOException {
		write("quizzes/q.yaml", "id: q\nitems:\n  - id: p1\n    kind: predict\n    to: http://web/\n    outcome: DELIVERED\n"
				+ "    manifests: |\n" + WORKING.indent(6));
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("q.yaml:3").contains("must not write its answer"));
	}

	@Test
	void duplicateIdsAndDanglingReferencesAreReported() throws IOException {
		write("quizzes/q.yaml", "id: q\nlesson: nope\nitems:\n  - {id: c1, kind: choice, question: Q, options: [{text: a, correct: true, why: w}, {text: b, why: w}]}\n"
				+ "  - {id: c1, kind: fix, exercise: missing}\n");
		List<String> p = problems();
		assertThat(p).anySatisfy(x -> assertThat(x).contains("names exercise missing"));
	}

	@Test
	void aQuizFileThatIsNotYamlIsReportedWithItsLine() throws IOException {
		write("quizzes/q.yaml", "id: q\nitems: [\n");
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("q.yaml:3").contains("YAML cannot be parsed"));
	}
}
