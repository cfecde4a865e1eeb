package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** POST /api/v1/routes and /api/v1/diff: the command line's route table and diff, as JSON. */
@WebMvcTest(ReviewApiController.class)
@Import(EngineConfig.class)
class ReviewApiControllerTest {

	static final String APP = ApiControllerTest.MANIFESTS;

	static final String BROKEN = APP.replace("targetPort: http", "targetPort: web");

	@Autowired
	MockMvcTester mvc;

	private static String quote(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Test
	void routesListsEveryRouteWithItsOutcome() {
		assertThat(mvc.post().uri("/api/v1/routes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"manifests\": " + quote(APP) + "}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(j -> {
				assertThat(j).extractingPath("$.routes[0].entry").isEqualTo("web:80/TCP");
				assertThat(j).extractingPath("$.routes[0].outcome").isEqualTo("DELIVERED");
				assertThat(j).extractingPath("$.routes[0].reaches[0]").isEqualTo("Deployment default/web → app:8080 (2 pods)");
			});
	}

	@Test
	void diffNamesTheRouteThatBroke() {
		assertThat(mvc.post().uri("/api/v1/diff").contentType(MediaType.APPLICATION_JSON)
			.content("{\"base\": " + quote(APP) + ", \"head\": " + quote(BROKEN) + "}"))
			.hasStatusOk()
			.bodyJson()
			.satisfies(j -> {
				assertThat(j).extractingPath("$.broke").isEqualTo(true);
				assertThat(j).extractingPath("$.changes[0].change").isEqualTo("broke");
				assertThat(j).extractingPath("$.changes[0].after.file").isEqualTo("head.yaml");
				assertThat(j).extractingPath("$.summary.broke").isEqualTo(1);
			});
	}

	@Test
	void aMissingSideIsABadRequestWithTheContractsShape() {
		assertThat(mvc.post().uri("/api/v1/diff").contentType(MediaType.APPLICATION_JSON)
			.content("{\"base\": " + quote(APP) + "}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error").asString().contains("head");
	}

	@Test
	void unparseableManifestsAnswer400WithTheLine() {
		assertThat(mvc.post().uri("/api/v1/routes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"manifests\": " + quote("kind: Service\nspec:\n  ports: [x\n") + "}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.line").isEqualTo(4);
	}
}
