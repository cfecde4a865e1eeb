package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaygroundFormTest {

	@Test
	void listFromUnlessSomethingIsTyped() {
		assertThat(new PlaygroundForm("y", "deployment/web", "", "web:80", null, null, null, null, null, null, null).input().from()).isEqualTo("deployment/web");
		assertThat(new PlaygroundForm("y", "deployment/web", " node ", "web:80", null, null, null, null, null, null, null).input().from()).isEqualTo(" node ");
	}

	@Test
	void missingFieldsBecomeTheDefaults() {
		Playground.Input in = new PlaygroundForm(null, null, null, null, null, null, null, null, null, null, null).input();
		assertThat(in.manifests()).isEmpty();
		assertThat(in.from()).isEqualTo("shell");
		assertThat(in.to()).isEmpty();
	}

	@Test
	void aRoutePickWinsOverBoth() {
		Playground.Input in = new PlaygroundForm("y", "shell", "node", "web:81", "external http://node:30080", null, null, null, null, null, null).input();
		assertThat(in.from()).isEqualTo("external");
		assertThat(in.to()).isEqualTo("http://node:30080");
		assertThat(in.seen()).as("a picked request is never followed away from").isEmpty();
	}

	@Test
	void theHttpDetailsComparedManifestsAndFingerprintPassThrough() {
		Playground.Input in = new PlaygroundForm("y", "shell", "", "web:80", null, null, "POST", "X-A: 1", "web", "b: 1",
				"abc").input();
		assertThat(in.method()).isEqualTo("POST");
		assertThat(in.headers()).isEqualTo("X-A: 1");
		assertThat(in.sni()).isEqualTo("web");
		assertThat(in.base()).isEqualTo("b: 1");
		assertThat(in.seen()).isEqualTo("abc");
	}
}
