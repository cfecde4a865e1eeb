package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.portpath.sim.Engine;
import dev.portpath.sim.WorkLimitException;

/** The engine's refusal to work past its budget is 422 with the contract's error JSON. */
@WebMvcTest(ApiController.class)
class ApiWorkLimitTest {

	static final String REFUSAL = "these manifests need more than the engine's work budget of 2000 ms;"
			+ " raise portpath.max-engine-ms to allow more";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	Engine engine;

	/** The controller asks for an engine judging by the request's release: here, the mock itself. */
	@org.junit.jupiter.api.BeforeEach
	void oneEngineForEveryRelease() {
		given(engine.withKubernetesVersion(org.mockito.ArgumentMatchers.any())).willReturn(engine);
	}

	@Test
	void checkOverTheWorkBudgetIs422WithTheEngineMessage() {
		given(engine.check(anyList())).willThrow(new WorkLimitException(REFUSAL));
		assertThat(mvc.post().uri("/api/v1/check").contentType(MediaType.APPLICATION_JSON).content("{\"manifests\": \"kind: Pod\"}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.error").isEqualTo(REFUSAL);
				assertThat(b).extractingPath("$.line").isEqualTo(0);
			});
	}

	@Test
	void traceOverTheWorkBudgetIs422() {
		given(engine.trace(anyList(), anyString(), anyString(), org.mockito.ArgumentMatchers.any()))
			.willThrow(new WorkLimitException(REFUSAL));
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content("{\"manifests\": \"kind: Pod\", \"to\": \"web:80\"}"))
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo(REFUSAL);
	}
}
