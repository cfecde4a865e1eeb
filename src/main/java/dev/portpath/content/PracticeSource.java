package dev.portpath.content;

import java.util.List;

import dev.portpath.sim.trace.Request;

/**
 * A working application that practice exercises are made from: its manifests, the requests that reach it
 * ({@code goals}), and where it comes from ({@code origin}: a real project with its commit and licence, or
 * a playground example). Lessons' examples and exercises' solutions are used too; they are in
 * {@link Content} already.
 */
public record PracticeSource(String id, String title, String origin, String manifests, List<Request> goals, String dir) {

	public PracticeSource {
		goals = List.copyOf(goals);
	}
}
