package dev.portpath.web;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests that may carry large manifests take turns: at most {@code portpath.large-requests} (2) at once.
 * A 1 MiB input holds tens of MiB of heap while it is read, modelled, traced and rendered (the playground's
 * route map and port fields of a thousand applications), so a handful at once would not fit the heap, and
 * the request threads alone do not bound them. Large means a body over {@code portpath.large-request-bytes}
 * (256 KiB), a body of unknown length (chunked), or a query over 1 KiB (a share link, which inflates to up
 * to 1 MiB). One that finds no turn within {@code portpath.large-request-wait-ms} (2 s) is answered 503 with
 * Retry-After; requests with small inputs never wait.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class LargeRequests extends OncePerRequestFilter {

	static final int LARGE_QUERY = 1024;

	private final long largeBytes;

	private final long waitMillis;

	private final Semaphore turns;

	LargeRequests(@Value("${portpath.large-request-bytes:262144}") long largeBytes,
			@Value("${portpath.large-requests:2}") int turns,
			@Value("${portpath.large-request-wait-ms:2000}") long waitMillis) {
		this.largeBytes = largeBytes;
		this.waitMillis = waitMillis;
		this.turns = new Semaphore(turns, true);
	}

	boolean isLarge(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getContentLengthLong() > largeBytes || "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"))
				|| (query != null && query.length() > LARGE_QUERY);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isLarge(request)) {
			chain.doFilter(request, response);
			return;
		}
		boolean turn;
		try {
			turn = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			turn = false;
		}
		if (!turn) {
			response.setHeader(HttpHeaders.RETRY_AFTER, "5");
			RequestSizeLimit.refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "PortPath is busy",
					"PortPath is busy with other large manifests; try again in a few seconds");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			turns.release();
		}
	}
}
