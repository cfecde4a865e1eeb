package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaygroundFormTest {

	@Test
	void listFromUnlessSomethingIsTyped() {
		assertThat(new PlaygroundForm("y", "deployment/web", "", "web:80", null, null).input().from()).isEqualTo("deployment/web");
		assertThat(new PlaygroundForm("y", "deployment/web", " node ", "web:80", null, null).input().from()).isEqualTo(" node ");
	}

	@Test
	void missingFieldsBecomeTheDefaults() {
		Playground.Input in = new PlaygroundForm(null, null, null, null, null, null).input();
		assertThat(in.manifests()).isEmpty();
		assertThat(in.from()).isEqualTo("shell");
		assertThat(in.to()).isEmpty();
	}

	@Test
	void aRoutePickWinsOverBoth() {
		Playground.Input in = new PlaygroundForm("y", "shell", "node", "web:81", "external http://node:30080", null).input();
		assertThat(in.from()).isEqualTo("external");
		assertThat(in.to()).isEqualTo("http://node:30080");
	}
}
