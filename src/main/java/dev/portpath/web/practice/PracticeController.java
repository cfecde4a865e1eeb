package dev.portpath.web.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import dev.portpath.content.Lesson;
import dev.portpath.practice.Practice;
import dev.portpath.practice.PracticeExercise;
import dev.portpath.sim.InputException;
import dev.portpath.sim.BadRequestException;
import dev.portpath.web.learn.Course;
import dev.portpath.web.playground.LineRef;
import dev.portpath.web.playground.PlaygroundViews;
import dev.portpath.web.playground.TraceView;
import dev.portpath.web.practice.PracticeView.FeedbackView;
import dev.portpath.web.practice.PracticeView.FindingView;
import dev.portpath.web.practice.PracticeView.Hint;
import dev.portpath.web.practice.PracticeView.Level;

/**
 * The practice page. {@code /practice} picks a new seed and redirects to {@code /practice?seed=N&level=L},
 * the exercise's own URL (share it, reload it: it is the same exercise). The answer is a form post to
 * {@code /practice/check}: with htmx its feedback comes back as a fragment, without JavaScript the whole page
 * comes back with it. The server keeps nothing: the try number travels in the form.
 */
@Controller
class PracticeController {

	private final Exercises exercises;

	private final Course course;

	private final PlaygroundViews playground;

	PracticeController(Exercises exercises, Course course, PlaygroundViews playground) {
		this.exercises = exercises;
		this.course = course;
		this.playground = playground;
	}

	@GetMapping("/practice")
	String page(@RequestParam(required = false) @Nullable String seed, @RequestParam(required = false) @Nullable String level,
			Model model) {
		int l = Exercises.level(level == null ? "" : level);
		if (seed == null || seed.isBlank()) {
			return "redirect:" + href(Exercises.newSeed(), l);
		}
		PracticeExercise ex = exercises.exercise(Exercises.seed(seed), l);
		model.addAttribute("practice", view(ex, ex.manifests(), 1, null));
		return "practice/practice";
	}

	@PostMapping("/practice/check")
	ModelAndView check(@ModelAttribute PracticeForm form,
			@RequestHeader(name = "HX-Request", required = false) boolean htmx) {
		PracticeExercise ex = exercises.exercise(Exercises.seed(form.seedText()), Exercises.level(form.levelText()));
		int attempt = form.attemptNumber();
		FeedbackView feedback = grade(ex, form.manifestsText(), attempt);
		int next = feedback.correct() || !feedback.problem().isEmpty() ? attempt : attempt + 1;
		ModelAndView page = htmx ? new ModelAndView("practice/practice :: answer")
				: new ModelAndView("practice/practice");
		page.addObject("practice", view(ex, form.manifestsText(), next, feedback));
		page.addObject("feedback", feedback);
		page.setStatus(feedback.problem().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST);
		return page;
	}

	private FeedbackView grade(PracticeExercise ex, String manifests, int attempt) {
		if (manifests.isBlank()) {
			return problem(ex, attempt, "The editor is empty: the exercise's manifests are on this page; edit them, then check.",
					0);
		}
		Practice.Verdict v;
		try {
			v = exercises.practice().check(ex, manifests);
		}
		catch (InputException e) {
			return problem(ex, attempt, e.problem().message(), e.problem().line());
		}
		catch (BadRequestException e) {
			return problem(ex, attempt, String.valueOf(e.getMessage()), 0);
		}
		TraceView trace = playground.trace(v.trace());
		List<FindingView> findings = v.findings().stream()
			.map(f -> new FindingView(f.severity().json(), f.code(), f.message(), f.line(), f.fix()))
			.toList();
		boolean reveal = !v.correct() && attempt >= 2;
		String headline = v.correct() ? "Solved: the request reaches container " + ex.expected().container() + " on port "
				+ ex.expected().port() + "."
				: "Not yet: " + (attempt >= 2 ? "the solution is below, if you want it." : "read the trace, then try again.");
		return new FeedbackView(v.correct(), headline, v.reasons(), findings, trace, marks(trace), attempt, reveal,
				v.correct() || reveal ? ex.solution() : "", v.correct() || reveal ? ex.changes() : List.of(),
				v.correct() || reveal ? ex.distractor() : "", v.correct() || reveal ? hints(ex) : List.of(), "", 0, ex.seed(),
				ex.level(), v.correct() || reveal ? ex.origin() : "");
	}

	private static FeedbackView problem(PracticeExercise ex, int attempt, String message, int line) {
		return new FeedbackView(false, line > 0 ? "The YAML cannot be read." : "This answer cannot be graded.", List.of(),
				List.of(), null, line > 0 ? String.valueOf(line) : "", attempt, false, "", List.of(), "", List.of(), message,
				line, ex.seed(), ex.level(), "");
	}

	private PracticeView view(PracticeExercise ex, String yaml, int attempt, @Nullable FeedbackView feedback) {
		List<Level> levels = new ArrayList<>();
		String[] labels = { "one bug", "two bugs", "a bug and a change that is not one" };
		for (int l = 1; l <= Practice.LEVELS; l++) {
			levels.add(new Level(l, labels[l - 1], "/practice?level=" + l, l == ex.level()));
		}
		return new PracticeView(ex.seed(), ex.level(), href(ex.seed(), ex.level()), "/practice?level=" + ex.level(),
				"/api/v1/practice?seed=" + ex.seed() + "&level=" + ex.level(), ex.app(), ex.title(), ex.origin(), ex.project(),
				ex.goal().from(), ex.goal().to(), ex.expected().describe(), ex.shape(), yaml, attempt, hints(ex), levels,
				feedback);
	}

	private List<Hint> hints(PracticeExercise ex) {
		return ex.kinds().stream().map(k -> {
			Lesson lesson = course.content().lesson(k.lesson()).orElse(null);
			return new Hint(k.id(), k.title(), k.hint(), lesson == null ? "/lessons" : "/lessons/" + lesson.id(),
					lesson == null ? "the lessons" : lesson.title());
		}).toList();
	}

	static String href(long seed, int level) {
		return "/practice?seed=" + seed + "&level=" + level;
	}

	private static String marks(TraceView trace) {
		Set<Integer> out = new TreeSet<>();
		trace.hops().stream().filter(TraceView.HopView::failed).flatMap(h -> h.refs().stream()).map(LineRef::line)
			.forEach(out::add);
		trace.errors().forEach(e -> out.add(e.ref().line()));
		out.removeIf(l -> l <= 0);
		return out.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	/** A seed or level that names no exercise: the page says so, with 400. */
	@ExceptionHandler(Exercises.BadPractice.class)
	ModelAndView bad(Exercises.BadPractice ex, HttpServletRequest request) {
		boolean htmx = request.getHeader("HX-Request") != null;
		ModelAndView page = new ModelAndView(htmx ? "practice/bad :: bad" : "practice/bad");
		page.addObject("message", ex.getMessage());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}
}
