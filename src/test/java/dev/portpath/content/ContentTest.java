package dev.portpath.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.portpath.sim.trace.Outcome;

/**
 * The content checks of content-check, on the real content/: every example traces, every predict item
 * computes, every fix starter fails and every solution meets its goal, ids are unique, references resolve.
 */
class ContentTest {

	static Content content;

	@BeforeAll
	static void load() {
		content = new ContentLoader().load(Path.of("content"));
	}

	@Test
	void contentHasNoProblems() {
		assertThat(content.problems()).as(content.problems().stream().map(ContentProblem::toString)
			.collect(Collectors.joining("\n"))).isEmpty();
	}

	@Test
	void theCourseIsComplete() {
		assertThat(content.lessons()).hasSizeGreaterThanOrEqualTo(16);
		assertThat(content.itemCount()).isGreaterThanOrEqualTo(60);
		assertThat(content.lessons()).allSatisfy(l -> {
			assertThat(l.examples()).as(l.id() + " has examples").isNotEmpty();
			assertThat(content.quiz(l.quizId())).as(l.id() + " ends with its quiz").isPresent();
		});
		for (String kind : new String[] { "Choice", "Predict", "Fix" }) {
			assertThat(content.quizzes().stream().flatMap(q -> q.items().stream())
				.filter(i -> i.getClass().getSimpleName().equals(kind))).as(kind + " items").hasSizeGreaterThanOrEqualTo(10);
		}
	}

	@Test
	void everyExerciseIsGradedByTracing() {
		Grader grader = new Grader(new dev.portpath.sim.Engine());
		assertThat(content.exercises()).isNotEmpty().allSatisfy(ex -> {
			assertThat(grader.fix(ex, ex.starter()).correct()).as(ex.id() + " starter fails its goal").isFalse();
			assertThat(grader.fix(ex, ex.solution()).correct()).as(ex.id() + " solution meets its goal").isTrue();
		});
	}

	@Test
	void predictAnswersComeFromTheTrace() {
		Grader grader = new Grader(new dev.portpath.sim.Engine());
		content.quizzes().stream().flatMap(q -> q.items().stream())
			.filter(QuizItem.Predict.class::isInstance).map(QuizItem.Predict.class::cast)
			.forEach(p -> {
				Outcome truth = p.answer().outcome();
				assertThat(grader.predict(p, new Grader.Prediction(truth, java.util.Optional.empty(), java.util.Optional.empty()))
					.correct()).as(p.id()).isTrue();
				Outcome wrong = truth == Outcome.DELIVERED ? Outcome.NO_ENDPOINTS : Outcome.DELIVERED;
				assertThat(grader.predict(p, new Grader.Prediction(wrong, java.util.Optional.empty(), java.util.Optional.empty()))
					.correct()).as(p.id() + " wrong answer").isFalse();
			});
	}
}
