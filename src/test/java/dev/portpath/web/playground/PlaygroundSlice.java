package dev.portpath.web.playground;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import dev.portpath.sim.Engine;

/** The playground's controller with the real engine and the two fixture examples, for the controller tests. */
@WebMvcTest(PlaygroundController.class)
@Import({ Playground.class, Examples.class, PlaygroundSlice.EngineOnly.class })
abstract class PlaygroundSlice {

	@TestConfiguration
	static class EngineOnly {

		@Bean
		Engine engine() {
			return new Engine();
		}
	}

	@DynamicPropertySource
	static void examples(DynamicPropertyRegistry registry) {
		registry.add("portpath.examples-dir", () -> ExampleFixtures.dir().toString());
	}

	@Autowired
	protected MockMvcTester mvc;
}
