package dev.portpath.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.portpath.sim.Engine;
import dev.portpath.sim.InputException;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loaded;
import dev.portpath.sim.parse.Source;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YamlLoader;
import dev.portpath.sim.BadRequestException;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;
import dev.portpath.sim.trace.Trace;

/**
 * Loads content/ (lessons, quizzes, exercises) and checks it the way content-check promises: every file
 * parses, every example traces, every predict item computes its answer and that answer agrees with the one
 * its author wrote, every fix starter fails its goal and every reference solution meets it, ids are unique,
 * and every reference resolves. Problems are collected with their file and line rather than thrown.
 */
public final class ContentLoader {

	private static final Pattern EXAMPLE_TAG = Pattern.compile("^\\{\\{example ([a-z0-9-]+)}}\\s*$", Pattern.MULTILINE);

	private static final Pattern COMPARE_TAG = Pattern.compile("^\\{\\{compare ([a-z0-9-]+) ([a-z0-9-]+)}}\\s*$",
			Pattern.MULTILINE);

	private static final Pattern LESSON_LINK = Pattern.compile("\\]\\(/lessons/([a-z0-9-]+)\\)");

	private static final Pattern ID = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

	private final Engine engine = new Engine();

	private final List<ContentProblem> problems = new ArrayList<>();

	private Path root;

	public Content load(Path root) {
		this.root = root;
		problems.clear();
		List<Exercise> exercises = exercises(root.resolve("exercises"));
		List<Lesson> lessons = lessons(root.resolve("lessons"));
		List<Quiz> quizzes = quizzes(root.resolve("quizzes"), exercises);
		List<PracticeSource> apps = new ArrayList<>(practiceApps(root.resolve("practice").resolve("apps")));
		apps.addAll(examples(root.resolve("examples")));
		crossCheck(lessons, quizzes, exercises);
		return new Content(lessons, quizzes, exercises, apps, problems);
	}

	// ---------------------------------------------------------------- practice apps

	/**
	 * content/practice/apps/ID/: real applications' manifests (every .yaml and .yml file but app.yaml, in
	 * name order, or the order app.yaml's files lists), and app.yaml with title, origin and goals: requests
	 * that must be delivered, since practice seeds its bugs on their paths.
	 */
	private List<PracticeSource> practiceApps(Path dir) {
		List<PracticeSource> out = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return out;
		}
		for (Path d : dirs(dir)) {
			Path f = d.resolve("app.yaml");
			String rel = rel(f);
			Optional<YNode> y = Files.exists(f) ? yaml(rel, read(f)) : Optional.empty();
			if (y.isEmpty()) {
				if (!Files.exists(f)) {
					problems.add(new ContentProblem(rel(d), 0, "a practice app folder needs app.yaml"));
				}
				continue;
			}
			YNode m = y.get();
			List<String> names = strings(m.get("files"));
			List<Path> files = names.isEmpty()
					? Stream.concat(files(d, ".yaml").stream(), files(d, ".yml").stream())
						.filter(p -> !p.getFileName().toString().equals("app.yaml"))
						.sorted()
						.toList()
					: names.stream().map(d::resolve).toList();
			StringBuilder manifests = new StringBuilder();
			for (Path file : files) {
				String text = Files.exists(file) ? read(file) : null;
				if (text == null) {
					problems.add(new ContentProblem(rel, m.get("files").loc().line(), "file " + rel(file) + " does not exist"));
					continue;
				}
				if (manifests.length() > 0) {
					manifests.append("---\n");
				}
				manifests.append(text.endsWith("\n") ? text : text + "\n");
			}
			String id = d.getFileName().toString();
			checkId(rel, id);
			List<Request> goals = new ArrayList<>();
			for (YNode g : m.get("goals").items()) {
				Request r = new Request(g.get("from").str("shell"), required(rel, g, "to"));
				trace(rel(d), manifests.toString(), r.from(), r.to(), rel, g.loc().line()).ifPresent(t -> {
					if (t.outcome() != Outcome.DELIVERED) {
						problems.add(new ContentProblem(rel, g.loc().line(), "goal " + r.from() + " → " + r.to()
								+ " ends " + t.outcome() + ", not DELIVERED: practice seeds bugs on requests that work"));
					}
				});
				goals.add(r);
			}
			if (goals.isEmpty()) {
				problems.add(new ContentProblem(rel, m.loc().line(), "a practice app needs goals: requests that reach it"));
			}
			out.add(new PracticeSource(id, required(rel, m, "title"), required(rel, m, "origin"), manifests.toString(),
					goals, rel(d)));
		}
		return out;
	}

	/** The playground examples whose request is delivered: working apps too, so practice uses them. */
	private List<PracticeSource> examples(Path dir) {
		List<PracticeSource> out = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return out;
		}
		for (Path d : dirs(dir)) {
			Path f = d.resolve("example.yaml");
			Path manifests = d.resolve("manifests.yaml");
			if (!Files.exists(f) || !Files.exists(manifests)) {
				continue;
			}
			Optional<YNode> y = yaml(rel(f), read(f));
			String text = read(manifests);
			if (y.isEmpty() || text == null || !y.get().get("outcome").str("").equals("DELIVERED")) {
				continue;
			}
			YNode m = y.get();
			out.add(new PracticeSource("examples/" + d.getFileName(), m.get("title").str(d.getFileName().toString()),
					"the playground's example " + d.getFileName(), text,
					List.of(new Request(m.get("from").str("shell"), m.get("to").str(""))), rel(d)));
		}
		return out;
	}

	// ---------------------------------------------------------------- lessons

	private List<Lesson> lessons(Path dir) {
		List<Lesson> out = new ArrayList<>();
		for (Path f : files(dir, ".md")) {
			String text = read(f);
			String rel = rel(f);
			if (text == null) {
				continue;
			}
			if (!text.startsWith("---\n")) {
				problems.add(new ContentProblem(rel, 1, "a lesson starts with front matter between --- lines"));
				continue;
			}
			int end = text.indexOf("\n---\n", 4);
			if (end < 0) {
				problems.add(new ContentProblem(rel, 1, "the front matter is not closed by a --- line"));
				continue;
			}
			Optional<YNode> fm = yaml(rel, "\n" + text.substring(4, end + 1)); // keeps the file's line numbers
			if (fm.isEmpty()) {
				continue;
			}
			YNode m = fm.get();
			String id = required(rel, m, "id");
			String body = text.substring(end + 5);
			List<Example> examples = new ArrayList<>();
			Set<String> exampleIds = new HashSet<>();
			for (YNode e : m.get("examples").items()) {
				String exId = required(rel, e, "id");
				if (!exampleIds.add(exId)) {
					problems.add(new ContentProblem(rel, e.loc().line(), "example id " + exId + " is used twice"));
				}
				String file = required(rel, e, "file");
				Path yaml = dir.resolve(id).resolve(file);
				String manifests = Files.exists(yaml) ? read(yaml) : null;
				if (manifests == null) {
					problems.add(new ContentProblem(rel, e.get("file").loc().line(), "example file " + rel(yaml) + " does not exist"));
					continue;
				}
				String from = e.get("from").str("shell");
				String to = required(rel, e, "to");
				Optional<Trace> trace = trace(rel(yaml), manifests, from, to, rel, e.loc().line());
				trace.ifPresent(t -> examples.add(new Example(exId, rel(yaml), manifests, from, to, e.get("caption").str(""), t)));
			}
			Matcher tags = EXAMPLE_TAG.matcher(body);
			while (tags.find()) {
				if (!exampleIds.contains(tags.group(1))) {
					problems.add(new ContentProblem(rel, lineOf(text, end + 5 + tags.start()),
							"{{example " + tags.group(1) + "}} names no example of this lesson"));
				}
			}
			Matcher pairs = COMPARE_TAG.matcher(body);
			while (pairs.find()) {
				for (String ex : List.of(pairs.group(1), pairs.group(2))) {
					if (!exampleIds.contains(ex)) {
						problems.add(new ContentProblem(rel, lineOf(text, end + 5 + pairs.start()),
								"{{compare ...}} names " + ex + ", no example of this lesson"));
					}
				}
			}
			List<Lesson.Citation> sources = new ArrayList<>();
			for (YNode c : m.get("sources").items()) {
				String url = c.get("url").str("");
				if (!url.isEmpty() && !url.startsWith("https://")) {
					problems.add(new ContentProblem(rel, c.loc().line(), "a source's url must start with https://"));
				}
				sources.add(new Lesson.Citation(required(rel, c, "text"), url));
			}
			out.add(new Lesson(id, required(rel, m, "title"), m.get("summary").str(""),
					(int) (long) m.get("order").integer().orElse(999L), strings(m.get("objectives")),
					strings(m.get("prerequisites")), examples, m.get("quiz").str(""), body, rel, sources));
		}
		out.sort(Comparator.comparingInt(Lesson::order).thenComparing(Lesson::id));
		return out;
	}

	// ---------------------------------------------------------------- exercises

	private List<Exercise> exercises(Path dir) {
		List<Exercise> out = new ArrayList<>();
		if (!Files.isDirectory(dir)) {
			return out;
		}
		for (Path d : dirs(dir)) {
			Path f = d.resolve("exercise.yaml");
			String rel = rel(f);
			Optional<YNode> y = Files.exists(f) ? yaml(rel, read(f)) : Optional.empty();
			if (y.isEmpty()) {
				if (!Files.exists(f)) {
					problems.add(new ContentProblem(rel(d), 0, "an exercise folder needs exercise.yaml"));
				}
				continue;
			}
			YNode m = y.get();
			String starter = Files.exists(d.resolve("starter.yaml")) ? read(d.resolve("starter.yaml")) : null;
			String solution = Files.exists(d.resolve("solution.yaml")) ? read(d.resolve("solution.yaml")) : null;
			if (starter == null || solution == null) {
				problems.add(new ContentProblem(rel, 0, "an exercise needs starter.yaml and solution.yaml beside exercise.yaml"));
				continue;
			}
			Optional<Goal> goal = goal(rel, m.get("goal"));
			if (goal.isEmpty()) {
				continue;
			}
			Exercise ex = new Exercise(required(rel, m, "id"), m.get("lesson").str(""), required(rel, m, "title"),
					required(rel, m, "task"), m.get("from").str("shell"), required(rel, m, "to"), goal.get(),
					m.get("hint").str(""), starter, solution, rel(d));
			trace(rel(d.resolve("starter.yaml")), starter, ex.from(), ex.to(), rel, m.loc().line()).ifPresent(t -> {
				if (ex.goal().unmet(t).isEmpty()) {
					problems.add(new ContentProblem(rel(d.resolve("starter.yaml")), 0,
							"the starter already meets the goal (" + ex.goal().describe() + "), so there is nothing to fix"));
				}
			});
			trace(rel(d.resolve("solution.yaml")), solution, ex.from(), ex.to(), rel, m.loc().line()).ifPresent(t -> {
				List<String> unmet = ex.goal().unmet(t);
				if (!unmet.isEmpty()) {
					problems.add(new ContentProblem(rel(d.resolve("solution.yaml")), 0,
							"the reference solution does not meet the goal: " + String.join("; ", unmet)));
				}
			});
			out.add(ex);
		}
		return out;
	}

	private Optional<Goal> goal(String rel, YNode g) {
		String outcome = g.get("outcome").str("");
		try {
			return Optional.of(new Goal(Outcome.valueOf(outcome), g.get("container").text(),
					g.get("port").integer().map(Long::intValue)));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ContentProblem(rel, g.loc().line(), "goal.outcome '" + outcome + "' is not an outcome of the"
					+ " trace contract (DELIVERED, NO_ENDPOINTS, ...)"));
			return Optional.empty();
		}
	}

	// ---------------------------------------------------------------- quizzes

	private List<Quiz> quizzes(Path dir, List<Exercise> exercises) {
		List<Quiz> out = new ArrayList<>();
		for (Path f : files(dir, ".yaml")) {
			String rel = rel(f);
			Optional<YNode> y = yaml(rel, read(f));
			if (y.isEmpty()) {
				continue;
			}
			YNode m = y.get();
			List<QuizItem> items = new ArrayList<>();
			for (YNode i : m.get("items").items()) {
				item(rel, i, exercises).ifPresent(items::add);
			}
			if (items.isEmpty()) {
				problems.add(new ContentProblem(rel, m.loc().line(), "a quiz needs at least one item"));
			}
			out.add(new Quiz(required(rel, m, "id"), m.get("lesson").str(""), m.get("title").str(""), items, rel));
		}
		return out;
	}

	private Optional<QuizItem> item(String rel, YNode i, List<Exercise> exercises) {
		String id = required(rel, i, "id");
		String kind = i.get("kind").str("");
		int line = i.loc().line();
		switch (kind) {
			case "choice" -> {
				List<QuizItem.Option> options = new ArrayList<>();
				for (YNode o : i.get("options").items()) {
					options.add(new QuizItem.Option(required(rel, o, "text"), o.get("correct").bool().orElse(false),
							o.get("why").str("")));
					if (o.get("why").str("").isEmpty()) {
						problems.add(new ContentProblem(rel, o.loc().line(), "every option of " + id + " needs a why"));
					}
				}
				if (options.size() < 2 || options.stream().noneMatch(QuizItem.Option::correct)) {
					problems.add(new ContentProblem(rel, line, "choice item " + id + " needs two or more options, one correct"));
				}
				String hint = i.get("hint").str("");
				if (hint.isBlank()) {
					problems.add(new ContentProblem(rel, line, "choice item " + id + " needs a hint: the nudge a wrong first"
							+ " answer gets (where to look, not the answer)"));
				}
				return Optional.of(new QuizItem.Choice(id, required(rel, i, "question"), options, hint));
			}
			case "predict" -> {
				String manifests = required(rel, i, "manifests");
				String from = i.get("from").str("shell");
				String to = required(rel, i, "to");
				Optional<Trace> t = trace(rel + "#" + id, manifests, from, to, rel, line);
				for (String misplaced : List.of("answer", "outcome")) {
					if (i.get(misplaced).present()) {
						problems.add(new ContentProblem(rel, line, "predict item " + id + " writes '" + misplaced
								+ "' beside its question; write what you expect under expect (outcome, container, port, ...)"));
					}
				}
				Optional<Expectation> expected = expectation(rel, id, i);
				if (t.isPresent() && expected.isPresent() && i.get("expect") instanceof YMap expect) {
					for (Expectation.Mismatch m : expected.get().mismatches(t.get())) {
						problems.add(new ContentProblem(rel, expect.locOf(m.key()).line(), "predict item " + id + " expects "
								+ m.key() + " " + m.expected() + ", but the engine traced " + m.traced()));
					}
				}
				// the expectation stays here: learners are graded against the trace, and the page cannot show
				// what the item does not carry
				return t.map(trace -> new QuizItem.Predict(id, i.get("question").str("Where does this request land?"),
						manifests, from, to, i.get("explain").str(""), trace, i.get("hint").str("")));
			}
			case "fix" -> {
				String exId = required(rel, i, "exercise");
				Optional<Exercise> ex = exercises.stream().filter(e -> e.id().equals(exId)).findFirst();
				if (ex.isEmpty()) {
					problems.add(new ContentProblem(rel, i.get("exercise").loc().line(), "fix item " + id
							+ " names exercise " + exId + ", which does not exist in content/exercises"));
					return Optional.empty();
				}
				return Optional.of(new QuizItem.Fix(id, ex.get()));
			}
			default -> {
				problems.add(new ContentProblem(rel, line, "item " + id + " has kind '" + kind
						+ "'; use choice, predict or fix"));
				return Optional.empty();
			}
		}
	}

	/**
	 * The {@code expect} map of a predict item, or empty (with a problem at its line) when it is missing or
	 * malformed: the author's answer is what lets content-check notice the engine changing it.
	 */
	private Optional<Expectation> expectation(String rel, String id, YNode i) {
		YNode e = i.get("expect");
		if (!(e instanceof YMap m)) {
			problems.add(new ContentProblem(rel, e.present() ? e.loc().line() : i.loc().line(), "predict item " + id
					+ " needs expect: a map of the outcome (and where it lands) that Kubernetes gives, written by hand;"
					+ " content-check compares it with the engine's trace"));
			return Optional.empty();
		}
		int before = problems.size();
		for (YMap.Entry entry : m.entries().values()) {
			if (!Expectation.KEYS.contains(entry.key())) {
				problems.add(new ContentProblem(rel, entry.keyLoc().line(), "expect." + entry.key() + " of " + id
						+ " is not one of " + String.join(", ", Expectation.KEYS)));
			}
		}
		Optional<Outcome> outcome = Optional.empty();
		String written = m.get("outcome").str("");
		try {
			outcome = Optional.of(Outcome.valueOf(written));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new ContentProblem(rel, m.locOf("outcome").line(), "expect" + (m.has("outcome")
					? ".outcome of " + id + " is '" + written + "'" : " of " + id + " needs outcome")
					+ "; write an outcome of the trace contract (DELIVERED, NO_ENDPOINTS, ...)"));
		}
		Optional<String> pod = name(rel, id, m, "pod");
		Optional<String> container = name(rel, id, m, "container");
		Optional<String> failStep = name(rel, id, m, "failStep");
		Optional<Integer> port = number(rel, id, m, "port", 1, 65535);
		Optional<Integer> endpoints = number(rel, id, m, "endpoints", 0, Integer.MAX_VALUE);
		if (problems.size() > before || outcome.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Expectation(outcome.get(), pod, container, port, failStep, endpoints));
	}

	/** An optional key of expect that holds a name: absent, or a non-blank scalar. */
	private Optional<String> name(String rel, String id, YMap m, String key) {
		if (!m.has(key)) {
			return Optional.empty();
		}
		Optional<String> v = m.get(key).isScalar() ? m.get(key).text().filter(s -> !s.isBlank()) : Optional.empty();
		if (v.isEmpty()) {
			problems.add(new ContentProblem(rel, m.locOf(key).line(), "expect." + key + " of " + id + " must be a name"));
		}
		return v;
	}

	/** An optional key of expect that holds a whole number in [min, max]. */
	private Optional<Integer> number(String rel, String id, YMap m, String key, long min, long max) {
		if (!m.has(key)) {
			return Optional.empty();
		}
		Optional<Long> v = m.get(key).integer().filter(n -> n >= min && n <= max);
		if (v.isEmpty()) {
			problems.add(new ContentProblem(rel, m.locOf(key).line(), "expect." + key + " of " + id
					+ " must be a whole number from " + min + (max == Integer.MAX_VALUE ? " up" : " to " + max)));
		}
		return v.map(Long::intValue);
	}

	// ---------------------------------------------------------------- references

	private void crossCheck(List<Lesson> lessons, List<Quiz> quizzes, List<Exercise> exercises) {
		Set<String> lessonIds = new HashSet<>();
		for (Lesson l : lessons) {
			checkId(l.file(), l.id());
			if (!lessonIds.add(l.id())) {
				problems.add(new ContentProblem(l.file(), 2, "lesson id " + l.id() + " is used twice"));
			}
		}
		for (Lesson l : lessons) {
			for (String p : l.prerequisites()) {
				if (!lessonIds.contains(p)) {
					problems.add(new ContentProblem(l.file(), 0, "prerequisite " + p + " is not a lesson"));
				}
			}
			if (!l.quizId().isEmpty() && quizzes.stream().noneMatch(q -> q.id().equals(l.quizId()))) {
				problems.add(new ContentProblem(l.file(), 0, "quiz " + l.quizId() + " does not exist in content/quizzes"));
			}
			Matcher links = LESSON_LINK.matcher(l.markdown());
			while (links.find()) {
				if (!lessonIds.contains(links.group(1))) {
					problems.add(new ContentProblem(l.file(), 0, "the link /lessons/" + links.group(1) + " names no lesson"));
				}
			}
		}
		Set<String> quizIds = new HashSet<>();
		Set<String> itemIds = new HashSet<>();
		for (Quiz q : quizzes) {
			checkId(q.file(), q.id());
			if (!quizIds.add(q.id())) {
				problems.add(new ContentProblem(q.file(), 1, "quiz id " + q.id() + " is used twice"));
			}
			if (!q.lesson().isEmpty() && !lessonIds.contains(q.lesson()) && !lessons.isEmpty()) {
				problems.add(new ContentProblem(q.file(), 0, "lesson " + q.lesson() + " does not exist"));
			}
			for (QuizItem i : q.items()) {
				checkId(q.file(), i.id());
				if (!itemIds.add(i.id())) {
					problems.add(new ContentProblem(q.file(), 0, "item id " + i.id() + " is used twice"));
				}
			}
		}
		Set<String> exIds = new HashSet<>();
		for (Exercise e : exercises) {
			checkId(e.dir(), e.id());
			if (!exIds.add(e.id())) {
				problems.add(new ContentProblem(e.dir(), 0, "exercise id " + e.id() + " is used twice"));
			}
		}
	}

	private void checkId(String file, String id) {
		if (!ID.matcher(id).matches()) {
			problems.add(new ContentProblem(file, 0, "id '" + id + "' must be kebab-case (a-z, 0-9 and -)"));
		}
	}

	// ---------------------------------------------------------------- helpers

	/** Traces manifests; a problem (with the content file's line) when they cannot be read or the request is bad. */
	private Optional<Trace> trace(String name, String manifests, String from, String to, String rel, int line) {
		try {
			Engine.Prepared prepared = engine.prepare(List.of(new Source(name, manifests)));
			return Optional.of(engine.trace(prepared, new Request(from, to)));
		}
		catch (InputException ex) {
			problems.add(new ContentProblem(name, ex.problem().line(), ex.problem().message()));
		}
		catch (BadRequestException ex) {
			problems.add(new ContentProblem(rel, line, "the request " + from + " → " + to + " cannot be traced: "
					+ ex.getMessage()));
		}
		return Optional.empty();
	}

	private Optional<YNode> yaml(String rel, String text) {
		if (text == null) {
			return Optional.empty();
		}
		Loaded l = new YamlLoader().load(List.of(new Source(rel, text)));
		if (!l.ok()) {
			problems.add(new ContentProblem(rel, l.problems().get(0).line(), l.problems().get(0).message()));
			return Optional.empty();
		}
		if (l.docs().size() != 1) {
			problems.add(new ContentProblem(rel, 0, "expected one YAML document, found " + l.docs().size()));
			return Optional.empty();
		}
		Doc d = l.docs().get(0);
		return Optional.of(d.root());
	}

	private String required(String rel, YNode m, String key) {
		Optional<String> v = m.get(key).text();
		if (v.isEmpty() || v.get().isBlank()) {
			problems.add(new ContentProblem(rel, m.loc().line(), "'" + key + "' is required here"));
			return "";
		}
		return v.get();
	}

	private static List<String> strings(YNode n) {
		return n.items().stream().flatMap(x -> x.text().stream()).toList();
	}

	private String read(Path f) {
		try {
			return Files.readString(f, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(rel(f), 0, "cannot read: " + ex.getMessage()));
			return null;
		}
	}

	private List<Path> files(Path dir, String suffix) {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix) && Files.isRegularFile(p))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(rel(dir), 0, "cannot list: " + ex.getMessage()));
			return List.of();
		}
	}

	private List<Path> dirs(Path dir) {
		try (Stream<Path> s = Files.list(dir)) {
			return s.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(rel(dir), 0, "cannot list: " + ex.getMessage()));
			return List.of();
		}
	}

	private String rel(Path p) {
		Path base = root.toAbsolutePath().getParent() == null ? root.toAbsolutePath() : root.toAbsolutePath().getParent();
		Path abs = p.toAbsolutePath();
		return abs.startsWith(base) ? base.relativize(abs).toString() : p.toString();
	}

	private static int lineOf(String text, int offset) {
		int line = 1;
		for (int i = 0; i < offset && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
			}
		}
		return line;
	}
}
