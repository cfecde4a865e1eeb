package dev.portpath.practice;

import java.util.Set;
import java.util.function.Consumer;

/**
 * One change to a working app: a seeded bug, or a distractor that looks odd and is not a bug.
 * {@code prepare} runs on the working app first and must keep it working (a bug that needs an object the
 * app lacks, such as a NetworkPolicy, adds the correct one there, so the solution holds it too); {@code apply}
 * then makes the change. {@code touched} names the fields it writes ({@code Kind/ns/name/field}), so that two
 * changes of one exercise never write the same field.
 */
record Change(String id, String description, Set<String> touched, Consumer<Manifests> prepare,
		Consumer<Manifests> apply) {

	static final Consumer<Manifests> NOTHING = m -> {
	};

	boolean overlaps(Change other) {
		return touched.stream().anyMatch(a -> other.touched().stream().anyMatch(b -> a.startsWith(b) || b.startsWith(a)));
	}
}
