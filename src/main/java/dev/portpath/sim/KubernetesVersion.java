package dev.portpath.sim;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.validate.FeatureGates;

/**
 * The Kubernetes releases PortPath judges manifests by. They differ only in what the API server accepts, by
 * the default of the feature gates in {@link FeatureGates}; routing is the same in both.
 */
public enum KubernetesVersion {

	/** StrictIPCIDRValidation and RelaxedServiceNameValidation both alpha, off. */
	V1_35("1.35", new FeatureGates(false, false)),

	/** StrictIPCIDRValidation and RelaxedServiceNameValidation both beta, on. */
	V1_36("1.36", new FeatureGates(true, true));

	/** The newest release, as in a cluster set up today. */
	public static final KubernetesVersion DEFAULT = V1_36;

	private final String label;

	private final FeatureGates featureGates;

	KubernetesVersion(String label, FeatureGates featureGates) {
		this.label = label;
		this.featureGates = featureGates;
	}

	/** {@code 1.36}: how the version is written on the command line, in the API and in every answer. */
	public String label() {
		return label;
	}

	public FeatureGates featureGates() {
		return featureGates;
	}

	/** The release written as {@code 1.35} or {@code 1.36} (a leading {@code v} is allowed, as kubectl prints it). */
	public static Optional<KubernetesVersion> parse(String text) {
		String t = text.strip().startsWith("v") ? text.strip().substring(1) : text.strip();
		return Arrays.stream(values()).filter(v -> v.label.equals(t)).findFirst();
	}

	/** {@code 1.35 or 1.36}, for messages that say what is accepted. */
	public static String choices() {
		return Arrays.stream(values()).map(KubernetesVersion::label).collect(Collectors.joining(" or "));
	}
}
