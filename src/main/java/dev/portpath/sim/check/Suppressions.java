package dev.portpath.sim.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Finding;
import dev.portpath.sim.trace.Ref;

/**
 * What the user asked check to keep quiet about: the annotation {@code portpath.dev/ignore: code1,code2}
 * (an optional reason after {@code #}) on an object silences those codes for findings about that object,
 * and the run's ignore list ({@code --ignore CODE}) silences a code everywhere. A code the annotation names
 * that PortPath does not know is itself reported, so that a typo does not silently silence nothing.
 */
final class Suppressions {

	static final String ANNOTATION = "portpath.dev/ignore";

	/** An annotation's codes and its reason, with the object it is on. */
	private record Ignore(Set<String> codes, String reason, String object) {
	}

	private final Map<String, Ignore> byObject = new HashMap<>();

	private final Set<String> run;

	private final List<Finding> unknown = new ArrayList<>();

	Suppressions(List<Doc> docs, Set<String> run) {
		this.run = run;
		for (Doc d : docs) {
			YNode value = d.root().path("metadata", "annotations", ANNOTATION);
			if (value.present()) {
				read(d, value);
			}
		}
	}

	private void read(Doc d, YNode value) {
		String text = value.str("");
		int hash = text.indexOf('#');
		String reason = hash < 0 ? "" : text.substring(hash + 1).strip();
		Map<String, Boolean> codes = new LinkedHashMap<>();
		for (String c : (hash < 0 ? text : text.substring(0, hash)).split(",")) {
			String code = c.strip().toLowerCase(Locale.ROOT);
			if (!code.isEmpty()) {
				codes.put(code, Code.of(code).isPresent());
			}
		}
		String object = d.kind() + " " + d.namespace() + "/" + d.name();
		codes.forEach((code, known) -> {
			if (!known) {
				unknown.add(Findings.warning(Code.IGNORE_UNKNOWN_CODE, Ref.of(value.loc(), d.id() + "/metadata.annotations"),
						"the annotation " + ANNOTATION + " on " + object + " names " + code + ", which is not a PortPath"
								+ " finding code, so it silences nothing" + Code.nearest(code).map(n -> " (did you mean " + n + "?)")
									.orElse(""), "use a code from the README's finding codes table"));
			}
		});
		byObject.put(d.id(), new Ignore(codes.keySet(), reason, object));
	}

	/** The findings about unknown codes in annotations. */
	List<Finding> unknownCodes() {
		return unknown;
	}

	/** What silences this finding, if anything. */
	Optional<String> silencing(Finding f) {
		if (run.contains(f.code())) {
			return Optional.of("--ignore " + f.code());
		}
		String[] parts = f.path().split("/", 4);
		if (parts.length < 3) {
			return Optional.empty();
		}
		Ignore ignore = byObject.get(parts[0] + "/" + parts[1] + "/" + parts[2]);
		if (ignore == null || !ignore.codes().contains(f.code())) {
			return Optional.empty();
		}
		return Optional.of(ANNOTATION + " on " + ignore.object() + (ignore.reason().isEmpty() ? "" : ": " + ignore.reason()));
	}
}
