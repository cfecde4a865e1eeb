package dev.portpath.web.learn;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.portpath.sim.Engine;
import dev.portpath.web.playground.PlaygroundViews;

/** What the learn controllers need besides themselves in a {@code @WebMvcTest}: the engine and the services. */
@TestConfiguration
@Import({ Course.class, Lessons.class, Quizzes.class, Traces.class, PlaygroundViews.class })
class LearnTestConfig {

	@Bean
	Engine engine() {
		return new Engine();
	}
}
