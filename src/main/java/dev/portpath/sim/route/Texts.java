package dev.portpath.sim.route;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Sampling;

/** Phrases many hops share: labels, pod counts, the workloads behind pods. */
final class Texts {

	private Texts() {
	}

	static String labels(Map<String, String> labels) {
		return labels.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
	}

	static String ordinal(int n) {
		return switch (n) {
			case 1 -> "first";
			case 2 -> "second";
			case 3 -> "third";
			default -> n + "th";
		};
	}

	/** 50%, 33.3%: a share as a person writes it. */
	static String percent(double p) {
		return (p == Math.rint(p) ? Long.toString((long) p) : String.format(java.util.Locale.ROOT, "%.1f", p)) + "%";
	}

	static String podCount(int n) {
		return n + (n == 1 ? " pod" : " pods");
	}

	/** "2 pods of Deployment shop/web", or "pod shop/web" for a bare Pod. */
	static String matched(List<Pod> pods) {
		if (pods.size() == 1 && pods.get(0).owner().is("Pod")) {
			return "pod " + pods.get(0).ref();
		}
		return podCount(Sampling.count(pods)) + " of " + owners(pods) + Sampling.note(pods) + Sampling.observedNote(pods);
	}

	static String owners(List<Pod> pods) {
		return pods.stream().map(p -> p.owner().ref()).distinct().collect(Collectors.joining(", "));
	}
}
