package dev.portpath.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A form Tomcat cannot turn into parameters (not UTF-8 once decoded, or a chunked body over the size limit)
 * on a page with no answer of its own for it (the playground has one): the 400 or 413 error page. It is
 * the client's mistake, so it is not logged as the server's error with a stack trace.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class FormErrors {

	@ExceptionHandler(InvalidParameterException.class)
	void unreadableForm(InvalidParameterException ex, HttpServletResponse response) throws IOException {
		boolean tooLarge = ex.getErrorCode() == HttpStatus.CONTENT_TOO_LARGE.value();
		response.sendError(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
	}
}
