package dev.portpath.web.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A two-lesson course in a temporary directory, so the page tests do not depend on what content/ holds
 * while its writers finish it: lesson "basics" with a working and a broken example and a quiz of one item
 * of each kind, and lesson "next-steps" with no example and no quiz.
 */
final class CourseFixtures {

	/** A Service whose port 80 reaches container app on 8080 through the named targetPort http. */
	static final String WORKING = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  replicas: 2
			  selector:
			    matchLabels:
			      app: web
			  template:
			    metadata:
			      labels:
			        app: web
			    spec:
			      containers:
			        - name: app
			          image: example/web:1
			          ports:
			            - name: http
			              containerPort: 8080
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: web
			spec:
			  selector:
			    app: web
			  ports:
			    - name: web
			      port: 80
			      targetPort: http
			""";

	/** The same, plus port 81 whose targetPort admin no container declares (line 35). */
	static final String BROKEN = WORKING + """
			    - name: admin
			      port: 81
			      targetPort: admin
			""";

	/** The api app listens on 8080 but the Service sends to 80 (line 30). */
	static final String STARTER = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: api
			spec:
			  replicas: 2
			  selector:
			    matchLabels:
			      app: api
			  template:
			    metadata:
			      labels:
			        app: api
			    spec:
			      containers:
			        - name: api
			          image: example/api:2
			          ports:
			            - containerPort: 8080
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: api
			spec:
			  selector:
			    app: api
			  ports:
			    - port: 80
			      targetPort: 80
			""";

	static final String SOLUTION = STARTER.replace("targetPort: 80\n", "targetPort: 8080\n");

	static final String CHOICE_HINT = "Think about whose address each port is on.";

	static final String CHOICE_RIGHT_WHY = "Clients dial the Service port; kube-proxy translates it.";

	static final String CHOICE_WRONG_WHY = "The targetPort is where the pod receives it, after translation.";

	static final String PREDICT_EXPLAIN = "Port 81 targets admin, which no container declares.";

	private static Path dir;

	private CourseFixtures() {
	}

	/** The content directory (made once per JVM) to point {@code portpath.content-dir} at. */
	static synchronized Path dir() {
		if (dir == null) {
			try {
				dir = Files.createTempDirectory("portpath-course");
				write("lessons/01-basics.md", """
						---
						id: basics
						title: Ports in a nutshell
						summary: A Service port leads to a targetPort on the pods.
						order: 1
						objectives:
						  - Say which port the client dials
						  - Say which port the pod receives
						prerequisites: []
						examples:
						  - id: working
						    file: working.yaml
						    from: shell
						    to: http://web/
						    caption: The Service listens on 80 and kube-proxy sends to 8080.
						  - id: broken
						    file: broken.yaml
						    from: shell
						    to: http://web:81/
						    caption: Port 81 targets a name no container declares.
						quiz: basics
						---
						Read on in [the next lesson](/lessons/next-steps). Raw <script>alert("owned")</script> HTML
						is shown as text, and a [bad link](javascript:alert(1)) goes nowhere.

						## Service port and targetPort

						| field | what it is |
						|---|---|
						| port | what clients dial |

						{{example working}}

						## When it breaks

						{{example broken}}

						That is all.
						""");
				write("lessons/basics/working.yaml", WORKING);
				write("lessons/basics/broken.yaml", BROKEN);
				write("lessons/02-next-steps.md", """
						---
						id: next-steps
						title: Next steps
						summary: Where to go from here.
						order: 2
						objectives:
						  - Know what comes next
						prerequisites: [basics]
						examples: []
						---
						Keep tracing.
						""");
				write("quizzes/basics.yaml", """
						id: basics
						lesson: basics
						title: Ports in a nutshell
						items:
						  - id: basics-choice
						    kind: choice
						    question: Which port does a client in the cluster dial?
						    hint: %s
						    options:
						      - text: The Service port
						        correct: true
						        why: %s
						      - text: The targetPort
						        why: %s
						      - text: The nodePort
						        why: Only clients outside the cluster use a nodePort.
						  - id: basics-predict
						    kind: predict
						    question: Where does this request land?
						    from: shell
						    to: http://web:81/
						    expect:
						      outcome: NO_ENDPOINTS
						      failStep: endpoints
						    manifests: |
						%s
						    explain: %s
						  - id: basics-fix
						    kind: fix
						    exercise: fix-target
						""".formatted(CHOICE_HINT, CHOICE_RIGHT_WHY, CHOICE_WRONG_WHY, BROKEN.indent(6).stripTrailing(), PREDICT_EXPLAIN));
				write("exercises/fix-target/exercise.yaml", """
						id: fix-target
						lesson: basics
						title: Make the Service reach the app
						task: The api app listens on 8080. Make http://api/ from a shell reach it.
						from: shell
						to: http://api/
						goal:
						  outcome: DELIVERED
						  container: api
						  port: 8080
						hint: Which port does kube-proxy send to on the pod?
						""");
				write("exercises/fix-target/starter.yaml", STARTER);
				write("exercises/fix-target/solution.yaml", SOLUTION);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return dir;
	}

	private static void write(String path, String text) throws IOException {
		Path file = dir.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
	}
}
