package dev.portpath.web.learn;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The course: the lessons in order, a lesson with its live examples and its quiz, and the progress page
 * (drawn in the browser from what it stored; the server keeps nothing about the learner).
 */
@Controller
class LessonController {

	private final Lessons lessons;

	LessonController(Lessons lessons) {
		this.lessons = lessons;
	}

	@GetMapping("/lessons")
	String index(Model model) {
		model.addAttribute("course", lessons.course());
		return "lessons/index";
	}

	@GetMapping("/lessons/{id}")
	String lesson(@PathVariable String id, Model model) {
		model.addAttribute("lesson", lessons.lesson(id).orElseThrow(() -> new NotFound("lesson", id)));
		return "lessons/lesson";
	}

	@GetMapping("/progress")
	String progress(Model model) {
		model.addAttribute("course", lessons.course());
		return "lessons/progress";
	}
}
