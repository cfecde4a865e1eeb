package dev.portpath.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.portpath.content.Content;
import dev.portpath.content.ContentLoader;
import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.trace.Outcome;

/**
 * Practice over the real content/: every served exercise is solvable (its working manifests reach the goal,
 * and are graded right) and fails as served (graded wrong), for hundreds of seeds at every level; the same
 * seed and level give the same exercise, in another instance too.
 */
class PracticeTest {

	static final int SEEDS = 200;

	static Content content;

	static Practice practice;

	@BeforeAll
	static void load() {
		content = new ContentLoader().load(Path.of("content"));
		practice = new Practice(new Engine(), content);
	}

	@ParameterizedTest(name = "level {0}")
	@ValueSource(ints = { 1, 2, 3 })
	void everyServedExerciseFailsAsServedAndIsSolvable(int level) {
		Set<BugKind> seen = EnumSet.noneOf(BugKind.class);
		Set<String> apps = new HashSet<>();
		for (long seed = 0; seed < SEEDS; seed++) {
			PracticeExercise ex = practice.exercise(seed, level);
			String what = "seed " + seed + " level " + level + " (" + ex.app() + ", " + ex.kindIds() + ")";
			assertThat(ex.kinds()).as(what).hasSize(level == 2 ? 2 : 1);
			assertThat(ex.distractor().isEmpty()).as(what + " distractor").isEqualTo(level != 3);
			Practice.Verdict served = practice.check(ex, ex.manifests());
			assertThat(served.correct()).as(what + " fails as served").isFalse();
			assertThat(served.reasons()).as(what).isNotEmpty();
			Practice.Verdict solved = practice.check(ex, ex.solution());
			assertThat(solved.correct()).as(what + " is solved by its working manifests: " + solved.reasons()).isTrue();
			assertThat(solved.trace().outcome()).isEqualTo(Outcome.DELIVERED);
			seen.addAll(ex.kinds());
			apps.add(ex.app());
		}
		assertThat(apps).as("apps used at level " + level).hasSizeGreaterThan(20);
		if (level == 1) {
			assertThat(seen).as("every bug kind is served").containsExactlyInAnyOrder(BugKind.values());
		}
	}

	@Test
	void theSameSeedAndLevelGiveTheSameExerciseInAnotherInstance() {
		Practice other = new Practice(new Engine(), content);
		for (long seed : new long[] { 0, 1, 7, 42, 123456789L }) {
			for (int level = 1; level <= Practice.LEVELS; level++) {
				PracticeExercise a = practice.exercise(seed, level);
				PracticeExercise b = other.exercise(seed, level);
				assertThat(b).as("seed " + seed + " level " + level).isEqualTo(a);
			}
		}
	}

	@Test
	void neighbouringSeedsGiveDifferentExercises() {
		Set<String> manifests = new HashSet<>();
		for (long seed = 1000; seed < 1020; seed++) {
			manifests.add(practice.exercise(seed, 1).manifests());
		}
		assertThat(manifests).hasSizeGreaterThan(15);
	}

	@Test
	void deletingTheBrokenObjectIsNotAFix() {
		PracticeExercise ex = java.util.stream.LongStream.range(0, 500)
			.mapToObj(s -> practice.exercise(s, 1))
			.filter(e -> e.kinds().contains(BugKind.EGRESS_WITHOUT_DNS))
			.findFirst()
			.orElseThrow();
		// the egress policy is the last document: without it the request works, but the object is gone
		String withoutPolicy = ex.manifests().substring(0, ex.manifests().lastIndexOf("---\n"));
		Practice.Verdict v = practice.check(ex, withoutPolicy);
		assertThat(v.trace().outcome()).isEqualTo(Outcome.DELIVERED);
		assertThat(v.correct()).isFalse();
		assertThat(v.reasons()).anySatisfy(r -> assertThat(r).startsWith("NetworkPolicy ").contains("is gone"));
	}

	@Test
	void theGoalNamesTheContainerAndPortTheWorkingAppReaches() {
		PracticeExercise ex = practice.exercise(3, 1);
		var t = practice.check(ex, ex.solution()).trace();
		assertThat(t.delivered()).hasValueSatisfying(e -> {
			assertThat(e.container()).isEqualTo(ex.expected().container());
			assertThat(e.port()).isEqualTo(ex.expected().port());
		});
		assertThat(ex.expected().describe()).startsWith("DELIVERED to container " + ex.expected().container() + " on port "
				+ ex.expected().port());
	}

	@Test
	void unreadableYamlIsTheEnginesInputError() {
		PracticeExercise ex = practice.exercise(5, 1);
		assertThatThrownBy(() -> practice.check(ex, "apiVersion: v1\nkind: Service\n  metadata: [")).isInstanceOf(InputException.class);
	}

	@Test
	void seedAndLevelAreChecked() {
		assertThatThrownBy(() -> practice.exercise(-1, 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> practice.exercise(1, 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> practice.exercise(1, 4)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void appsComeFromEveryPartOfTheCourse() {
		List<PracticeApp> apps = PracticeApp.from(content);
		assertThat(apps).extracting(PracticeApp::id)
			.anyMatch(id -> id.startsWith("lessons/"))
			.anyMatch(id -> id.startsWith("exercises/"))
			.anyMatch(id -> id.startsWith("examples/"))
			.contains("emojivoto", "example-voting-app", "ngf-cafe", "guestbook");
		assertThat(practice.targets()).isGreaterThan(50);
	}
}
