package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.portpath.sim.Engine;
import dev.portpath.sim.Engine.Prepared;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

class DiagramBuilderTest {

	private final Engine engine = new Engine();

	private Diagram diagram(String manifests, String from, String to) {
		Prepared prepared = engine.prepare(List.of(new Source("manifests.yaml", manifests)));
		Trace trace = engine.trace(prepared, new Request(from, to));
		return DiagramBuilder.build(trace);
	}

	private static String app(int replicas, String targetPort) {
		return """
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: web
				spec:
				  replicas: %d
				  selector:
				    matchLabels: {app: web}
				  template:
				    metadata:
				      labels: {app: web}
				    spec:
				      containers:
				      - name: app
				        image: nginx:1.27
				        ports:
				        - {name: http, containerPort: 8080}
				---
				apiVersion: v1
				kind: Service
				metadata:
				  name: web
				spec:
				  selector: {app: web}
				  ports:
				  - port: 80
				    targetPort: %s
				""".formatted(replicas, targetPort);
	}

	private static List<String> titles(Diagram d) {
		return d.boxes().stream().map(Diagram.Box::title).toList();
	}

	@Test
	void deliveredPathDrawsClientServiceEachPodAndItsContainer() {
		Diagram d = diagram(app(2, "http"), "shell", "http://web/");
		assertThat(titles(d)).containsExactly("client", "Service", "pod", "pod", "container", "container");
		assertThat(d.boxes().get(0).label()).isEqualTo("shell (default)");
		assertThat(d.boxes().get(1).label()).isEqualTo("web:80/TCP");
		assertThat(d.boxes().get(1).detail()).isEqualTo("10.96.0.10");
		assertThat(d.boxes().get(2).detail()).startsWith("10.244.");
		assertThat(d.boxes().get(4).label()).isEqualTo("app:8080");
		assertThat(d.edges()).extracting(Diagram.Edge::label).contains("80/TCP", "80 → 8080/TCP", "8080/TCP");
		assertThat(d.boxes()).noneMatch(b -> b.css().contains("fail"));
	}

	@Test
	void failingHopEndsThePathInARedBoxWithARedEdge() {
		Diagram d = diagram(app(2, "admin-http"), "shell", "http://web/");
		Diagram.Box last = d.boxes().get(d.boxes().size() - 1);
		assertThat(titles(d)).containsExactly("client", "Service", "endpoints");
		assertThat(last.css()).isEqualTo("fail");
		assertThat(last.label()).isEqualTo("no endpoints");
		assertThat(last.detail()).isEqualTo("NO_ENDPOINTS");
		assertThat(d.edges().get(d.edges().size() - 1).css()).isEqualTo("fail");
		assertThat(d.edges().get(d.edges().size() - 1).label()).isEqualTo("80/TCP ✗");
	}

	@Test
	void headlessServiceWhosePortIsNotTranslatedIsDrawnHeadless() {
		String headless = app(2, "http").replace("spec:\n  selector: {app: web}", "spec:\n  clusterIP: None\n  selector: {app: web}");
		Diagram d = diagram(headless, "shell", "http://web/");
		assertThat(titles(d)).startsWith("client", "Service");
		assertThat(d.boxes().get(1).label()).isEqualTo("web:80/TCP");
		assertThat(d.boxes().get(1).detail()).isEqualTo("headless");
		assertThat(d.boxes().get(1).css()).isEqualTo("warn");
	}

	@Test
	void nodePortBoxIsReachedOnTheNodePort() {
		String nodePort = app(1, "http").replace("spec:\n  selector: {app: web}", "spec:\n  type: NodePort\n  selector: {app: web}")
			.replace("    targetPort: http", "    targetPort: http\n    nodePort: 30080");
		Diagram d = diagram(nodePort, "external", "http://node:30080/");
		assertThat(titles(d)).containsExactly("client", "nodeport", "pod", "container");
		assertThat(d.edges()).extracting(Diagram.Edge::label).containsExactly("30080/TCP", "30080 → 8080/TCP", "8080/TCP");
	}

	@Test
	void threeEndpointsAreDrawnOneByOne() {
		Diagram d = diagram(app(3, "http"), "shell", "http://web/");
		assertThat(titles(d)).containsExactly("client", "Service", "pod", "pod", "pod", "container", "container",
				"container");
	}

	@Test
	void tenEndpointsFoldIntoOneBoxThatCountsThem() {
		Diagram d = diagram(app(10, "http"), "shell", "http://web/");
		assertThat(titles(d)).containsExactly("client", "Service", "10 pods", "container");
		Diagram.Box pods = d.boxes().get(2);
		assertThat(pods.label()).isEqualTo("Deployment web");
		assertThat(pods.detail()).startsWith("one is 10.244.");
		assertThat(d.boxes().get(3).label()).isEqualTo("app:8080");
	}

	@Test
	void boxesAndEdgesStayInsideTheViewBox() {
		for (int replicas : new int[] { 1, 2, 3, 10 }) {
			Diagram d = diagram(app(replicas, "http"), "shell", "http://web/");
			assertThat(d.boxes()).allSatisfy(b -> {
				assertThat(b.x()).isGreaterThanOrEqualTo(0);
				assertThat(b.x() + b.w()).isLessThanOrEqualTo(d.width());
				assertThat(b.y() + b.h()).isLessThanOrEqualTo(d.height());
			});
			assertThat(d.edges()).allSatisfy(e -> assertThat(e.lw()).isLessThanOrEqualTo(d.width()));
		}
	}

	@Test
	void longLabelsAreShortenedAndKeepTheirFullTextInTheTooltip() {
		String longName = "a-very-long-service-name-that-does-not-fit-in-one-box-at-all";
		Diagram d = diagram(app(1, "http").replace("name: web\nspec:\n  selector", "name: " + longName
				+ "\nspec:\n  selector"), "shell", "http://" + longName + "/");
		Diagram.Box service = d.boxes().get(1);
		assertThat(service.label()).endsWith("…").hasSizeLessThan(longName.length());
		assertThat(service.tooltip()).contains(longName + ":80/TCP");
	}

	@Test
	void fitShortensWithAnEllipsis() {
		assertThat(DiagramBuilder.fit("web:80/TCP", 20)).isEqualTo("web:80/TCP");
		assertThat(DiagramBuilder.fit("web-nsq8g4zgfx-2fbnp", 10)).isEqualTo("web-nsq8g…");
	}

	@Test
	void portForwardGoesFromKubectlStraightToThePod() {
		Diagram d = diagram(app(1, "http"), "shell", "port-forward:svc/web:80");
		assertThat(titles(d)).containsExactly("client", "pod", "container");
		assertThat(d.boxes().get(0).label()).isEqualTo("kubectl on your machine");
	}

	@Test
	void summaryReadsThePathForScreenReaders() {
		Diagram d = diagram(app(1, "http"), "shell", "http://web/");
		assertThat(d.summary()).startsWith("client shell (default) → Service web:80/TCP → pod web-");
	}

	@Test
	void behindAnIngressTheServiceBoxStillNamesItsPortAndClusterIp() {
		String ingress = app(2, "http").replace("  - port: 80\n", "  - name: http\n    port: 80\n") + """
				---
				apiVersion: networking.k8s.io/v1
				kind: Ingress
				metadata:
				  name: shop
				spec:
				  rules:
				  - host: shop.example.com
				    http:
				      paths:
				      - path: /
				        pathType: Prefix
				        backend:
				          service:
				            name: web
				            port: {name: http}
				""";
		Diagram d = diagram(ingress, "external", "http://shop.example.com/");
		assertThat(titles(d)).containsExactly("client", "Ingress", "Service", "pod", "pod", "container", "container");
		assertThat(d.boxes().get(1).label()).isEqualTo("shop");
		assertThat(d.boxes().get(2).label()).isEqualTo("web:80/TCP");
		assertThat(d.boxes().get(2).detail()).isEqualTo("10.96.0.10");
	}

	@Test
	void theEdgeIntoAPolicyThatDropsTheRequestShowsThePodPortAfterTranslation() {
		String policy = app(2, "http") + """
				---
				apiVersion: networking.k8s.io/v1
				kind: NetworkPolicy
				metadata:
				  name: web-allow
				spec:
				  podSelector:
				    matchLabels: {app: web}
				  policyTypes: [Ingress]
				  ingress:
				  - ports:
				    - {protocol: TCP, port: 80}
				""";
		Diagram d = diagram(policy, "shell", "http://web/");
		Diagram.Box last = d.boxes().get(d.boxes().size() - 1);
		assertThat(last.title()).isEqualTo("networkpolicy");
		assertThat(last.css()).isEqualTo("fail");
		assertThat(d.edges().get(d.edges().size() - 1).label()).isEqualTo("80 → 8080/TCP ✗");
	}

	@Test
	void anUndeclaredPortTurnsTheTracedPodsContainerRedAndLeavesTheOthersNeutral() {
		Diagram d = diagram(app(3, "80"), "shell", "http://web/");
		assertThat(titles(d)).containsExactly("client", "Service", "pod", "pod", "pod", "container", "container",
				"container");
		List<Diagram.Box> containers = d.boxes().subList(5, 8);
		assertThat(containers).filteredOn(b -> b.css().equals("fail container")).singleElement().satisfies(b -> {
			assertThat(b.label()).isEqualTo("port 80");
			assertThat(b.detail()).isEqualTo("not declared");
			assertThat(b.tooltip()).contains("no container of pod web-", "declares 80/TCP", "UNDECLARED_PORT");
		});
		assertThat(containers).filteredOn(b -> b.css().equals("neutral container")).hasSize(2)
			.allSatisfy(b -> assertThat(b.detail()).isEqualTo("not traced"));
		assertThat(d.edges()).filteredOn(e -> e.css().equals("fail")).singleElement()
			.satisfies(e -> assertThat(e.label()).isEqualTo("80/TCP ✗"));
		assertThat(d.boxes()).noneMatch(b -> b.css().equals("ok container"));
	}

	@Test
	void podNamesAreShortWithTheFullNameOnHover() {
		assertThat(DiagramBuilder.shortPod("shop-6j9vf488qn-lcqvm")).isEqualTo("shop-…-lcqvm");
		assertThat(DiagramBuilder.shortPod("db-0")).isEqualTo("db-0");
		assertThat(DiagramBuilder.shortPod("agent-x7k2p")).isEqualTo("agent-x7k2p");
		Diagram d = diagram(app(2, "http"), "shell", "http://web/");
		Diagram.Box pod = d.boxes().get(2);
		assertThat(pod.label()).matches("web-…-[a-z0-9]{5}");
		assertThat(pod.tooltip()).matches("pod: web-[a-z0-9]{6,10}-[a-z0-9]{5} \\(10\\.244\\..*\\)");
	}

	private Diagram scenario(String name, String from, String to, dev.portpath.sim.trace.HttpOptions http) {
		String manifests = PlaygroundPasteTest.scenario(name);
		Prepared prepared = engine.prepare(List.of(new Source("manifests.yaml", manifests)));
		return DiagramBuilder.build(engine.trace(prepared, new Request(from, to, http)));
	}

	@Test
	void filtersAreMarkedOnTheEdgeWhereTheyActNotDrawnAsBoxes() {
		Diagram d = scenario("http/rewrite-prefix-with-headers", "external", "http://shop.example.com/api/orders?page=2",
				HttpInput.parse("PUT", "X-Env: dev", ""));
		assertThat(titles(d)).doesNotContain("filter");
		List<Diagram.Edge> marked = d.edges().stream().filter(Diagram.Edge::marked).toList();
		assertThat(marked).singleElement().satisfies(e -> {
			assertThat(e.markCss()).isEqualTo("filter");
			assertThat(e.markTitle()).isEqualTo("⚙ URLRewrite · RequestHeaderModifier");
			assertThat(e.mx()).isGreaterThanOrEqualTo(DiagramBuilder.PAD);
			assertThat(e.mx() + e.mw()).isLessThanOrEqualTo(DiagramBuilder.WIDTH - DiagramBuilder.PAD);
		});
	}

	@Test
	void aMirrorIsMarkedWithThePodThatGetsTheCopies() {
		Diagram d = scenario("http/mirror-percent", "external", "http://shop.example.com/checkout",
				dev.portpath.sim.trace.HttpOptions.NONE);
		assertThat(titles(d)).doesNotContain("mirror");
		assertThat(d.edges().stream().filter(Diagram.Edge::marked).toList()).singleElement().satisfies(e -> {
			assertThat(e.markCss()).isEqualTo("mirror");
			assertThat(e.markTitle()).startsWith("⇉ mirror → echo-v3-…-h7xt4");
		});
	}

	@Test
	void aRedirectMarksItsFilterOnTheWayToTheOutcome() {
		Diagram d = scenario("http/redirect-to-https", "external", "http://shop.example.com/cart?id=7",
				dev.portpath.sim.trace.HttpOptions.NONE);
		assertThat(d.boxes().get(d.boxes().size() - 1).label()).isEqualTo("REDIRECTED");
		assertThat(d.edges().get(d.edges().size() - 1).markTitle()).isEqualTo("⚙ RequestRedirect");
	}

	@Test
	void theFilterKindIsTheSentencesFirstWord() {
		assertThat(DiagramBuilder.filterKind("URLRewrite of HTTPRoute default/shop rule 0: ...")).isEqualTo("URLRewrite");
		assertThat(DiagramBuilder.filterKind("ingress-nginx's rewrite-target ...")).isEqualTo("filter");
	}
}
