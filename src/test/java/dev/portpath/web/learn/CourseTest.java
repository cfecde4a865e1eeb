package dev.portpath.web.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The course loads off start-up's path: on its own thread once the server is ready, or on first use. */
class CourseTest {

	@Test
	void aRequestWaitsForTheLoadingTheReadyServerStarted() {
		Course course = new Course(CourseFixtures.dir().toString());
		course.loadInTheBackground();
		assertThat(course.lesson("basics")).isPresent();
		assertThat(course.content().lessons()).extracting(l -> l.id()).containsExactly("basics", "next-steps");
	}

	@Test
	void withoutTheReadyEventTheFirstUseLoadsIt() {
		Course course = new Course(CourseFixtures.dir().toString());
		assertThat(course.content().problems()).isEmpty();
		assertThat(course.quiz("basics")).isPresent();
	}
}
