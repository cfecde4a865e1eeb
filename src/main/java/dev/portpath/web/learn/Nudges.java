package dev.portpath.web.learn;

import java.util.Optional;

import dev.portpath.content.Grader;
import dev.portpath.content.QuizItem;
import dev.portpath.sim.trace.Hop;
import dev.portpath.sim.trace.Status;
import dev.portpath.sim.trace.Step;
import dev.portpath.sim.trace.Trace;

/**
 * The nudge a wrong prediction gets: which part of it is wrong (the outcome, or where it lands) and the hop
 * to think about, read from the engine's trace, never what that hop says. The item's own hint, if its author
 * wrote one, follows.
 */
final class Nudges {

	private Nudges() {
	}

	static String predict(QuizItem.Predict item, Grader.Prediction prediction) {
		Trace t = item.answer();
		String nudge;
		if (prediction.outcome() != t.outcome()) {
			Optional<Hop> decisive = t.hops().stream().filter(h -> h.status() == Status.FAIL).findFirst()
				.or(() -> t.hops().stream().filter(h -> h.status() == Status.WARN).findFirst());
			nudge = decisive.map(h -> "The outcome is not that one. Think about the " + h.step().word() + " hop: "
					+ question(h.step()))
				.orElse("The outcome is not that one. Walk the request hop by hop (the name, the Service port, its"
						+ " endpoints, the translation, the container) and check each against the manifests.");
		}
		else {
			boolean portWrong = prediction.port().isPresent()
					&& t.delivered().map(e -> !prediction.port().get().equals(e.port())).orElse(false);
			boolean containerWrong = prediction.container().filter(c -> !c.isBlank())
				.map(c -> t.delivered().map(e -> !e.container().equals(c)).orElse(false)).orElse(false);
			String part = portWrong ? "port" : containerWrong ? "container" : "pod";
			boolean translated = t.hops().stream().anyMatch(h -> h.step() == Step.KUBE_PROXY);
			nudge = "The outcome is right; the " + part + " is not. " + switch (part) {
				case "port" -> translated ? "Think about the kube-proxy hop: " + question(Step.KUBE_PROXY)
						: "Think about the container hop: " + question(Step.CONTAINER);
				case "container" -> "Which container of the pod declares the port that arrives?";
				default -> "Which pods could the request reach, and is there only one?";
			};
		}
		return item.hint().isBlank() ? nudge : nudge + " " + item.hint();
	}

	/** The question a hop answers, as the learner should ask it of the manifests. */
	static String question(Step step) {
		return switch (step) {
			case DNS -> "does the name resolve from where the request starts?";
			case SERVICE -> "does the Service have a port with that number and protocol?";
			case ENDPOINTS -> "which pods does the Service pick (selector, namespace, readiness, the targetPort's name)?";
			case KUBE_PROXY -> "which port does it send to on the pod, and may this node use that endpoint?";
			case NODEPORT -> "is that port a nodePort of some Service?";
			case LOADBALANCER, EXTERNAL_IP -> "which ports does that address take?";
			case HOSTPORT, HOST_NETWORK -> "on which node does the pod run, and which port does that node open?";
			case INGRESS -> "which rule matches the host and path, and which Service port does its backend name?";
			case GATEWAY -> "does a listener take that port and hostname?";
			case ROUTE -> "which rule matches, and does its backendRef name a port the Service has?";
			case NETWORKPOLICY -> "which port and which client does the policy see when the packet arrives at the pod?";
			case POD -> "which pod does the address or name lead to?";
			case CONTAINER -> "does a container of the pod declare the port that arrives?";
			default -> "what does it need from the manifests, and do they have it?";
		};
	}
}
