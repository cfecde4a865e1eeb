package dev.portpath.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over {@code portpath.max-request-bytes} (4 MiB: room for 1 MiB of YAML once
 * form-encoded) with 413 before anything reads it: the contract's JSON for the API, a result fragment
 * for htmx, the 413 page otherwise. Smaller bodies whose YAML is still over the engine's limit get the
 * engine's own message, also with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

	private final long maxBytes;

	RequestSizeLimit(@Value("${portpath.max-request-bytes:4194304}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length <= maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		String message = "the request is " + length + " bytes, over the limit of " + maxBytes
				+ " bytes; PortPath reads at most 1 MiB of YAML";
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType("application/json");
			response.getOutputStream().write(("{\"error\":\"" + message + "\",\"line\":0}").getBytes(StandardCharsets.UTF_8));
		}
		else if (request.getHeader("HX-Request") != null) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType("text/html;charset=UTF-8");
			response.getOutputStream().write(("<div id=\"result\" class=\"result\"><div class=\"problem\" role=\"alert\">"
					+ "<strong>The manifests are too large</strong><p>" + message + ".</p></div></div>")
				.getBytes(StandardCharsets.UTF_8));
		}
		else {
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), message);
		}
	}
}
