package dev.portpath.content;

/** A fix exercise: broken manifests, a request, a goal, and a reference solution. */
public record Exercise(String id, String lesson, String title, String task, String from, String to, Goal goal,
		String hint, String starter, String solution, String dir) {
}
