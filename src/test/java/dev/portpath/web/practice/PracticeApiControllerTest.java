package dev.portpath.web.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.portpath.web.ChunkedBodies;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.ObjectMapper;

import dev.portpath.practice.PracticeExercise;

@WebMvcTest(PracticeApiController.class)
@Import(PracticeTestConfig.class)
class PracticeApiControllerTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Exercises exercises;

	private final ObjectMapper json = new tools.jackson.databind.json.JsonMapper();

	private MvcTestResult post(Object body) throws Exception {
		return mvc.post().uri("/api/v1/practice/check").contentType(MediaType.APPLICATION_JSON)
			.content(body instanceof String s ? s : json.writeValueAsString(body)).exchange();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> body(MvcTestResult r) throws Exception {
		return json.readValue(r.getResponse().getContentAsString(), Map.class);
	}

	@Test
	@SuppressWarnings("unchecked")
	void anExerciseHasExactlyTheFieldsTheIssueNamesAndIsTheSameEveryTime() throws Exception {
		MvcTestResult first = mvc.get().uri("/api/v1/practice?seed=42&level=2").exchange();
		assertThat(first).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		Map<String, Object> m = body(first);
		assertThat(m).containsOnlyKeys("seed", "level", "app", "kinds", "manifests", "goal");
		assertThat(m.get("seed")).isEqualTo(42);
		assertThat(m.get("level")).isEqualTo(2);
		assertThat((List<?>) m.get("kinds")).hasSize(2);
		assertThat(((Map<String, Object>) m.get("goal")).keySet()).containsExactly("from", "to");
		PracticeExercise ex = exercises.exercise(42, 2);
		assertThat(m.get("manifests")).isEqualTo(ex.manifests());
		assertThat(m.get("app")).isEqualTo(ex.app());
		assertThat(body(mvc.get().uri("/api/v1/practice?seed=42&level=2").exchange())).isEqualTo(m);
		assertThat(body(mvc.get().uri("/api/v1/practice?seed=42").exchange()).get("level")).isEqualTo(1);
	}

	@Test
	@SuppressWarnings("unchecked")
	void theServedManifestsAreWrongAndTheWorkingOnesRight() throws Exception {
		PracticeExercise ex = exercises.exercise(11, 1);
		Map<String, Object> wrong = body(post(Map.of("seed", 11, "level", 1, "manifests", ex.manifests())));
		assertThat(wrong).containsOnlyKeys("correct", "trace", "findings");
		assertThat(wrong.get("correct")).isEqualTo(false);
		assertThat(((Map<String, Object>) wrong.get("trace")).get("outcome")).isNotEqualTo("DELIVERED");
		Map<String, Object> right = body(post(Map.of("seed", 11, "level", 1, "manifests", ex.solution())));
		assertThat(right.get("correct")).isEqualTo(true);
		assertThat(((Map<String, Object>) right.get("trace")).get("outcome")).isEqualTo("DELIVERED");
		assertThat((List<?>) right.get("findings")).isEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void findingsAreThoseTheWorkingAppDoesNotHave() throws Exception {
		PracticeExercise ex = java.util.stream.LongStream.range(0, 200).mapToObj(s -> exercises.exercise(s, 1))
			.filter(e -> e.kindIds().contains("selector-typo")).findFirst().orElseThrow();
		Map<String, Object> wrong = body(post(Map.of("seed", ex.seed(), "level", 1, "manifests", ex.manifests())));
		assertThat((List<Map<String, Object>>) wrong.get("findings")).anySatisfy(f -> {
			assertThat(f.get("code")).isEqualTo("selector-matches-no-pods");
			assertThat(f).containsKeys("severity", "message", "line", "path", "fix");
		});
	}

	@Test
	void badInputIs400WithTheErrorAndItsLine() throws Exception {
		assertThat(mvc.get().uri("/api/v1/practice").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.error").asString().contains("needs a seed");
		assertThat(mvc.get().uri("/api/v1/practice?seed=-1").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.line").isEqualTo(0);
		assertThat(mvc.get().uri("/api/v1/practice?seed=x1").exchange()).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(mvc.get().uri("/api/v1/practice?seed=1&level=4").exchange()).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.error").asString().contains("level is 1, 2 or 3");
		assertThat(post(Map.of("seed", 1, "manifests", "kind: Service\nmetadata:\n  name: [unclosed\n")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.line").isEqualTo(4);
		assertThat(post(Map.of("level", 1, "manifests", "kind: Service"))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.error").asString().contains("\"seed\"");
		assertThat(post(Map.of("seed", 1))).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.error").asString().contains("\"manifests\"");
		assertThat(post("{not json")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson().extractingPath("$.error").asString().contains("not JSON");
		assertThat(post(Map.of("seed", 1, "level", 0, "manifests", "a: b"))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	/** The practice API shares the JSON API's failures: a chunked body over the limit is 413, as for trace. */
	@Test
	void chunkedBodyOverTheLimitIs413() {
		ChunkedBodies.ChunkedPost post = new ChunkedBodies.ChunkedPost(new ChunkedBodies.EndlessJson(64 * 1024 * 1024));
		post.uri("/api/v1/practice/check").contentType(MediaType.APPLICATION_JSON).header("Transfer-Encoding", "chunked");
		assertThat(mvc.perform(post)).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson().extractingPath("$.error").asString().contains("over the limit");
		assertThat(post.body.consumed).isPositive().isLessThan(64L * 1024 * 1024);
	}
}
