package dev.portpath.web.learn;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** An unknown lesson, quiz or item answers 404 with a page (or, for htmx, a fragment) that says so. */
@ControllerAdvice(assignableTypes = { LessonController.class, QuizController.class })
class LearnErrors {

	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(NotFound ex, HttpServletRequest request) {
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView page = new ModelAndView(htmx ? "lessons/missing :: missing" : "lessons/missing");
		page.addObject("what", ex.what());
		page.addObject("name", ex.name());
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}
}
