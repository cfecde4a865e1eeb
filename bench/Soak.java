import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady load at a fixed rate (open loop: requests are due at fixed times whether or not the server kept
 * up, and a late one counts from when it was due), cycling POST /api/v1/trace, POST /api/v1/check and the
 * playground's htmx fragment over several corpus applications, while the server's resident memory is read
 * from /proc every second; prints a line each SAMPLE seconds and a summary. The first RAMP seconds rise from
 * a fifth of the rate to all of it (a cold JIT serves about half of it) and are not part of the soak.
 * Run by bench/soak.
 *
 * <pre>java bench/Soak.java PORT SERVER_PID RATE RAMP SECONDS SAMPLE CONNECTIONS APP_DIR=TO...</pre>
 */
public class Soak {

	public static void main(String[] args) throws Exception {
		int port = Integer.parseInt(args[0]);
		long pid = Long.parseLong(args[1]);
		int rate = Integer.parseInt(args[2]);
		int ramp = Integer.parseInt(args[3]);
		int seconds = Integer.parseInt(args[4]);
		int sample = Integer.parseInt(args[5]);
		int connections = Integer.parseInt(args[6]);
		List<byte[]> requests = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (int a = 7; a < args.length; a++) {
			int eq = args[a].lastIndexOf('=');
			Path app = Path.of(args[a].substring(0, eq));
			String to = args[a].substring(eq + 1);
			String yaml = BenchHttp.manifests(app);
			String name = app.getFileName() + " (" + yaml.length() / 1024 + " KiB)";
			requests.add(BenchHttp.post(port, "/api/v1/trace", "application/json",
					"{\"manifests\": " + BenchHttp.quote(yaml) + ", \"from\": \"shell\", \"to\": " + BenchHttp.quote(to) + "}", false));
			requests.add(BenchHttp.post(port, "/api/v1/check", "application/json", "{\"manifests\": " + BenchHttp.quote(yaml) + "}", false));
			requests.add(BenchHttp.post(port, "/playground", "application/x-www-form-urlencoded", "manifests="
					+ URLEncoder.encode(yaml, StandardCharsets.UTF_8) + "&from=shell&to=" + URLEncoder.encode(to, StandardCharsets.UTF_8), true));
			names.add(name + " to " + to);
		}
		System.out.println("mix: trace, check and the playground fragment of " + String.join("; ", names));
		System.out.printf(Locale.ROOT, "%d requests/s for %d s over %d keep-alive connections, after a %d s ramp%n", rate, seconds,
				connections, ramp);

		BlockingQueue<Long> due = new ArrayBlockingQueue<>(rate * 30);
		AtomicInteger next = new AtomicInteger();
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		AtomicLong dropped = new AtomicLong();
		long[][] latencies = new long[connections][];
		int[] counts = new int[connections];
		Object[] locks = new Object[connections];
		List<Thread> workers = new ArrayList<>();
		for (int w = 0; w < connections; w++) {
			int me = w;
			latencies[me] = new long[1 << 16];
			locks[me] = new Object();
			Thread t = new Thread(() -> {
				try {
					Client c = new Client(port);
					while (true) {
						long at = due.take();
						if (at < 0) {
							return;
						}
						long wait = at - System.nanoTime();
						if (wait > 0) {
							Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
						}
						int status;
						try {
							status = c.exchange(requests.get(Math.floorMod(next.getAndIncrement(), requests.size())));
						}
						catch (IOException ex) {
							status = -1;
							c = new Client(port);
						}
						long latency = System.nanoTime() - at;
						synchronized (locks[me]) {
							if (counts[me] == latencies[me].length) {
								latencies[me] = Arrays.copyOf(latencies[me], counts[me] * 2);
							}
							latencies[me][counts[me]++] = latency;
						}
						(status == 200 ? done : failed).incrementAndGet();
					}
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			});
			t.setDaemon(true);
			t.start();
			workers.add(t);
		}

		System.out.printf(Locale.ROOT, "server RSS before the ramp: %d MB%n", rss(pid));
		// the ramp: due times from a fifth of the rate up to all of it, then the soak proper
		long rampStart = System.nanoTime();
		double at = 0;
		while (at < ramp) {
			double now = rate * (0.2 + 0.8 * at / ramp);
			due.put(rampStart + (long) (at * 1e9));
			at += 1 / now;
			long ahead = rampStart + (long) (at * 1e9) - System.nanoTime() - 1_000_000_000L;
			if (ahead > 0) {
				Thread.sleep(ahead / 1_000_000);
			}
		}
		while (!due.isEmpty() || System.nanoTime() < rampStart + ramp * 1_000_000_000L) {
			Thread.sleep(100);
		}
		for (int w = 0; w < connections; w++) {
			synchronized (locks[w]) {
				counts[w] = 0;
			}
		}
		done.set(0);
		failed.set(0);

		long start = System.nanoTime();
		long interval = 1_000_000_000L / rate;
		long scheduled = 0;
		long maxRss = 0;
		List<Long> rssSamples = new ArrayList<>();
		System.out.printf(Locale.ROOT, "%6s  %8s  %8s  %10s  %8s  %8s%n", "second", "RSS MB", "req/s", "p99 ms", "failed", "dropped");
		System.out.printf(Locale.ROOT, "%6d  %8d  %8s  %10s  %8d  %8d%n", 0, rss(pid), "-", "-", 0, 0);
		rssSamples.add(rss(pid));
		long lastDone = 0;
		int[] marks = new int[connections];
		for (int s = 1; s <= seconds; s++) {
			long until = start + s * 1_000_000_000L;
			while (start + scheduled * interval < until) {
				if (!due.offer(start + scheduled * interval)) {
					dropped.incrementAndGet(); // the server is 30 s behind: drop rather than queue forever
				}
				scheduled++;
			}
			long sleep = until - System.nanoTime();
			if (sleep > 0) {
				Thread.sleep(sleep / 1_000_000);
			}
			long rss = rss(pid);
			maxRss = Math.max(maxRss, rss);
			if (s % sample == 0) {
				long d = done.get();
				long[] recent = since(latencies, counts, locks, marks);
				System.out.printf(Locale.ROOT, "%6d  %8d  %8.0f  %10.1f  %8d  %8d%n", s, rss, (d - lastDone) / (double) sample,
						BenchHttp.pct(recent, 99), failed.get(), dropped.get());
				rssSamples.add(rss);
				lastDone = d;
			}
		}
		for (int w = 0; w < connections; w++) {
			due.put(-1L);
		}
		for (Thread t : workers) {
			t.join(60_000);
		}
		long[] all = since(latencies, counts, locks, new int[connections]);
		System.out.printf(Locale.ROOT, "done: %d ok, %d failed, %d dropped; latency p50 %.1f ms, p99 %.1f ms, max %.1f ms;"
				+ " RSS first %d MB, last %d MB, max %d MB%n", done.get(), failed.get(), dropped.get(), BenchHttp.pct(all, 50), BenchHttp.pct(all, 99),
				BenchHttp.pct(all, 100), rssSamples.get(0), rssSamples.get(rssSamples.size() - 1), maxRss);
	}

	/** The latencies each connection recorded since its mark, sorted; moves the marks to now. */
	static long[] since(long[][] latencies, int[] counts, Object[] locks, int[] marks) {
		List<long[]> parts = new ArrayList<>();
		for (int w = 0; w < latencies.length; w++) {
			synchronized (locks[w]) {
				parts.add(Arrays.copyOfRange(latencies[w], marks[w], counts[w]));
				marks[w] = counts[w];
			}
		}
		long[] window = parts.stream().flatMapToLong(Arrays::stream).toArray();
		Arrays.sort(window);
		return window;
	}

	static long rss(long pid) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
			}
		}
		return -1;
	}

	/** One keep-alive connection; reads each answer whole. */
	static final class Client {

		private final int port;

		private final byte[] sink = new byte[65536];

		private Socket socket;

		private InputStream in;

		private OutputStream out;

		Client(int port) throws IOException {
			this.port = port;
			connect();
		}

		private void connect() throws IOException {
			socket = new Socket();
			socket.setTcpNoDelay(true);
			socket.connect(new InetSocketAddress("127.0.0.1", port));
			socket.setSoTimeout(60_000);
			in = new BufferedInputStream(socket.getInputStream(), 65536);
			out = socket.getOutputStream();
		}

		int exchange(byte[] request) throws IOException {
			out.write(request);
			out.flush();
			int code = Integer.parseInt(line().substring(9, 12));
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
			if (chunked) {
				for (int n = Integer.parseInt(line().split(";")[0].strip(), 16); n > 0; n = Integer.parseInt(line().split(";")[0].strip(), 16)) {
					skip(n);
					line();
				}
				line();
			}
			else if (length > 0) {
				skip(length);
			}
			if (close) {
				socket.close();
				connect();
			}
			return code;
		}

		private void skip(long n) throws IOException {
			while (n > 0) {
				int got = in.read(sink, 0, (int) Math.min(n, sink.length));
				if (got < 0) {
					throw new IOException("the server closed the connection mid-answer");
				}
				n -= got;
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
