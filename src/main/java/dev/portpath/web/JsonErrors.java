package dev.portpath.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.InputException;
import dev.portpath.sim.WorkLimitException;

/**
 * Every failure of the JSON API answers {@code {"error": "...", "line": N}} with 400, 413 or 422, never 500:
 * a bad request is named, input over a size limit is 413, input the engine refuses to spend more than its
 * work budget on is 422, and an engine fault is reported as the input it could not handle. Each group of
 * endpoints has its own advice, a subclass that says what its request body looks like.
 */
public abstract class JsonErrors {

	private static final Log log = LogFactory.getLog(JsonErrors.class);

	/** The JSON a request body should be, named when it is not JSON at all. */
	private final String shape;

	protected JsonErrors(String shape) {
		this.shape = shape;
	}

	/** A field the request body must have. */
	public static void require(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new MissingField(field);
		}
	}

	static final class MissingField extends RuntimeException {
		MissingField(String field) {
			super("the request body needs a \"" + field + "\" field");
		}
	}

	/** Well-formed input that would cost more than the engine's work budget: not the client's syntax, its size. */
	@ExceptionHandler(WorkLimitException.class)
	ResponseEntity<Map<String, Object>> workLimit(WorkLimitException ex) {
		return body(HttpStatus.UNPROCESSABLE_CONTENT, ex.problem().message(), 0);
	}

	@ExceptionHandler(InputException.class)
	ResponseEntity<Map<String, Object>> input(InputException ex) {
		HttpStatus status = ex.problem().tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return body(status, ex.problem().message(), ex.problem().line());
	}

	@ExceptionHandler({ BadRequestException.class, MissingField.class })
	ResponseEntity<Map<String, Object>> badRequest(RuntimeException ex) {
		return body(HttpStatus.BAD_REQUEST, ex.getMessage(), 0);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> notJson(HttpMessageNotReadableException ex) {
		// a chunked body that went on past the limit: the JSON reader saw the stream end there
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof RequestSizeLimit.TooLarge tooLarge) {
				return body(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage(), 0);
			}
		}
		return body(HttpStatus.BAD_REQUEST, "the request body is not JSON of the form " + shape, 0);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request as application/json", 0);
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Map<String, Object>> unexpected(RuntimeException ex) {
		log.error("the engine failed on a request", ex);
		return body(HttpStatus.BAD_REQUEST, "PortPath could not handle this input (" + ex.getClass().getSimpleName()
				+ "); please report it with the request", 0);
	}

	protected static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, int line) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("error", error);
		m.put("line", line);
		return ResponseEntity.status(status).body(m);
	}
}
