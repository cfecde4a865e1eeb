package dev.portpath.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps request bodies within {@code portpath.max-request-bytes} (4 MiB: room for 1 MiB of YAML once
 * form-encoded) while they are read, so an oversized body costs the server at most that much memory.
 * <ul>
 * <li>A declared {@code Content-Length} over the limit is refused with 413 before anything reads the body:
 * the contract's JSON for the API, a result fragment for htmx, the 413 page otherwise.</li>
 * <li>A body without a length (chunked) is counted as it is read: the stream ends with {@link TooLarge} at the
 * limit, which the JSON API answers with 413 ({@link ApiErrors}). Form posts are parsed by Tomcat, which
 * stops at {@code server.tomcat.max-http-form-post-size}, set to the same limit; the playground answers that
 * with its fragment.</li>
 * </ul>
 * Smaller bodies whose YAML is still over the engine's limit get the engine's own message, also with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${portpath.max-request-bytes:4194304}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/** What a request over the limit is told; {@code length} is -1 when the body declared none. */
	static String message(long length, long maxBytes) {
		return (length < 0 ? "the request is over the limit of " : "the request is " + length + " bytes, over the limit of ")
				+ maxBytes + " bytes; PortPath reads at most 1 MiB of YAML";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > maxBytes) {
			refuse(request, response, message(length, maxBytes));
		}
		else if (length < 0) {
			// Tomcat never reads past a declared length; only a body without one needs counting
			chain.doFilter(new Limited(request, maxBytes), response);
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String message)
			throws IOException {
		refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "The manifests are too large", message);
	}

	/**
	 * Answers a request the filters turn away before any controller sees it, in the shape its caller reads:
	 * the contract's JSON for the API, a result fragment for htmx, the status's error page otherwise.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
			String message) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(status.value());
			response.setContentType("application/json");
			response.getOutputStream().write(("{\"error\":\"" + message + "\",\"line\":0}").getBytes(StandardCharsets.UTF_8));
		}
		else if (request.getHeader("HX-Request") != null) {
			response.setStatus(status.value());
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(("<div id=\"result\" class=\"result\"><div class=\"problem\" role=\"alert\">"
					+ "<strong>" + title + "</strong><p>" + message + ".</p></div></div>")
				.getBytes(StandardCharsets.UTF_8));
		}
		else {
			response.sendError(status.value(), message);
		}
	}

	/** The body ended at the limit: whoever was reading it answers 413 with this message. */
	static final class TooLarge extends IOException {

		TooLarge(long maxBytes) {
			super(message(-1, maxBytes));
		}
	}

	/** The request's body, cut off at the limit; each read asks the container for no more than is left. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private @Nullable ServletInputStream stream;

		private @Nullable BufferedReader reader;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new Counting(super.getInputStream(), maxBytes);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			if (reader == null) {
				String encoding = getCharacterEncoding();
				Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
				reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
			}
			return reader;
		}
	}

	private static final class Counting extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long count;

		Counting(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			checkRoom();
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buf, int off, int len) throws IOException {
			if (len == 0) {
				return 0;
			}
			checkRoom();
			// one byte more than the limit allows is how a body that goes on is told from one that ends there
			int n = in.read(buf, off, (int) Math.min(len, maxBytes + 1 - count));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws TooLarge {
			count += n;
			checkRoom();
		}

		private void checkRoom() throws TooLarge {
			if (count > maxBytes) {
				throw new TooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
