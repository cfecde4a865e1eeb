package dev.portpath.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The failures of trace, check, routes and diff (see {@link JsonErrors}). */
@RestControllerAdvice(assignableTypes = { ApiController.class, ReviewApiController.class })
class ApiErrors extends JsonErrors {

	ApiErrors() {
		super("{\"manifests\": \"...\", \"from\": \"...\", \"to\": \"...\"}");
	}

}
