package dev.portpath.web.playground;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.Deflater;

import org.junit.jupiter.api.Test;

class ShareLinksTest {

	private final ShareLinks links = new ShareLinks(1024 * 1024);

	@Test
	void roundTripKeepsManifestsAndRequestExactly() {
		String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: wéb\n  # ünïcode and trailing spaces   \n";
		String token = links.encode(yaml, "shop/deploy/api", "http://web.shop:80/a?b=c").orElseThrow();
		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(links.decode(token)).hasValueSatisfying(s -> {
			assertThat(s.manifests()).isEqualTo(yaml);
			assertThat(s.from()).isEqualTo("shop/deploy/api");
			assertThat(s.to()).isEqualTo("http://web.shop:80/a?b=c");
		});
	}

	@Test
	void repetitiveManifestsCompressWell() {
		String yaml = "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n".repeat(50);
		assertThat(links.encode(yaml, "shell", "web:80").orElseThrow().length()).isLessThan(yaml.length() / 10);
	}

	@Test
	void newlinesInTheRequestCannotShiftTheManifests() {
		String token = links.encode("kind: Service\n", "shell\nx", "web:80\ny").orElseThrow();
		assertThat(links.decode(token)).hasValueSatisfying(s -> {
			assertThat(s.from()).isEqualTo("shell x");
			assertThat(s.to()).isEqualTo("web:80 y");
			assertThat(s.manifests()).isEqualTo("kind: Service\n");
		});
	}

	@Test
	void damagedOrCutLinksDecodeToNothing() {
		String token = links.encode("kind: Service\nmetadata:\n  name: web\n", "shell", "web:80").orElseThrow();
		assertThat(links.decode(token.substring(0, token.length() / 2))).isEmpty();
		assertThat(links.decode("not a token!")).isEmpty();
		assertThat(links.decode("")).isEmpty();
		assertThat(links.decode(Base64.getUrlEncoder().encodeToString("plain text".getBytes(StandardCharsets.UTF_8))))
			.isEmpty();
	}

	@Test
	void aLinkThatInflatesBeyondTheLimitIsRefused() {
		byte[] zeros = new byte[8 * 1024 * 1024];
		System.arraycopy("v1\nshell\nweb:80\n".getBytes(StandardCharsets.UTF_8), 0, zeros, 0, 16);
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
		deflater.setInput(zeros);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buf = new byte[8192];
		while (!deflater.finished()) {
			out.write(buf, 0, deflater.deflate(buf));
		}
		String bomb = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
		assertThat(bomb.length()).isLessThan(ShareLinks.MAX_TOKEN);
		assertThat(links.decode(bomb)).isEmpty();
	}

	@Test
	void manifestsTooLargeForALinkGetNone() {
		StringBuilder random = new StringBuilder();
		java.util.Random r = new java.util.Random(7);
		while (random.length() < 200_000) {
			random.append(Long.toString(r.nextLong(), 36)).append('\n');
		}
		assertThat(links.encode(random.toString(), "shell", "web:80")).isEmpty();
	}
}
