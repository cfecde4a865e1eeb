package dev.portpath.web.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import dev.portpath.content.Grader;
import dev.portpath.content.Grader.Feedback;
import dev.portpath.content.Lesson;
import dev.portpath.content.Quiz;
import dev.portpath.content.QuizItem;
import dev.portpath.sim.Engine;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.web.learn.FeedbackView.Why;
import dev.portpath.web.learn.QuizView.Choice;
import dev.portpath.web.learn.QuizView.ItemView;
import dev.portpath.web.playground.TraceView;

/**
 * Quiz pages and grading. Every answer is graded by {@link Grader}, that is by the engine: a prediction
 * against the trace computed when the content loaded, a fix by tracing the learner's YAML. A form that
 * cannot be graded answers feedback with status 400 and says what is missing; it never throws.
 */
@Component
class Quizzes {

	private static final Log log = LogFactory.getLog(Quizzes.class);

	private static final Pattern LINE = Pattern.compile("^line (\\d+): ");

	private final Course course;

	private final Grader grader;

	private final Traces traces;

	Quizzes(Course course, Engine engine, Traces traces) {
		this.course = course;
		this.grader = new Grader(engine);
		this.traces = traces;
	}

	/** An item the learner answered, with what was posted and the feedback, for the page without JavaScript. */
	record Answered(String item, AnswerForm form, FeedbackView feedback) {
	}

	static String href(Quiz quiz) {
		return "/quizzes/" + quiz.id();
	}

	/** Every quiz, in the order of the lessons they end (quizzes of no lesson last). */
	List<QuizView> all() {
		List<String> order = course.content().lessons().stream().map(Lesson::id).toList();
		return course.content().quizzes().stream()
			.sorted(Comparator.comparingInt((Quiz q) -> order.contains(q.lesson()) ? order.indexOf(q.lesson()) : order.size())
				.thenComparing(Quiz::id))
			.map(q -> view(q, null))
			.toList();
	}

	QuizView view(Quiz quiz, @Nullable Answered answered) {
		Link lesson = course.lesson(quiz.lesson()).map(l -> new Link(Lessons.href(l), l.title())).orElse(null);
		List<ItemView> items = new ArrayList<>();
		for (int i = 0; i < quiz.items().size(); i++) {
			QuizItem item = quiz.items().get(i);
			Answered a = answered != null && answered.item().equals(item.id()) ? answered : null;
			items.add(item(quiz, item, i + 1, a == null ? AnswerForm.EMPTY : a.form(), a == null ? null : a.feedback()));
		}
		return new QuizView(quiz.id(), quiz.title(), href(quiz), lesson, quiz.lesson(), items);
	}

	private ItemView item(Quiz quiz, QuizItem item, int number, AnswerForm form, @Nullable FeedbackView feedback) {
		String anchor = "item-" + item.id();
		String action = href(quiz) + "/items/" + item.id();
		int attempt = feedback == null ? 1 : feedback.next();
		if (item instanceof QuizItem.Choice c) {
			List<Integer> order = order(c);
			List<QuizView.Option> options = new ArrayList<>();
			for (int at = 0; at < order.size(); at++) {
				options.add(new QuizView.Option(at, c.options().get(order.get(at)).text(),
						form.optionText().equals(String.valueOf(at))));
			}
			return new ItemView(c.id(), "choice", number, anchor, action, c.question(), options, null, null, feedback, attempt);
		}
		if (item instanceof QuizItem.Predict p) {
			List<Choice> outcomes = Arrays.stream(Outcome.values())
				.map(o -> new Choice(o.name(), o.name() + " · " + describe(o), o.name().equals(form.outcomeText())))
				.toList();
			return new ItemView(p.id(), "predict", number, anchor, action, p.question(), List.of(),
					new QuizView.Predict(p.from(), p.to(), CodeLine.of(p.manifests(), anchor, Set.of()), outcomes,
							form.podText(), form.containerText(), form.portText()), null, feedback, attempt);
		}
		var ex = ((QuizItem.Fix) item).exercise();
		String yaml = form.manifests() == null ? ex.starter() : form.manifests();
		return new ItemView(item.id(), "fix", number, anchor, action, ex.title(), List.of(), null,
				new QuizView.Fix(ex.title(), ex.task(), ex.from(), ex.to(), ex.goal().describe(), ex.hint(), yaml),
				feedback, attempt);
	}

	/**
	 * The order the options are shown in: the files list the right one first, so the page shuffles them,
	 * the same way for every request (a form post comes back in the order it was answered in). The form
	 * posts the position shown, never the option's place in the file.
	 */
	static List<Integer> order(QuizItem.Choice c) {
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < c.options().size(); i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(c.id().hashCode()));
		return order;
	}

	/** What an outcome means, in a few words (the trace contract's table), for the prediction's list. */
	static String describe(Outcome o) {
		return switch (o) {
			case DELIVERED -> "a container that declares the port receives it";
			case UNDECLARED_PORT -> "reaches a pod, but no container declares that port";
			case NO_ENDPOINTS -> "the Service has no endpoint for that port";
			case NO_SUCH_SERVICE_PORT -> "the Service has no such port and protocol";
			case NXDOMAIN -> "the name does not resolve from there";
			case NO_LISTENER -> "nothing routes that address and port";
			case POLICY_DENIED -> "a NetworkPolicy drops it";
			case NO_MATCHING_RULE -> "no Ingress or Gateway rule matches (404)";
			case BAD_BACKEND -> "the matched rule names a missing Service or port (5xx)";
			case EXTERNAL -> "it leaves the cluster";
			case REDIRECTED -> "a redirect answers it, before any backend (3xx)";
			case INVALID -> "the API server rejects the manifests";
		};
	}

	// ---------------------------------------------------------------- grading

	FeedbackView grade(Quiz quiz, QuizItem item, AnswerForm form) {
		try {
			if (item instanceof QuizItem.Choice c) {
				return choice(quiz, c, form);
			}
			if (item instanceof QuizItem.Predict p) {
				return predict(quiz, p, form);
			}
			return fix(quiz, (QuizItem.Fix) item, form);
		}
		catch (RuntimeException ex) {
			log.error("grading item " + item.id() + " failed", ex);
			return refused(quiz, item, kind(item), "PortPath could not grade this answer (" + ex.getClass().getSimpleName()
					+ "). Please report it with what you answered.");
		}
	}

	private FeedbackView choice(Quiz quiz, QuizItem.Choice c, AnswerForm form) {
		int n = c.options().size();
		int picked;
		try {
			picked = Integer.parseInt(form.optionText());
		}
		catch (NumberFormatException ex) {
			picked = -1;
		}
		int attempt = form.attemptNumber();
		String action = href(quiz) + "/items/" + c.id();
		if (form.revealing()) {
			return revealChoice(quiz, c, picked >= 0 && picked < n ? c.options().get(order(c).get(picked)) : null, attempt,
					action);
		}
		if (picked < 0 || picked >= n) {
			return refused(quiz, c, "choice", form.optionText().isEmpty() ? "Pick one of the options, then check."
					: "There is no option " + form.optionText() + ": pick one of the " + n + " options.");
		}
		picked = order(c).get(picked);
		Feedback f = grader.choice(c, picked);
		QuizItem.Option chosen = c.options().get(picked);
		if (!f.correct()) {
			// a nudge, not the answer: where to look, and from the second try on the offer to show it
			return new FeedbackView(c.id(), quiz.id(), "choice", false, attempt >= 2 ? "Not yet." : "Not quite: try once more.",
					List.of(), List.of(), null, "", "", 0, "", 200, c.hint(), attempt + 1, attempt >= 2, false, action,
					List.of(new FeedbackView.Field("option", form.optionText())));
		}
		return new FeedbackView(c.id(), quiz.id(), "choice", true, "Right.", List.of(),
				List.of(new Why("Your answer", chosen.text(), chosen.why(), true)), null, "", "", 0, "", 200, "", attempt, false,
				false, action, List.of());
	}

	/** The answer, asked for: the right option and why, and why the one picked last (if any) is not it. */
	private static FeedbackView revealChoice(Quiz quiz, QuizItem.Choice c, QuizItem.@Nullable Option chosen, int attempt,
			String action) {
		List<Why> whys = new ArrayList<>();
		if (chosen != null && !chosen.correct()) {
			whys.add(new Why("You chose", chosen.text(), chosen.why(), false));
		}
		for (QuizItem.Option o : c.options()) {
			if (o.correct()) {
				whys.add(new Why("The answer", o.text(), o.why(), true));
			}
		}
		return new FeedbackView(c.id(), quiz.id(), "choice", false, "The answer.", List.of(), whys, null, "", "", 0, "", 200,
				"", attempt, false, true, action, List.of());
	}

	private FeedbackView predict(Quiz quiz, QuizItem.Predict p, AnswerForm form) {
		int attempt = form.attemptNumber();
		String action = href(quiz) + "/items/" + p.id();
		if (form.revealing()) {
			TraceView trace = traces.show(p.answer());
			return new FeedbackView(p.id(), quiz.id(), "predict", false, "The answer: it ends " + p.answer().outcome() + ".",
					List.of(), List.of(), trace, p.explain(), "", 0, marks(Traces.failingLines(trace)), 200, "", attempt, false,
					true, action, List.of());
		}
		if (form.outcomeText().isEmpty()) {
			return refused(quiz, p, "predict", "Choose the outcome you predict, then check.");
		}
		Outcome outcome;
		try {
			outcome = Outcome.valueOf(form.outcomeText());
		}
		catch (IllegalArgumentException ex) {
			return refused(quiz, p, "predict", "\"" + form.outcomeText() + "\" is no outcome; choose one of "
					+ Arrays.stream(Outcome.values()).map(Outcome::name).collect(Collectors.joining(", ")) + ".");
		}
		Optional<Integer> port = Optional.empty();
		if (!form.portText().isEmpty()) {
			try {
				int n = Integer.parseInt(form.portText());
				if (n < 1 || n > 65535) {
					throw new NumberFormatException();
				}
				port = Optional.of(n);
			}
			catch (NumberFormatException ex) {
				return refused(quiz, p, "predict", "The port is a number from 1 to 65535 (or leave it empty); \""
						+ form.portText() + "\" is not.");
			}
		}
		String container = form.containerText();
		String pod = form.podText();
		Grader.Prediction prediction = new Grader.Prediction(outcome, pod.isEmpty() ? Optional.empty() : Optional.of(pod),
				container.isEmpty() ? Optional.empty() : Optional.of(container), port);
		Feedback f = grader.predict(p, prediction);
		if (!f.correct()) {
			// no trace and no differences: they are the answer; a nudge names the hop to think about
			return new FeedbackView(p.id(), quiz.id(), "predict", false, attempt >= 2 ? "Not yet." : "Not quite: try once more.",
					List.of(), List.of(), null, "", "", 0, "", 200, Nudges.predict(p, prediction), attempt + 1, attempt >= 2,
					false, action, List.of());
		}
		TraceView trace = traces.show(p.answer());
		return new FeedbackView(p.id(), quiz.id(), "predict", true, "Right: it ends " + p.answer().outcome() + ".",
				List.of(), List.of(), trace, p.explain(), "", 0, marks(Traces.failingLines(trace)), 200, "", attempt, false, false,
				action, List.of());
	}

	private FeedbackView fix(Quiz quiz, QuizItem.Fix item, AnswerForm form) {
		var ex = item.exercise();
		if (form.manifestsText().isBlank()) {
			return refused(quiz, item, "fix", "The editor is empty: edit the manifests, then check.");
		}
		Feedback f = grader.fix(ex, form.manifestsText());
		if (!f.error().isEmpty() || f.trace().isEmpty()) {
			Matcher m = LINE.matcher(f.error());
			boolean lined = m.find();
			int line = lined ? Integer.parseInt(m.group(1)) : 0;
			String message = lined ? f.error().substring(m.end()) : f.error();
			return new FeedbackView(item.id(), quiz.id(), "fix", false, line > 0 ? "The YAML cannot be read."
					: "These manifests cannot be traced.", List.of(),
					List.of(), null, "", message, line, line > 0 ? String.valueOf(line) : "", 200);
		}
		TraceView trace = traces.show(f.trace().get());
		String headline = f.correct() ? "Goal met: " + ex.goal().describe() + "."
				: "Not yet: the goal is " + ex.goal().describe() + ".";
		return new FeedbackView(item.id(), quiz.id(), "fix", f.correct(), headline, f.differences(), List.of(), trace, "",
				"", 0, marks(Traces.failingLines(trace)), 200);
	}

	private static FeedbackView refused(Quiz quiz, QuizItem item, String kind, String message) {
		return new FeedbackView(item.id(), quiz.id(), kind, false, "This answer cannot be graded.", List.of(), List.of(),
				null, "", message, 0, "", 400);
	}

	private static String kind(QuizItem item) {
		return item instanceof QuizItem.Choice ? "choice" : item instanceof QuizItem.Predict ? "predict" : "fix";
	}

	private static String marks(Set<Integer> lines) {
		return lines.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}
}
