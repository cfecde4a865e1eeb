import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What bench/HttpVsEngine.java and bench/Soak.java both need: an application's manifests as one paste, JSON
 * string literals, raw HTTP/1.1 requests and percentiles. The scripts compile it into target/bench and put that
 * on the class path of the single-file programs, which call it by its simple name (public: the source launcher
 * loads them with a class loader of its own).
 */
public final class BenchHttp {

	private BenchHttp() {
	}

	/** The application's YAML files, sorted. */
	public static List<Path> files(Path app) throws IOException {
		try (Stream<Path> walk = Files.walk(app)) {
			return walk.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
		}
	}

	/** The application's YAML files as one text, as a user pastes them: documents separated by ---. */
	public static String manifests(Path app) throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path p : files(app)) {
			texts.add(Files.readString(p));
		}
		return texts.stream().map(t -> t.endsWith("\n") ? t : t + "\n").collect(Collectors.joining("---\n"));
	}

	/** A JSON string literal. */
	public static String quote(String s) {
		StringBuilder b = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> b.append("\\\"");
				case '\\' -> b.append("\\\\");
				case '\n' -> b.append("\\n");
				case '\r' -> b.append("\\r");
				case '\t' -> b.append("\\t");
				default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return b.append('"').toString();
	}

	/** A browser asks for gzip, as htmx does; the API's clients (curl, scripts) usually do not. */
	public static byte[] post(int port, String path, String type, String body, boolean browser) {
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: " + type
				+ "\r\nContent-Length: " + content.length + "\r\n"
				+ (browser ? "HX-Request: true\r\nAccept: text/html\r\nAccept-Encoding: gzip, deflate, br\r\n" : "Accept: application/json\r\n")
				+ "\r\n";
		byte[] h = head.getBytes(StandardCharsets.US_ASCII);
		byte[] all = Arrays.copyOf(h, h.length + content.length);
		System.arraycopy(content, 0, all, h.length, content.length);
		return all;
	}

	public static byte[] get(int port, String path) {
		return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept-Encoding: gzip, deflate, br\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	/** The p-th percentile of sorted nanosecond latencies, in milliseconds (NaN when there are none). */
	public static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}
}
