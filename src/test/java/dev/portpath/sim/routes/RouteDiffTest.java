package dev.portpath.sim.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Outcome;

/** Route tables of real applications, and diffs between two versions, one change category at a time. */
class RouteDiffTest {

	private final Engine engine = new Engine();

	static List<Source> app(String dir) throws IOException {
		List<Source> out = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus", dir))) {
			for (Path f : files.filter(p -> p.toString().matches(".*\\.ya?ml$")).sorted().toList()) {
				out.add(new Source(f.getFileName().toString(), Files.readString(f)));
			}
		}
		return out;
	}

	static List<Source> replace(List<Source> sources, String file, String from, String to) {
		List<Source> out = new ArrayList<>();
		for (Source s : sources) {
			if (s.name().equals(file)) {
				assertThat(s.text()).as("%s holds %s", file, from).contains(from);
				out.add(new Source(s.name(), s.text().replace(from, to)));
			}
			else {
				out.add(s);
			}
		}
		return out;
	}

	private List<Route> routes(List<Source> sources) {
		return engine.routes(engine.prepare(sources), Optional.empty());
	}

	private RouteDiff.Result diff(List<Source> base, List<Source> head) {
		return engine.diff(engine.prepare(base), engine.prepare(head));
	}

	@Test
	void everyServicePortOfEmojivotoIsARouteThatWorks() throws IOException {
		List<Route> routes = routes(app("emojivoto"));
		assertThat(routes).extracting(Route::entry).contains("web-svc:80/TCP", "emoji-svc:8080/TCP", "voting-svc:8080/TCP");
		assertThat(routes).allSatisfy(r -> assertThat(r.outcome()).as(r.key()).isEqualTo(Outcome.DELIVERED));
		assertThat(routes).filteredOn(r -> r.entry().equals("web-svc:80/TCP")).singleElement()
			.satisfies(r -> assertThat(r.reaches()).containsExactly("Deployment emojivoto/web → web-svc:8080"));
	}

	@Test
	void theSameManifestsDiffToNothing() throws IOException {
		RouteDiff.Result d = diff(app("emojivoto"), app("emojivoto"));
		assertThat(d.changes()).isEmpty();
		assertThat(d.unchanged()).isPositive();
		assertThat(d.broke()).isFalse();
	}

	/** A seeded bug: web's Service sends to 8081, which web does not listen on; the diff names the route and line. */
	@Test
	void aSeededTargetPortBugIsABrokenRouteWithItsLine() throws IOException {
		List<Source> base = app("emojivoto");
		List<Source> head = replace(base, "web.yml", "targetPort: 8080", "targetPort: web-http");
		RouteDiff.Result d = diff(base, head);
		assertThat(d.broke()).isTrue();
		assertThat(d.changes()).filteredOn(c -> c.kind() == RouteDiff.Kind.BROKE).singleElement().satisfies(c -> {
			assertThat(c.route().entry()).isEqualTo("web-svc:80/TCP");
			assertThat(c.after().orElseThrow().file()).isEqualTo("web.yml");
			assertThat(c.after().orElseThrow().line()).isEqualTo(60);
			assertThat(c.text()).contains("broke: it reached Deployment emojivoto/web → web-svc:8080, now NO_ENDPOINTS");
		});
	}

	@Test
	void theReverseIsAFix() throws IOException {
		List<Source> base = app("emojivoto");
		List<Source> broken = replace(base, "web.yml", "targetPort: 8080", "targetPort: web-http");
		RouteDiff.Result d = diff(broken, base);
		assertThat(d.broke()).isFalse();
		assertThat(d.changes()).extracting(RouteDiff.Change::kind).containsExactly(RouteDiff.Kind.FIXED);
	}

	@Test
	void aRenamedServiceIsOneRouteRemovedAndOneAdded() throws IOException {
		List<Source> base = app("emojivoto");
		List<Source> head = replace(base, "web.yml", "name: web-svc", "name: web-frontend");
		RouteDiff.Result d = diff(base, head);
		assertThat(d.changes()).extracting(RouteDiff.Change::kind)
			.containsExactly(RouteDiff.Kind.ADDED, RouteDiff.Kind.REMOVED);
	}

	@Test
	void aServiceThatNowSelectsOtherPodsIsRetargeted() throws IOException {
		List<Source> base = app("emojivoto");
		List<Source> head = replace(base, "web.yml", "  selector:\n    app: web-svc", "  selector:\n    app: emoji-svc");
		RouteDiff.Result d = diff(base, head);
		assertThat(d.broke()).isFalse();
		assertThat(d.changes()).singleElement().satisfies(c -> {
			assertThat(c.kind()).isEqualTo(RouteDiff.Kind.RETARGETED);
			assertThat(c.text()).isEqualTo("now reaches Deployment emojivoto/emoji → emoji-svc:8080 (was Deployment"
					+ " emojivoto/web → web-svc:8080)");
		});
	}

	@Test
	void aRouteThatFailsOtherwiseIsStillBroken() throws IOException {
		List<Source> base = replace(app("emojivoto"), "web.yml", "targetPort: 8080", "targetPort: web-http");
		List<Source> head = replace(base, "web.yml", "  selector:\n    app: web-svc", "  selector:\n    app: nothing");
		RouteDiff.Result d = diff(base, head);
		assertThat(d.changes()).extracting(RouteDiff.Change::kind).containsExactly(RouteDiff.Kind.STILL_BROKEN);
	}

	/** ingress-nginx was retired in March 2026: the cafe moves from an Ingress to a Gateway and HTTPRoutes. */
	@Test
	void anIngressToGatewayMigrationReachesTheSameBackends() throws IOException {
		List<Source> cafe = app("ngf-cafe-example").stream().filter(s -> s.name().equals("cafe.yaml")).toList();
		List<Source> before = new ArrayList<>(cafe);
		before.add(new Source("cafe-ingress.yaml", Files.readString(Path.of("src/test/resources/migration/cafe-ingress.yaml"))));
		List<Source> after = app("ngf-cafe-example");
		RouteDiff.Result d = diff(before, after);
		assertThat(d.changes()).as("every host and path reaches what it reached").isEmpty();
		assertThat(d.unchanged()).isEqualTo(4); // two Services, two host/path routes
		assertThat(routes(before)).extracting(Route::kind).contains("ingress");
		assertThat(routes(after)).extracting(Route::kind).contains("httproute").doesNotContain("ingress");
	}

	/** The classic slip of such a migration: the backendRef written with the targetPort. */
	@Test
	void aMigrationThatPointsABackendRefAtTheTargetPortBreaksThatPath() throws IOException {
		List<Source> cafe = app("ngf-cafe-example").stream().filter(s -> s.name().equals("cafe.yaml")).toList();
		List<Source> before = new ArrayList<>(cafe);
		before.add(new Source("cafe-ingress.yaml", Files.readString(Path.of("src/test/resources/migration/cafe-ingress.yaml"))));
		List<Source> after = replace(app("ngf-cafe-example"), "cafe-routes.yaml", "    - name: tea\n      port: 80",
				"    - name: tea\n      port: 8080");
		RouteDiff.Result d = diff(before, after);
		assertThat(d.broke()).isTrue();
		assertThat(d.changes()).singleElement().satisfies(c -> {
			assertThat(c.route().to()).isEqualTo("http://cafe.example.com/tea");
			assertThat(c.after().orElseThrow().outcome()).isEqualTo(Outcome.BAD_BACKEND);
			assertThat(c.after().orElseThrow().file()).isEqualTo("cafe-routes.yaml");
		});
	}
}
