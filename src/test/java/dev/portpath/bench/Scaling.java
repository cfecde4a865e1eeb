package dev.portpath.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

import dev.portpath.sim.Engine;
import dev.portpath.sim.parse.Limits;
import dev.portpath.sim.parse.Source;

/**
 * How check and trace scale with the size of their input, each against its floor: SnakeYAML's compose
 * of the same text (nothing can check faster than it parses). Prints min/median/max of interleaved
 * rounds per size. Run with bench/scaling.
 */
public final class Scaling {

	public static void main(String[] args) {
		int[] sizesKb = args.length > 0 ? java.util.Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray()
				: new int[] { 50, 500, 1000, 2500, 5000, 10000 };
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
		System.out.printf(Locale.ROOT, "%8s %6s %14s %14s %14s %8s %8s %12s %12s%n", "size", "docs", "compose ms", "check ms",
				"trace ms", "check/x", "trace/x", "check/x", "trace/x");
		System.out.println("(ms as min/median/max; x = SnakeYAML's compose of the same text in the same round: the median"
				+ " of the rounds' ratios, then their min/max, so a machine that slows down for a while slows both alike)");
		for (int kb : sizesKb) {
			String text = Synthetic.app(kb * 1024);
			List<Source> sources = List.of(new Source("big.yaml", text));
			Engine engine = new Engine(Limits.DEFAULT.withMaxBytes(64 * 1024 * 1024).withMaxDocuments(1_000_000)
				.withMaxPods(Integer.MAX_VALUE).withMaxMillis(0)); // no sampling: measure the real work
			int docs = engine.prepare(sources).cluster().docs().size();
			for (int w = 0; w < Math.max(3, 20_000 / Math.max(kb, 1)); w++) { // warm up (the JIT) on this size
				compose(text);
				engine.check(sources);
				engine.trace(sources, "shell", "http://web-0.ns-0/");
			}
			List<Double> c = new ArrayList<>();
			List<Double> k = new ArrayList<>();
			List<Double> t = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				c.add(time(() -> compose(text)));
				k.add(time(() -> engine.check(sources)));
				t.add(time(() -> engine.trace(sources, "shell", "http://web-0.ns-0/")));
			}
			List<Double> kx = new ArrayList<>();
			List<Double> tx = new ArrayList<>();
			for (int r = 0; r < rounds; r++) {
				kx.add(k.get(r) / c.get(r));
				tx.add(t.get(r) / c.get(r));
			}
			System.out.printf(Locale.ROOT, "%6dKB %6d %14s %14s %14s %8.2f %8.2f %12s %12s%n", text.length() / 1024, docs, spread(c),
					spread(k), spread(t), median(kx), median(tx), ratios(kx), ratios(tx));
			System.out.flush();
		}
	}

	public static int compose(String text) {
		LoaderOptions o = new LoaderOptions();
		o.setCodePointLimit(Integer.MAX_VALUE);
		int n = 0;
		for (Node node : new Yaml(o).composeAll(new StringReader(text))) {
			n += node == null ? 0 : 1;
		}
		return n;
	}

	private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

	/** CPU time of this thread, so another process on the machine does not count against either side. */
	private static double time(Runnable r) {
		long t = CPU.getCurrentThreadCpuTime();
		r.run();
		return (CPU.getCurrentThreadCpuTime() - t) / 1e6;
	}

	private static double median(List<Double> xs) {
		List<Double> s = xs.stream().sorted().toList();
		return s.get(s.size() / 2);
	}

	/** min/max of ratios. */
	private static String ratios(List<Double> xs) {
		List<Double> s = xs.stream().sorted().toList();
		return String.format(Locale.ROOT, "%.2f/%.2f", s.get(0), s.get(s.size() - 1));
	}

	/** min/median/max in milliseconds. */
	private static String spread(List<Double> xs) {
		List<Double> s = xs.stream().sorted().toList();
		return String.format(Locale.ROOT, "%.0f/%.0f/%.0f", s.get(0), s.get(s.size() / 2), s.get(s.size() - 1));
	}
}
