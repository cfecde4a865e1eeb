package dev.portpath.launch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loaded;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YamlLoader;

/**
 * The training run behind the command line's class-data sharing archive, {@code target/portpath-cli.jsa}
 * (see {@code bin/portpath}). The build runs it once under {@code -XX:ArchiveClassesAtExit}; the JVM then
 * stores every class this process loaded, already parsed and verified, with its lambdas, and a later cold
 * {@code trace} or {@code check} maps them instead of reading them from the jar. An archive is written for
 * one process, so this one runs both commands in every output format over each playground example in
 * content/examples (the request its example.yaml names), rather than one command as the jar would, and
 * over {@link #SHAPES}, read from standard input, for the YAML syntax the examples do not use.
 * Each command runs as {@link Main} runs it, what it prints thrown away; a command that exits 2 (bad
 * arguments or unreadable input) fails the run, and with it the build, since the archive would then miss
 * what that command loads.
 */
public final class Training {

	/**
	 * YAML as generated manifests write it (indentless lists, block scalars, flow mappings, anchors, a
	 * List, document end markers), each shape loading a few SnakeYAML classes of its own.
	 */
	static final String SHAPES = """
			apiVersion: v1
			kind: List
			items:
			- apiVersion: v1
			  kind: ConfigMap
			  metadata: {name: shapes, labels: {app: "shapes"}}
			  data:
			    literal: |
			      one
			      two
			    folded: >-
			      folded
			      text
			    kept: |+
			      kept

			    quoted: 'single'
			    anchored: &value plain
			    aliased: *value
			---
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: shapes
			spec:
			  replicas: 2
			  selector:
			    matchLabels:
			      app: shapes
			  template:
			    metadata:
			      labels:
			        app: shapes
			    spec:
			      containers:
			      - name: web
			        image: "example/web:1"
			        ports:
			        - name: http
			          containerPort: 8080
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: shapes
			spec:
			  selector:
			    app: shapes
			  ports:
			  - name: http
			    port: 80
			    targetPort: http
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata:
			  name: shapes
			spec:
			  podSelector:
			    matchLabels:
			      app: shapes
			  ingress:
			  - from:
			    - podSelector: {}
			    ports:
			    - port: 8080
			...
			""";

	private Training() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: Training EXAMPLES_DIR (content/examples)");
		}
		List<Path> examples = new ArrayList<>();
		try (Stream<Path> dirs = Files.list(Path.of(args[0]))) {
			dirs.filter(dir -> Files.isRegularFile(dir.resolve("manifests.yaml"))).sorted().forEach(examples::add);
		}
		int traces = 0;
		for (Path example : examples) {
			String manifests = example.resolve("manifests.yaml").toString();
			for (String output : List.of("text", "json", "sarif")) {
				run("check", "--file", manifests, "--output", output);
			}
			Doc request = request(example.resolve("example.yaml"));
			String to = request == null ? "" : request.root().get("to").str("");
			if (!to.isEmpty()) {
				String from = request.root().get("from").str("shell");
				for (String output : List.of("text", "json")) {
					run("trace", "--file", manifests, "--from", from, "--to", to, "--output", output);
				}
				traces++;
			}
		}
		for (String output : List.of("text", "json", "sarif")) {
			run("check", "--file", "-", "--output", output);
		}
		for (String output : List.of("text", "json")) {
			run("trace", "--file", "-", "--to", "http://shapes/", "--output", output);
		}
		if (examples.isEmpty() || traces == 0) {
			throw new IllegalStateException(args[0] + " holds no example with manifests.yaml and a request to trace");
		}
	}

	/** The example's own file, read with the engine's loader: it says where the request starts and goes. */
	private static Doc request(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		Loaded loaded = new YamlLoader().load(List.of(new Source(file.toString(), Files.readString(file))));
		return loaded.ok() && !loaded.docs().isEmpty() ? loaded.docs().get(0) : null;
	}

	/**
	 * One command as the jar runs it, with {@link #SHAPES} on standard input, standard output thrown away
	 * and standard error kept.
	 */
	private static void run(String... args) {
		InputStream stdin = System.in;
		PrintStream stdout = System.out;
		PrintStream stderr = System.err;
		ByteArrayOutputStream errors = new ByteArrayOutputStream();
		int code;
		try {
			System.setIn(new ByteArrayInputStream(SHAPES.getBytes(StandardCharsets.UTF_8)));
			System.setOut(new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errors, true, StandardCharsets.UTF_8));
			code = Main.command(args);
		}
		finally {
			System.setIn(stdin);
			System.setOut(stdout);
			System.setErr(stderr);
		}
		if (code == 2) {
			throw new IllegalStateException("portpath " + String.join(" ", args) + " exited 2: "
					+ errors.toString(StandardCharsets.UTF_8));
		}
	}
}
