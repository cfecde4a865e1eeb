package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.portpath.sim.Engine;
import dev.portpath.sim.Engine.Prepared;
import dev.portpath.sim.WorkLimitException;
import dev.portpath.sim.parse.Source;

/** The engine's refusal to work past its budget is the playground's problem, 422, on every way in. */
@WebMvcTest(PlaygroundController.class)
@Import({ Playground.class, Examples.class })
class PlaygroundWorkLimitTest {

	static final String REFUSAL = "these manifests need more than the work budget of 2000 ms";

	@DynamicPropertySource
	static void examples(DynamicPropertyRegistry registry) {
		registry.add("portpath.examples-dir", () -> ExampleFixtures.dir().toString());
	}

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Engine engine;

	@BeforeEach
	void overBudget() {
		given(engine.withKubernetesVersion(org.mockito.ArgumentMatchers.any())).willReturn(engine);
		given(engine.prepare(anyList())).willThrow(new WorkLimitException(REFUSAL));
	}

	@Test
	void refusalAfterTheManifestsWereReadIsTheSameProblem() {
		Engine real = new Engine();
		Prepared prepared = real.prepare(List.of(new Source(Playground.FILE, ExampleFixtures.WORKING)));
		willReturn(prepared).given(engine).prepare(anyList()); // replaces the refusal stubbed for every test
		given(engine.suggestions(prepared)).willReturn(real.suggestions(prepared));
		given(engine.explain(prepared)).willThrow(new WorkLimitException(REFUSAL));
		assertThat(mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", ExampleFixtures.WORKING).param("to", "http://web/"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("These manifests take too long to simulate", REFUSAL);
	}

	@Test
	void formPostAnswersThePageWith422() {
		assertThat(mvc.post().uri("/playground").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", ExampleFixtures.WORKING).param("to", "http://web/"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("<!DOCTYPE html>", "These manifests take too long to simulate", REFUSAL)
			.doesNotContain("could not handle");
	}

	@Test
	void htmxGetsTheFragmentWithTheStatusInIt() {
		assertThat(mvc.post().uri("/playground").header("HX-Request", "true")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("manifests", ExampleFixtures.WORKING).param("to", "http://web/"))
			.hasStatusOk()
			.bodyText()
			.startsWith("<div id=\"result\"")
			.contains("These manifests take too long to simulate", REFUSAL, "data-status=\"422\"");
	}

	@Test
	void shareLinkAnswersThePageWith422() {
		String token = new ShareLinks(1024 * 1024).encode(ExampleFixtures.WORKING, "shell", "http://web/").orElseThrow();
		assertThat(mvc.get().uri("/playground").param("s", token))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyText()
			.contains("These manifests take too long to simulate", REFUSAL, "replicas: 2");
	}
}
