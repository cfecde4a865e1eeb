package dev.portpath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** trace's HTTP options: --method, --header (and -H, repeatable), --sni; bad ones exit 2 with one sentence. */
class CliHttpTest {

	static final String YAML = """
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: web}
			spec:
			  selector: {matchLabels: {app: web}}
			  template:
			    metadata: {labels: {app: web}}
			    spec:
			      containers: [{name: app, image: echo, ports: [{name: http, containerPort: 8080}]}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: web}
			spec: {selector: {app: web}, ports: [{port: 80, targetPort: http}]}
			---
			apiVersion: gateway.networking.k8s.io/v1
			kind: Gateway
			metadata: {name: public}
			spec:
			  gatewayClassName: eg
			  listeners: [{name: https, protocol: HTTPS, port: 443, hostname: shop.example.com, tls: {certificateRefs: [{name: c}]}}]
			---
			apiVersion: gateway.networking.k8s.io/v1
			kind: HTTPRoute
			metadata: {name: shop}
			spec:
			  parentRefs: [{name: public}]
			  rules:
			  - matches: [{method: PUT, headers: [{name: x-canary, value: "true"}]}]
			    filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /v2}}}]
			    backendRefs: [{name: web, port: 80}]
			""";

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {
	}

	Run run(String... args) throws Exception {
		Path f = dir.resolve("m.yaml");
		Files.writeString(f, YAML);
		String[] all = new String[args.length + 2];
		all[0] = "trace";
		all[1] = "--file=" + f;
		System.arraycopy(args, 0, all, 2, args.length);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(all, new PrintWriter(out), new PrintWriter(err));
		return new Run(code, out.toString(), err.toString());
	}

	@Test
	void methodHeadersAndSniReachTheTrace() throws Exception {
		Run r = run("--from", "external", "--to", "https://shop.example.com/api/x", "--method", "put", "-H", "X-Canary: true",
				"--header=X-Tag: a", "--header", "x-tag: b", "--sni", "shop.example.com", "--output", "json");
		assertThat(r.code()).isZero();
		assertThat(r.out()).contains("\"outcome\" : \"DELIVERED\"", "\"method\" : \"PUT\"", "\"sni\" : \"shop.example.com\"",
				"\"x-tag\" : \"a,b\"", "\"path\" : \"/v2/api/x\"");
	}

	@Test
	void withoutTheHeaderNoRuleMatches() throws Exception {
		Run r = run("--from", "external", "--to", "https://shop.example.com/api", "--method", "PUT");
		assertThat(r.code()).isZero();
		assertThat(r.out()).contains("NO_MATCHING_RULE", "sends         PUT shop.example.com/api (SNI shop.example.com)");
	}

	@Test
	void badHttpOptionsExitTwoWithOneSentence() throws Exception {
		Run noColon = run("--to", "http://web/", "--header", "X-Canary");
		assertThat(noColon.code()).isEqualTo(2);
		assertThat(noColon.err()).contains("is not 'Name: value'");
		Run sniOnHttp = run("--to", "http://web/", "--sni", "web");
		assertThat(sniOnHttp.code()).isEqualTo(2);
		assertThat(sniOnHttp.err()).startsWith("portpath: --sni is the TLS server name").doesNotContain("Exception");
		Run methodOnTcp = run("--to", "web:80", "--method", "POST");
		assertThat(methodOnTcp.code()).isEqualTo(2);
		assertThat(methodOnTcp.err()).contains("apply to http:// and https://");
	}

	@Test
	void checkTakesNoHttpOptions() throws Exception {
		Path f = dir.resolve("m.yaml");
		Files.writeString(f, YAML);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int code = Cli.run(new String[] { "check", "--file", f.toString(), "--method", "GET" }, new PrintWriter(out),
				new PrintWriter(err));
		assertThat(code).isEqualTo(2);
		assertThat(err.toString()).contains("check takes no --from, --to, --method, --header or --sni");
	}
}
