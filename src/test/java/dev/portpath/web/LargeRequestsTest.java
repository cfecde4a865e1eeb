package dev.portpath.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Large requests take turns; small ones never wait for them. */
class LargeRequestsTest {

	/** One turn, and no waiting for it: the second large request is answered at once. */
	private final LargeRequests gate = new LargeRequests(256 * 1024, 1, 0);

	private static MockHttpServletRequest post(String uri, int length) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", uri);
		request.setContentType("application/json");
		request.setContent(new byte[length]);
		return request;
	}

	@Test
	void whatCountsAsLarge() {
		assertThat(gate.isLarge(post("/api/v1/check", 300 * 1024))).isTrue();
		assertThat(gate.isLarge(post("/api/v1/check", 40 * 1024))).isFalse();
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/v1/check");
		chunked.addHeader("Transfer-Encoding", "chunked");
		assertThat(gate.isLarge(chunked)).isTrue();
		MockHttpServletRequest share = new MockHttpServletRequest("GET", "/playground");
		share.setQueryString("s=" + "A".repeat(4000));
		assertThat(gate.isLarge(share)).isTrue();
		MockHttpServletRequest example = new MockHttpServletRequest("GET", "/playground");
		example.setQueryString("example=working-app");
		assertThat(gate.isLarge(example)).isFalse();
	}

	@Test
	void aLargeRequestWithoutATurnIs503WhileSmallOnesPass() throws Exception {
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		FilterChain slow = (req, res) -> {
			holding.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		};
		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
			try {
				gate.doFilter(post("/api/v1/check", 300 * 1024), new MockHttpServletResponse(), slow);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse refused = new MockHttpServletResponse();
		boolean[] ran = { false };
		gate.doFilter(post("/api/v1/check", 300 * 1024), refused, (req, res) -> ran[0] = true);
		assertThat(ran[0]).isFalse();
		assertThat(refused.getStatus()).isEqualTo(503);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("5");
		assertThat(refused.getContentAsString()).startsWith("{\"error\":").contains("busy", "\"line\":0");

		MockHttpServletResponse small = new MockHttpServletResponse();
		gate.doFilter(post("/api/v1/check", 40 * 1024), small, (req, res) -> ran[0] = true);
		assertThat(ran[0]).isTrue();

		release.countDown();
		first.get(30, TimeUnit.SECONDS);
		boolean[] again = { false };
		gate.doFilter(post("/api/v1/check", 300 * 1024), new MockHttpServletResponse(), (req, res) -> again[0] = true);
		assertThat(again[0]).as("the turn is given back").isTrue();
	}
}
