package dev.portpath.web.practice;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.portpath.sim.Engine;
import dev.portpath.web.learn.Course;
import dev.portpath.web.playground.PlaygroundViews;

/** What the practice controllers need in a {@code @WebMvcTest}: the engine, the course (the real content/) and the views. */
@TestConfiguration
@Import({ Course.class, Exercises.class, PlaygroundViews.class })
class PracticeTestConfig {

	@Bean
	Engine engine() {
		return new Engine();
	}
}
