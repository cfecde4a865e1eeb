package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The FROM and TO forms of contract 1.1 through the JSON API (the playground's FROM field is the same free text). */
@WebMvcTest(ApiController.class)
@Import(EngineConfig.class)
class ApiFromFormsTest {

	static final String MANIFESTS = """
			apiVersion: v1
			kind: Node
			metadata: {name: worker-a}
			status: {addresses: [{type: InternalIP, address: 10.0.0.11}]}
			---
			apiVersion: v1
			kind: Pod
			metadata: {name: api, labels: {app: api}}
			spec:
			  nodeName: worker-a
			  containers: [{name: api, image: api, ports: [{containerPort: 8080}]}]
			---
			apiVersion: v1
			kind: Service
			metadata: {name: api}
			spec:
			  selector: {app: api}
			  ports: [{port: 80, targetPort: 8080}]
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: {name: api-allow}
			spec:
			  podSelector: {matchLabels: {app: api}}
			  ingress: [{from: [{podSelector: {matchLabels: {role: frontend}}}], ports: [{port: 8080}]}]
			""";

	@Autowired
	MockMvcTester mvc;

	private static String body(String from, String to) {
		return "{\"manifests\": \"" + MANIFESTS.replace("\n", "\\n") + "\", \"from\": \"" + from + "\", \"to\": \"" + to
				+ "\"}";
	}

	@Test
	void aShellWithTheLabelsThePolicyAdmitsIsDelivered() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("shell:role=frontend", "http://api/")))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.outcome")
			.isEqualTo("DELIVERED");
	}

	@Test
	void anotherShellIsDeniedAndToldWhatIsAllowed() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("shell:role=backend", "http://api/")))
			.hasStatusOk()
			.bodyJson()
			.satisfies(b -> {
				assertThat(b).extractingPath("$.outcome").isEqualTo("POLICY_DENIED");
				assertThat(b).extractingPath("$.hops[-1].message").asString()
					.endsWith("all they allow: policy api-allow admits pods with role=frontend in namespace default on port 8080/TCP");
			});
	}

	@Test
	void badLabelsAndUnknownNodesAre400() {
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("shell:role", "http://api/")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("label 'role' has no value");
		assertThat(mvc.post().uri("/api/v1/trace").contentType(MediaType.APPLICATION_JSON)
			.content(body("external", "node/worker-z:30080")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("there is no node worker-z (nodes: worker-a)");
	}
}
