package dev.portpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line for CI and code review: directories and positional paths, suppressions and --fail-on,
 * route tables in every format, and diff with its exit code.
 */
class ReviewCliTest {

	static final String APP = CliTest.YAML;

	static final String BROKEN = APP.replace("targetPort: http", "targetPort: web");

	/** A Service whose pods the files do not hold (nothing near in its namespace): a warning, pods-not-declared. */
	static final String ORPHAN = """
			apiVersion: v1
			kind: Service
			metadata: {name: cache, namespace: data}
			spec:
			  selector: {app: redis}
			  ports: [{port: 6379}]
			""";

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	Path write(String name, String text) throws Exception {
		Path f = dir.resolve(name);
		Files.createDirectories(f.getParent());
		Files.writeString(f, text);
		return f;
	}

	@Test
	void aDirectoryIsEveryManifestBelowItInNameOrderSkippingHiddenKustomizationsAndCharts() throws Exception {
		write("app/b/service.yaml", ORPHAN);
		write("app/a/web.yml", APP);
		write("app/.git/config.yaml", "kind: [broken");
		write("app/notes.txt", "not a manifest");
		write("app/overlay/kustomization.yaml", "resources: [../a]");
		write("app/overlay/patch.yaml", "kind: [broken");
		write("app/chart/Chart.yaml", "apiVersion: v2\nname: shop\n");
		write("app/chart/templates/svc.yaml", "metadata:\n  name: {{ .Release.Name }}\n");
		Run r = run("check", dir.resolve("app").toString());
		assertThat(r.code()).as(r.err()).isZero();
		assertThat(r.out()).contains("pods-not-declared", "app/b/service.yaml:");
		assertThat(r.err()).contains("overlay is a kustomization, not manifests: render it with kubectl kustomize",
				"chart is a Helm chart, not manifests: render it with helm template RELEASE");
		Run empty = run("check", write("empty/readme.md", "x").getParent().toString());
		assertThat(empty.err()).contains("holds no *.yaml, *.yml or *.json file");
	}

	@Test
	void pathsMixFreelyWithFile() throws Exception {
		Path a = write("a.yaml", APP);
		Path b = write("b.yaml", ORPHAN);
		Run r = run("check", a.toString(), "--file", b.toString(), "--output", "json");
		assertThat(r.out()).contains("\"code\" : \"pods-not-declared\"", "b.yaml");
	}

	@Test
	void helmOutputNamesTheTemplate() throws Exception {
		Path f = write("rendered.yaml", "---\n# Source: shop/templates/service.yaml\n" + BROKEN.substring(BROKEN.indexOf("apiVersion: v1\nkind: Service")));
		Run r = run("check", f.toString());
		assertThat(r.out()).contains("shop/templates/service.yaml:");
	}

	@Test
	void ignoreSilencesACodeAndSaysSo() throws Exception {
		Path f = write("m.yaml", APP + "---\n" + ORPHAN);
		assertThat(run("check", f.toString(), "--fail-on", "warning").code()).isEqualTo(1);
		Run quiet = run("check", f.toString(), "--ignore", "pods-not-declared", "--fail-on", "warning");
		assertThat(quiet.code()).isZero();
		assertThat(quiet.out()).doesNotContain("! warning").contains("1 suppressed (--show-suppressed lists them)");
		Run listed = run("check", f.toString(), "--ignore=pods-not-declared", "--show-suppressed");
		assertThat(listed.out()).contains("pods-not-declared", "suppressed by --ignore pods-not-declared");
		Run typo = run("check", f.toString(), "--ignore", "pods-not-declard");
		assertThat(typo.code()).isEqualTo(2);
		assertThat(typo.err()).contains("--ignore pods-not-declard: no such finding code; did you mean pods-not-declared?");
	}

	@Test
	void failOnSetsWhichSeverityFails() throws Exception {
		Path f = write("m.yaml", APP + "---\n" + ORPHAN);
		assertThat(run("check", f.toString()).code()).as("warnings only").isZero();
		assertThat(run("check", f.toString(), "--fail-on", "warning").code()).isEqualTo(1);
		assertThat(run("check", f.toString(), "--fail-on", "sometimes").err()).contains("--fail-on is error, warning or info");
		assertThat(run("trace", f.toString(), "--to", "web:80", "--ignore", "pods-not-declared").err())
			.contains("--ignore, --fail-on, --show-suppressed and --help-uri belong to check");
	}

	@Test
	void routesInEveryFormat() throws Exception {
		Path f = write("m.yaml", APP);
		Run text = run("routes", f.toString());
		assertThat(text.code()).isZero();
		assertThat(text.out()).contains("✓ service", "web:80/TCP", "DELIVERED: Pod default/web → app:8080");
		assertThat(run("routes", f.toString(), "-o", "json").out()).contains("\"outcome\" : \"DELIVERED\"");
		assertThat(run("routes", f.toString(), "-o", "csv").out())
			.startsWith("kind,entry,from,to,outcome,reaches,pods,failStep,file,line,fix\r\n")
			.contains("service,web:80/TCP,default/shell,http://web.default:80,DELIVERED,Pod default/web → app:8080,1,");
		assertThat(run("routes", f.toString(), "-o", "markdown").out())
			.startsWith("| | route | request | outcome | reaches or fails at |");
		Run outside = run("routes", f.toString(), "--from", "external");
		assertThat(outside.out()).contains("external → http://web.default:80", "NXDOMAIN");
		assertThat(run("routes", f.toString(), "--from", "deploy/nothing").code()).isEqualTo(2);
		assertThat(run("routes", f.toString(), "-o", "sarif").err()).contains("routes writes text, json, csv or markdown");
	}

	@Test
	void diffNamesTheBrokenRouteAndFailsTheBuild() throws Exception {
		Path base = write("base/app.yaml", APP);
		Path head = write("head/app.yaml", BROKEN);
		Run broke = run("diff", "--base", base.getParent().toString(), "--head", head.getParent().toString());
		assertThat(broke.code()).isEqualTo(1);
		assertThat(broke.out()).contains("broke", "web:80/TCP", "now NO_ENDPOINTS at the endpoints hop (", "head/app.yaml:14)");
		Run fixed = run("diff", "--base", head.toString(), "--head", base.toString(), "-o", "markdown");
		assertThat(fixed.code()).isZero();
		assertThat(fixed.out()).startsWith("**PortPath route diff**: 1 fixed, 0 unchanged");
		Run same = run("diff", "--base", base.toString(), "--head", base.toString(), "-o", "json");
		assertThat(same.out()).contains("\"broke\" : false", "\"unchanged\" : 1");
		assertThat(run("diff", "--base", base.toString()).err()).contains("diff needs --base PATH and --head PATH");
		assertThat(run("diff", "--base", "-", "--head", "-").err()).contains("only one of --base and --head");
	}

	@Test
	void aDirectoryOverTheByteLimitIsRefusedBeforeItIsRead() throws Exception {
		write("big/a.yaml", APP);
		write("big/b.yaml", APP.replace("web", "api"));
		Run r = run("check", dir.resolve("big").toString(), "--max-bytes", "400");
		assertThat(r.code()).isEqualTo(2);
		assertThat(r.err()).contains("more than the limit of 400 bytes", "raise --max-bytes");
	}
}
