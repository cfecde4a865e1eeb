package dev.portpath.web.practice;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import dev.portpath.web.JsonErrors;

/**
 * The practice API's failures, in the shape every API endpoint answers: {@code {"error": "...", "line": N}}
 * with 400 (413 for input over a limit), never 500; a seed or level out of range is a bad request.
 */
@RestControllerAdvice(assignableTypes = PracticeApiController.class)
class PracticeApiErrors extends JsonErrors {

	PracticeApiErrors() {
		super("{\"seed\": 42, \"level\": 1, \"manifests\": \"...\"}");
	}

	@ExceptionHandler(Exercises.BadPractice.class)
	ResponseEntity<Map<String, Object>> badPractice(Exercises.BadPractice ex) {
		return body(HttpStatus.BAD_REQUEST, String.valueOf(ex.getMessage()), 0);
	}

}
