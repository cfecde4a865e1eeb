package dev.portpath.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.CheckReport;
import dev.portpath.sim.trace.Trace;

/**
 * Warm throughput of the engine on the largest corpus application. Run with bench/run-jmh (it is not
 * part of the test suite); bench/cli-time measures the cold command line, JVM start included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

	@Param("src/test/resources/corpus/argo-cd-ha/namespace-install.yaml")
	public String file;

	private List<Source> sources;

	private final Engine engine = new Engine();

	@Setup
	public void read() throws IOException {
		sources = List.of(new Source(file, Files.readString(Path.of(file))));
	}

	@Benchmark
	public CheckReport check() {
		return engine.check(sources);
	}

	@Benchmark
	public Trace trace() {
		return engine.trace(sources, "shell", "http://argocd-server/");
	}
}
