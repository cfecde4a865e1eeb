package dev.portpath.web.learn;

import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.ModelAndView;

import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;

/**
 * Quizzes: every item of a quiz on one page, and one URL per item that grades an answer. With htmx the
 * answer comes back as the item's feedback fragment (and the form's try number, out of band); without
 * JavaScript the form posts and the whole quiz comes back with that item answered. A wrong choice or
 * prediction gets a nudge first, and the answer only when asked for after the second try. An incomplete form
 * answers 400 with what is missing.
 */
@Controller
class QuizController {

	private final Course course;

	private final Quizzes quizzes;

	QuizController(Course course, Quizzes quizzes) {
		this.course = course;
		this.quizzes = quizzes;
	}

	@GetMapping("/quizzes")
	String index(Model model) {
		model.addAttribute("quizzes", quizzes.all());
		return "quizzes/index";
	}

	@GetMapping("/quizzes/{id}")
	String quiz(@PathVariable String id, Model model) {
		model.addAttribute("quiz", quizzes.view(quiz(id), null));
		return "quizzes/quiz";
	}

	@PostMapping("/quizzes/{id}/items/{item}")
	ModelAndView answer(@PathVariable String id, @PathVariable String item, @ModelAttribute AnswerForm form,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		Quiz quiz = quiz(id);
		QuizItem answered = course.item(quiz, item).orElseThrow(() -> new NotFound("item", item));
		FeedbackView feedback = quizzes.grade(quiz, answered, form);
		ModelAndView page = htmx ? new ModelAndView("quizzes/quiz :: answer", "feedback", feedback)
				: new ModelAndView("quizzes/quiz", "quiz", quizzes.view(quiz, new Quizzes.Answered(item, form, feedback)));
		page.setStatus(HttpStatusCode.valueOf(feedback.status()));
		return page;
	}

	/** An item's URL opened directly (a bookmark, a reload): its place on the quiz page. */
	@GetMapping("/quizzes/{id}/items/{item}")
	String item(@PathVariable String id, @PathVariable String item) {
		Quiz quiz = quiz(id);
		course.item(quiz, item).orElseThrow(() -> new NotFound("item", item));
		return "redirect:" + Quizzes.href(quiz) + "#item-" + item;
	}

	private Quiz quiz(String id) {
		return course.quiz(id).orElseThrow(() -> new NotFound("quiz", id));
	}
}
