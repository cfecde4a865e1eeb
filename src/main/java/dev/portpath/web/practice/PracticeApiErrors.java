package dev.portpath.web.practice;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.InputException;

/**
 * The practice API's failures, in the shape every API endpoint answers: {@code {"error": "...", "line": N}}
 * with 400 (413 for input over a limit), never 500. The same handlers as the trace API's, for this controller.
 */
@RestControllerAdvice(assignableTypes = PracticeApiController.class)
class PracticeApiErrors {

	private static final Log log = LogFactory.getLog(PracticeApiErrors.class);

	@ExceptionHandler(InputException.class)
	ResponseEntity<Map<String, Object>> input(InputException ex) {
		HttpStatus status = ex.problem().tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return body(status, ex.problem().message(), ex.problem().line());
	}

	@ExceptionHandler({ Exercises.BadPractice.class, BadRequestException.class })
	ResponseEntity<Map<String, Object>> badRequest(RuntimeException ex) {
		return body(HttpStatus.BAD_REQUEST, String.valueOf(ex.getMessage()), 0);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> notJson(HttpMessageNotReadableException ex) {
		return body(HttpStatus.BAD_REQUEST,
				"the request body is not JSON of the form {\"seed\": 42, \"level\": 1, \"manifests\": \"...\"}", 0);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException ex) {
		return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the request as application/json", 0);
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<Map<String, Object>> unexpected(RuntimeException ex) {
		log.error("practice failed on a request", ex);
		return body(HttpStatus.BAD_REQUEST, "PortPath could not handle this input (" + ex.getClass().getSimpleName()
				+ "); please report it with the request", 0);
	}

	static ResponseEntity<Map<String, Object>> body(HttpStatus status, String error, int line) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("error", error);
		m.put("line", line);
		return ResponseEntity.status(status).body(m);
	}
}
