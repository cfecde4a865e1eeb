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

	/** The problems with their files relative to the content root, to compare whole messages. */
	List<String> problemsInRoot() {
		return problems().stream().map(p -> p.replace(root.getFileName() + "/", "")).toList();
	}

	@Test
	void aLessonWhoseExampleTagNamesNothingIsReportedAtItsLine() throws IOException {
		write("lessons/01-a.md", "---\nid: a\ntitle: A\nexamples:\n  - id: one\n    file: one.yaml\n    to: http://web/\n---\nText\n\n{{example two}}\n");
		write("lessons/a/one.yaml", WORKING);
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("01-a.md:11").contains("{{example two}}"));
	}

	@Test
	void aComparisonOfAnUnknownExampleAndASourceWithoutHttpsAreReported() throws IOException {
		write("lessons/01-a.md", "---\nid: a\ntitle: A\nexamples:\n  - id: one\n    file: one.yaml\n    to: http://web/\n"
				+ "sources:\n  - text: the docs\n    url: http://example.com/\n---\nText\n\n{{compare one two}}\n");
		write("lessons/a/one.yaml", WORKING);
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("01-a.md:14").contains("names two"))
			.anySatisfy(p -> assertThat(p).contains("01-a.md:9").contains("https://"));
	}

	@Test
	void aChoiceItemWithoutAHintIsReported() throws IOException {
		write("quizzes/q.yaml", "id: q\nitems:\n  - {id: c1, kind: choice, question: Q, options: [{text: a, correct: true, why: w},"
				+ " {text: b, why: w}]}\n");
		assertThat(problems()).anySatisfy(p -> assertThat(p).contains("choice item c1 needs a hint"));
	}

	@Test
	void aPracticeAppWhoseGoalIsNotDeliveredIsReported() throws IOException {
		write("practice/apps/web/app.yaml", "title: Web\norigin: here\ngoals:\n  - to: http://web/\n  - to: http://web:81/\n");
		write("practice/apps/web/manifests.yaml", WORKING);
		Content c = new ContentLoader().load(root);
		assertThat(c.apps()).singleElement().satisfies(a -> assertThat(a.goals()).hasSize(2));
		assertThat(problems()).singleElement().satisfies(p -> assertThat(p).contains("app.yaml:5")
			.contains("http://web:81/ ends NO_SUCH_SERVICE_PORT, not DELIVERED"));
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

	/** A quiz of one predict item tracing http://web/ through {@link #WORKING}, with these lines after its to. */
	void predictQuiz(String lines) throws IOException {
		write("quizzes/q.yaml", "id: q\nitems:\n  - id: p1\n    kind: predict\n    to: http://web/\n" + lines.indent(4)
				+ "    manifests: |\n" + WORKING.indent(6));
	}

	@Test
	void aPredictItemWritesItsAnswerUnderExpectNotBesideTheQuestion() throws IOException {
		predictQuiz("outcome: DELIVERED\nexpect: {outcome: DELIVERED}");
		assertThat(problems()).singleElement().satisfies(p -> assertThat(p).contains("q.yaml:3").contains("writes 'outcome'")
			.contains("under expect"));
	}

	@Test
	void aPredictItemWithoutExpectIsReportedAtTheItem() throws IOException {
		predictQuiz("");
		assertThat(problems()).singleElement().satisfies(p -> assertThat(p).contains("q.yaml:3").contains("p1 needs expect"));
	}

	@Test
	void anExpectThatDisagreesWithTheEngineNamesBothAtTheKeysLine() throws IOException {
		predictQuiz("expect:\n  outcome: NO_ENDPOINTS\n  container: app\n  port: 80\n  failStep: endpoints");
		assertThat(problemsInRoot()).containsExactly(
				"quizzes/q.yaml:7: predict item p1 expects outcome NO_ENDPOINTS, but the engine traced DELIVERED",
				"quizzes/q.yaml:9: predict item p1 expects port 80, but the engine traced 8080",
				"quizzes/q.yaml:10: predict item p1 expects failStep endpoints, but the engine traced none");
	}

	@Test
	void anExpectThatAgreesWithTheEngineIsNoProblem() throws IOException {
		predictQuiz("expect:\n  outcome: DELIVERED\n  pod: web\n  container: app\n  port: 8080\n  endpoints: 1");
		assertThat(problems()).isEmpty();
	}

	@Test
	void aMalformedExpectIsReportedAtEachBadKey() throws IOException {
		predictQuiz("expect:\n  outcome: LANDS\n  port: http\n  endpoints: -1\n  container: ''\n  answer: app");
		assertThat(problemsInRoot()).containsExactlyInAnyOrder(
				"quizzes/q.yaml:11: expect.answer of p1 is not one of outcome, pod, container, port, failStep, endpoints",
				"quizzes/q.yaml:7: expect.outcome of p1 is 'LANDS'; write an outcome of the trace contract (DELIVERED, NO_ENDPOINTS, ...)",
				"quizzes/q.yaml:10: expect.container of p1 must be a name",
				"quizzes/q.yaml:8: expect.port of p1 must be a whole number from 1 to 65535",
				"quizzes/q.yaml:9: expect.endpoints of p1 must be a whole number from 0 up");
	}

	@Test
	void anExpectWithoutOutcomeIsReportedAtTheMap() throws IOException {
		predictQuiz("expect:\n  container: app");
		assertThat(problemsInRoot()).containsExactly("quizzes/q.yaml:7: expect of p1 needs outcome; write an outcome of the"
				+ " trace contract (DELIVERED, NO_ENDPOINTS, ...)");
	}

	@Test
	void anExpectThatIsNoMapIsReportedAtItsLine() throws IOException {
		predictQuiz("expect: DELIVERED");
		assertThat(problems()).singleElement().satisfies(p -> assertThat(p).contains("q.yaml:6").contains("p1 needs expect"));
	}

	@Test
	void duplicateIdsAndDanglingReferencesAreReported() throws IOException {
		write("quizzes/q.yaml", "id: q\nlesson: nope\nitems:\n  - {id: c1, kind: choice, question: Q, hint: H, options: [{text: a, correct: true, why: w}, {text: b, why: w}]}\n"
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
