package dev.portpath.web;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.portpath.web.playground.ExampleFixtures;

/**
 * The whole application on a random port, shared (one Spring context) by every test class that extends
 * it. Its examples menu holds the two {@link ExampleFixtures}, so the tests do not depend on content/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningApp {

	static final String WORKING = ExampleFixtures.WORKING;

	static final String BROKEN = ExampleFixtures.BROKEN;

	@LocalServerPort
	protected int port;

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	@DynamicPropertySource
	static void examples(DynamicPropertyRegistry registry) {
		registry.add("portpath.examples-dir", () -> ExampleFixtures.dir().toString());
	}
}
