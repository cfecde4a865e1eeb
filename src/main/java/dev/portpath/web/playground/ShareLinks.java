package dev.portpath.web.playground;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A share link carries the manifests and the request in the URL itself: raw deflate, then base64url,
 * in the {@code s} query parameter. Nothing is stored on the server, so any replica can open any link.
 * The payload is {@code v1\nFROM\nTO\nMANIFESTS}; FROM and TO are single lines.
 */
final class ShareLinks {

	/** Longer links than this are not offered: Tomcat's request line limit is set to 64 KiB. */
	static final int MAX_TOKEN = 48 * 1024;

	private static final String VERSION = "v1\n";

	private final int maxBytes;

	/** @param maxBytes the largest manifests accepted; a link that inflates beyond it is refused (no zip bombs) */
	ShareLinks(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** The token for these inputs, or empty when it would be too long to be a link. */
	Optional<String> encode(String manifests, String from, String to) {
		String text = VERSION + oneLine(from) + "\n" + oneLine(to) + "\n" + manifests;
		// every playground answer carries a link: zlib's default level is 3 to 4 times faster than the best
		// on manifests and makes links about 2% longer
		Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
		try {
			deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
			deflater.finish();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buf = new byte[8192];
			while (!deflater.finished()) {
				out.write(buf, 0, deflater.deflate(buf));
				if (out.size() > MAX_TOKEN) {
					return Optional.empty();
				}
			}
			String token = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
			return token.length() > MAX_TOKEN ? Optional.empty() : Optional.of(token);
		}
		finally {
			deflater.end();
		}
	}

	/** The inputs a token carries, or empty when it is damaged, cut short or too large. */
	Optional<Shared> decode(String token) {
		if (token.length() > MAX_TOKEN) {
			return Optional.empty();
		}
		byte[] compressed;
		try {
			compressed = Base64.getUrlDecoder().decode(token.strip());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		Inflater inflater = new Inflater(true);
		try {
			inflater.setInput(compressed);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buf = new byte[8192];
			int limit = maxBytes + 4096;
			while (!inflater.finished()) {
				int n = inflater.inflate(buf);
				if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
					return Optional.empty();
				}
				out.write(buf, 0, n);
				if (out.size() > limit) {
					return Optional.empty();
				}
			}
			return parse(out.toString(StandardCharsets.UTF_8));
		}
		catch (DataFormatException ex) {
			return Optional.empty();
		}
		finally {
			inflater.end();
		}
	}

	private static Optional<Shared> parse(String text) {
		if (!text.startsWith(VERSION)) {
			return Optional.empty();
		}
		String rest = text.substring(VERSION.length());
		int a = rest.indexOf('\n');
		int b = a < 0 ? -1 : rest.indexOf('\n', a + 1);
		if (b < 0) {
			return Optional.empty();
		}
		return Optional.of(new Shared(rest.substring(b + 1), rest.substring(0, a), rest.substring(a + 1, b)));
	}

	private static String oneLine(String s) {
		return s.replaceAll("[\\r\\n]+", " ").strip();
	}

	/** What a share link restores. */
	record Shared(String manifests, String from, String to) {
	}
}
