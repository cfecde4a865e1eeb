package dev.portpath.practice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.portpath.content.Content;
import dev.portpath.content.Example;
import dev.portpath.content.Exercise;
import dev.portpath.content.Lesson;
import dev.portpath.content.PracticeSource;
import dev.portpath.sim.trace.Outcome;
import dev.portpath.sim.trace.Request;

/**
 * A working application practice seeds bugs into: its manifests, the requests that reach it, and where it
 * comes from. {@link #from(Content)} gathers them from the whole course: the real projects vendored under
 * content/practice/apps, the playground examples that work, every lesson example whose request is delivered,
 * and every exercise's solution; the same manifests found twice are one app with both requests.
 */
public record PracticeApp(String id, String title, String origin, String manifests, List<Request> goals,
		boolean project) {

	public PracticeApp {
		goals = List.copyOf(goals);
	}

	/**
	 * {@code project}: a real project's app, named and credited up front. The course's own apps get a neutral
	 * title (their Services), and their origin is told once the exercise is solved: a lesson's or an exercise's
	 * name would give the bug away.
	 */
	PracticeApp(String id, String origin, String manifests, List<Request> goals) {
		this(id, neutralTitle(manifests), origin, manifests, goals, false);
	}

	/** "An app with Services storefront and api", from the Services in the manifests. */
	static String neutralTitle(String manifests) {
		List<String> names;
		try {
			names = Manifests.parse(manifests).objects().stream().filter(o -> o.kind().equals("Service"))
				.map(Manifests.Obj::name).distinct().toList();
		}
		catch (RuntimeException ex) {
			names = List.of();
		}
		if (names.isEmpty()) {
			return "An app";
		}
		if (names.size() == 1) {
			return "An app with Service " + names.get(0);
		}
		List<String> shown = names.size() > 4 ? names.subList(0, 3) : names;
		String list = String.join(", ", shown.subList(0, shown.size() - 1)) + " and "
				+ (names.size() > 4 ? (names.size() - 3) + " more" : shown.get(shown.size() - 1));
		return "An app with Services " + list;
	}

	public static List<PracticeApp> from(Content content) {
		Map<String, PracticeApp> byManifests = new LinkedHashMap<>();
		for (PracticeSource s : content.apps()) {
			boolean project = !s.id().contains("/");
			add(byManifests, project ? new PracticeApp(s.id(), s.title(), s.origin(), s.manifests(), s.goals(), true)
					: new PracticeApp(s.id(), s.origin(), s.manifests(), s.goals()));
		}
		for (Lesson l : content.lessons()) {
			for (Example e : l.examples()) {
				if (e.trace().outcome() == Outcome.DELIVERED) {
					add(byManifests, new PracticeApp("lessons/" + l.id() + "/" + e.id(),
							"the lesson " + l.title() + ", example " + e.id(), e.manifests(),
							List.of(new Request(e.from(), e.to()))));
				}
			}
		}
		for (Exercise x : content.exercises()) {
			if (x.goal().outcome() == Outcome.DELIVERED) {
				add(byManifests, new PracticeApp("exercises/" + x.id(), "the solution of the exercise " + x.id(),
						x.solution(), List.of(new Request(x.from(), x.to()))));
			}
		}
		List<PracticeApp> out = new ArrayList<>(byManifests.values());
		out.sort(java.util.Comparator.comparing(PracticeApp::id));
		return out;
	}

	private static void add(Map<String, PracticeApp> apps, PracticeApp app) {
		apps.merge(app.manifests(), app, (a, b) -> {
			List<Request> goals = new ArrayList<>(a.goals());
			b.goals().stream().filter(g -> !goals.contains(g)).forEach(goals::add);
			return new PracticeApp(a.id(), a.title(), a.origin(), a.manifests(), goals, a.project());
		});
	}
}
