import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.portpath.sim.Engine;
import dev.portpath.sim.Engine.Prepared;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.trace.Request;

/**
 * What HTTP adds to the engine: each figure over HTTP beside its floor, in rounds that alternate the two so
 * that a machine whose speed drifts moves both. Run by bench/load-trace, which starts the server; this
 * program is the client (plain blocking sockets, keep-alive, one thread per connection, so it costs the
 * shared cores little) and, in the rounds between, the in-process engine on as many threads as the server
 * has request threads (at most that many of the connections are served at once; a hundred engine threads
 * would measure the collector, not the engine).
 *
 * <pre>java -cp CLASSES bench/HttpVsEngine.java PORT APP_DIR FROM TO WARMUP SECONDS ROUNDS CONCURRENCY...</pre>
 */
public class HttpVsEngine {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		Path app = Path.of(args[1]);
		String from = args[2];
		String to = args[3];
		int serverThreads = Integer.parseInt(System.getProperty("server.threads", "8"));
		double warmup = Double.parseDouble(args[4]);
		double seconds = Double.parseDouble(args[5]);
		int rounds = Integer.parseInt(args[6]);
		int[] concurrency = Arrays.stream(args, 7, args.length).mapToInt(Integer::parseInt).toArray();

		String yaml = BenchHttp.manifests(app);
		List<Source> sources = List.of(new Source("manifests.yaml", yaml));
		Engine engine = new Engine();
		String json = "{\"manifests\": " + BenchHttp.quote(yaml) + ", \"from\": " + BenchHttp.quote(from) + ", \"to\": " + BenchHttp.quote(to) + "}";
		String form = "manifests=" + URLEncoder.encode(yaml, StandardCharsets.UTF_8) + "&from="
				+ URLEncoder.encode(from, StandardCharsets.UTF_8) + "&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8);
		String asset = staticAsset(port);

		// each figure: what is asked over HTTP, and what the engine does for it in-process
		Map<String, Figure> figures = new LinkedHashMap<>();
		figures.put("trace", new Figure(port, "POST /api/v1/trace", BenchHttp.post(port, "/api/v1/trace", "application/json", json, false),
				"engine.trace", () -> engine.trace(sources, from, to)));
		figures.put("check", new Figure(port, "POST /api/v1/check", BenchHttp.post(port, "/api/v1/check", "application/json",
				"{\"manifests\": " + BenchHttp.quote(yaml) + "}", false), "engine.check", () -> engine.check(sources)));
		figures.put("fragment", new Figure(port, "POST /playground (htmx)", BenchHttp.post(port, "/playground",
				"application/x-www-form-urlencoded", form, true), "the engine work of the fragment", () -> {
					// what the playground asks of the engine for one fragment
					Prepared p = engine.prepare(sources);
					engine.suggestions(p);
					engine.explain(p);
					engine.check(p);
					return engine.trace(p, new Request(from, to));
				}));
		figures.put("static", new Figure(port, "GET the stylesheet", BenchHttp.get(port, asset), null, null));

		System.out.printf(Locale.ROOT, "input: %s, %d bytes of YAML in %d files; trace %s -> %s; static asset %s%n", app,
				yaml.length(), BenchHttp.files(app).size(), from, to, asset);
		System.out.printf(Locale.ROOT, "%d cores; %d rounds, each figure %.0f s over HTTP then %.0f s in-process (the floor), alternating,"
				+ " after %.0f s of warm-up each%n", Runtime.getRuntime().availableProcessors(), rounds, seconds, seconds, warmup);
		System.out.println("the fragment and the asset are asked for as a browser does (Accept-Encoding: gzip), the API as curl does;"
				+ " the floor runs on min(concurrency, " + serverThreads + ") threads, the server's request threads");

		// warm both sides until the JIT has compiled what each figure runs (the server's C2 is busy for a minute)
		for (Figure f : figures.values()) {
			f.http(16, warmup);
			if (f.floor != null) {
				f.inProcess(2, warmup);
			}
		}
		Map<String, List<Result>> results = new LinkedHashMap<>();
		for (int r = 0; r < rounds; r++) {
			for (int c : concurrency) {
				for (Map.Entry<String, Figure> e : figures.entrySet()) {
					Figure f = e.getValue();
					Result http = f.http(c, seconds);
					Result floor = f.floor == null ? null : f.inProcess(Math.min(c, serverThreads), seconds);
					results.computeIfAbsent(e.getKey() + "@" + c, k -> new ArrayList<>()).add(http.pair(floor));
				}
			}
		}
		print(figures, concurrency, results);
	}

	// ---------------------------------------------------------------- the figures

	record Result(double perSecond, double p50, double p99, int errors, double floorPerSecond) {

		Result pair(Result floor) {
			return new Result(perSecond, p50, p99, errors, floor == null ? Double.NaN : floor.perSecond);
		}

		double ratio() {
			return perSecond / floorPerSecond;
		}
	}

	interface Work {

		Object run() throws Exception;
	}

	static final class Figure {

		final int port;

		final String name;

		final byte[] request;

		final String floorName;

		final Work floor;

		Figure(int port, String name, byte[] request, String floorName, Work floor) {
			this.port = port;
			this.name = name;
			this.request = request;
			this.floorName = floorName;
			this.floor = floor;
		}

		Result http(int connections, double seconds) throws Exception {
			return measure(connections, seconds, () -> new Client(port, request)::exchange);
		}

		Result inProcess(int threads, double seconds) throws Exception {
			return measure(threads, seconds, () -> () -> {
				floor.run();
				return 200;
			});
		}
	}

	interface Call {

		int call() throws Exception;
	}

	interface CallFactory {

		Call open() throws Exception;
	}

	/** {@code threads} threads calling as fast as they can; counts what completes inside the window. */
	static Result measure(int threads, double seconds, CallFactory factory) throws Exception {
		AtomicBoolean stop = new AtomicBoolean();
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		long[][] latencies = new long[threads][];
		int[] counts = new int[threads];
		int[] errors = new int[threads];
		long[] window = new long[2];
		List<Thread> all = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int me = t;
			Thread thread = new Thread(() -> {
				long[] mine = new long[1024];
				int n = 0;
				try {
					Call call = factory.open();
					ready.countDown();
					go.await();
					while (!stop.get()) {
						long start = System.nanoTime();
						int status = call.call();
						long end = System.nanoTime();
						if (start >= window[0] && end <= window[1]) {
							if (status != 200) {
								errors[me]++;
							}
							if (n == mine.length) {
								mine = Arrays.copyOf(mine, n * 2);
							}
							mine[n++] = end - start;
						}
					}
				}
				catch (Exception ex) {
					errors[me]++;
					ready.countDown();
				}
				latencies[me] = Arrays.copyOf(mine, n);
				counts[me] = n;
			});
			thread.setDaemon(true);
			all.add(thread);
			thread.start();
		}
		ready.await();
		window[0] = System.nanoTime() + 200_000_000L; // a short ramp, not counted
		window[1] = window[0] + (long) (seconds * 1e9);
		go.countDown();
		Thread.sleep((window[1] - System.nanoTime()) / 1_000_000 + 1);
		stop.set(true);
		for (Thread t : all) {
			t.join(30_000);
		}
		long[] lat = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
		int done = Arrays.stream(counts).sum();
		return new Result(done / seconds, BenchHttp.pct(lat, 50), BenchHttp.pct(lat, 99), Arrays.stream(errors).sum(), Double.NaN);
	}

	// ---------------------------------------------------------------- printing

	static void print(Map<String, Figure> figures, int[] concurrency, Map<String, List<Result>> results) {
		System.out.println();
		System.out.printf(Locale.ROOT, "%-26s %5s  %-20s  %-20s  %-17s  %-15s %s%n", "figure", "conc", "HTTP req/s",
				"floor ops/s", "HTTP/floor", "HTTP p50/p99 ms", "floor");
		System.out.printf(Locale.ROOT, "%-26s %5s  %-20s  %-20s  %-17s  %-15s%n", "", "", "min / median / max",
				"min / median / max", "min / med / max", "(median round)");
		for (Map.Entry<String, Figure> e : figures.entrySet()) {
			Figure f = e.getValue();
			for (int c : concurrency) {
				List<Result> rs = results.get(e.getKey() + "@" + c);
				double[] http = rs.stream().mapToDouble(Result::perSecond).sorted().toArray();
				String floor = f.floor == null ? "-" : spread(rs.stream().mapToDouble(Result::floorPerSecond).sorted().toArray(), "%.0f");
				String ratio = f.floor == null ? "-" : spread(rs.stream().mapToDouble(Result::ratio).sorted().toArray(), "%.2f");
				Result mid = rs.stream().sorted((a, b) -> Double.compare(a.perSecond, b.perSecond)).toList().get(rs.size() / 2);
				int errors = rs.stream().mapToInt(Result::errors).sum();
				System.out.printf(Locale.ROOT, "%-26s %5d  %-20s  %-20s  %-17s  %6.1f / %-6.1f %s%s%n", f.name, c,
						spread(http, "%.0f"), floor, ratio, mid.p50, mid.p99, f.floor == null ? "" : f.floorName,
						errors == 0 ? "" : "   (" + errors + " failed requests)");
			}
		}
		// the fragment beside the cheapest thing the server answers, at each concurrency
		System.out.println();
		for (int c : concurrency) {
			double fragment = median(results.get("fragment@" + c).stream().mapToDouble(Result::perSecond).toArray());
			double asset = median(results.get("static@" + c).stream().mapToDouble(Result::perSecond).toArray());
			System.out.printf(Locale.ROOT, "concurrency %3d: playground fragment %.0f req/s, static asset %.0f req/s (fragment/asset %.3f)%n",
					c, fragment, asset, fragment / asset);
		}
	}

	static String spread(double[] sorted, String format) {
		return String.format(Locale.ROOT, format + " / " + format + " / " + format, sorted[0], median(sorted),
				sorted[sorted.length - 1]);
	}

	static double median(double[] xs) {
		double[] s = xs.clone();
		Arrays.sort(s);
		return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
	}
	/** The stylesheet every page links (its URL carries a content hash), found in the playground page. */
	static String staticAsset(int port) throws IOException {
		Client c = new Client(port, ("GET /playground HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		c.keepBody = true;
		c.exchange();
		String page = new String(c.body, 0, c.bodyLength, StandardCharsets.UTF_8);
		int at = page.indexOf("/css/app");
		if (at < 0) {
			throw new IllegalStateException("the playground page links no /css/app stylesheet");
		}
		return page.substring(at, page.indexOf('"', at));
	}

	/** One keep-alive connection that sends the same request again and again and reads each answer whole. */
	static final class Client {

		private final int port;

		private final byte[] request;

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		boolean keepBody;

		private final byte[] sink = new byte[65536];

		byte[] body = new byte[0];

		int bodyLength;

		Client(int port, byte[] request) throws IOException {
			this.port = port;
			this.request = request;
			connect();
		}

		private void connect() throws IOException {
			if (socket != null) {
				socket.close();
			}
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress("127.0.0.1", port));
			socket.setSoTimeout(60_000);
			in = new BufferedInputStream(socket.getInputStream(), 65536);
			out = socket.getOutputStream();
		}

		int exchange() throws IOException {
			out.write(request);
			out.flush();
			String status = line();
			int code = Integer.parseInt(status.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String h = line(); !h.isEmpty(); h = line()) {
				String lower = h.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			bodyLength = 0;
			if (chunked) {
				for (int n = Integer.parseInt(line().split(";")[0].strip(), 16); n > 0; n = Integer.parseInt(line().split(";")[0].strip(), 16)) {
					read(n);
					line();
				}
				line();
			}
			else if (length > 0) {
				read((int) length);
			}
			if (close) {
				connect();
			}
			return code;
		}

		private void read(int n) throws IOException {
			if (keepBody && body.length < bodyLength + n) {
				body = Arrays.copyOf(body, bodyLength + n);
			}
			int left = n;
			while (left > 0) {
				int got = keepBody ? in.read(body, bodyLength, left) : in.read(sink, 0, Math.min(left, sink.length));
				if (got < 0) {
					throw new IOException("the server closed the connection mid-answer");
				}
				if (keepBody) {
					bodyLength += got;
				}
				left -= got;
			}
		}

		private String line() throws IOException {
			StringBuilder s = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new IOException("the server closed the connection");
				}
				if (c != '\r') {
					s.append((char) c);
				}
			}
			return s.toString();
		}
	}
}
