package dev.portpath.sim.validate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.portpath.sim.parse.YScalar;

/**
 * Mirrors the name part of {@code ValidateObjectMeta} (and {@code ValidateObjectMetaAccessor} for custom
 * resources) on create: {@code metadata.generateName} checked as a prefix, then {@code metadata.name} (already
 * generated from the prefix, see {@link GeneratedNames}) required and checked, each with the kind's
 * {@code ValidateNameFunc}.
 */
final class ObjectMetaRules {

	/** A kind's {@code ValidateNameFunc}. */
	enum NameFormat {

		/** {@code NameIsDNSSubdomain}: most kinds. */
		DNS1123_SUBDOMAIN(NameRules::dns1123Subdomain,
				"use a lowercase name of at most 253 characters made of a-z, 0-9, '-' and '.', starting and ending with a letter or digit"),

		/** {@code NameIsDNSLabel}: namespaces, StatefulSets, Services with RelaxedServiceNameValidation. */
		DNS1123_LABEL(NameRules::dns1123Label,
				"use a lowercase name of at most 63 characters made of a-z, 0-9 and '-', starting and ending with a letter or digit"),

		/** {@code NameIsDNS1035Label}: Services without RelaxedServiceNameValidation (v1.35 and older). */
		DNS1035_LABEL(NameRules::dns1035Label,
				"use a lowercase name of at most 63 characters made of a-z, 0-9 and '-', starting with a letter and ending with a letter or digit (a digit first is accepted from Kubernetes 1.36, RelaxedServiceNameValidation)");

		private final Function<String, List<String>> check;

		private final String fix;

		NameFormat(Function<String, List<String>> check, String fix) {
			this.check = check;
			this.fix = fix;
		}

		/** The detail strings for {@code name}; a prefix ({@code generateName}) is masked first. */
		List<String> check(String name, boolean prefix) {
			return check.apply(prefix ? NameRules.maskTrailingDash(name) : name);
		}
	}

	/**
	 * The name rule of each built-in kind PortPath reads ({@code apiVersion/kind}). Services are not here: their
	 * rule depends on a feature gate, see {@link #serviceNames}. StatefulSet names are labels since their pods'
	 * hostnames are built from them ({@code ValidateStatefulSetName}).
	 */
	private static final Map<String, NameFormat> FORMATS = Map.ofEntries(
			Map.entry("v1/Pod", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("v1/PodTemplate", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("v1/ReplicationController", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("v1/Endpoints", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("v1/Node", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("v1/Namespace", NameFormat.DNS1123_LABEL),
			Map.entry("apps/v1/Deployment", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("apps/v1/ReplicaSet", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("apps/v1/DaemonSet", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("apps/v1/StatefulSet", NameFormat.DNS1123_LABEL),
			Map.entry("batch/v1/Job", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("batch/v1/CronJob", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("discovery.k8s.io/v1/EndpointSlice", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("networking.k8s.io/v1/Ingress", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("networking.k8s.io/v1/IngressClass", NameFormat.DNS1123_SUBDOMAIN),
			Map.entry("networking.k8s.io/v1/NetworkPolicy", NameFormat.DNS1123_SUBDOMAIN));

	/**
	 * {@code ValidateCronJobCreate}: the CronJob controller appends an 11-character suffix to name its Jobs, which
	 * must fit a 63-character label.
	 */
	static final int MAX_CRONJOB_NAME = 52;

	private static final String REQUIRED_FIX = "add metadata.name (kubectl apply needs a name; metadata.generateName works only with kubectl create)";

	private ObjectMetaRules() {
	}

	/**
	 * The name the object ends up with (written, or generated from {@code generateName}), and where
	 * {@code metadata.name} and {@code metadata.generateName} are.
	 */
	record Names(String name, At nameAt, boolean generated, String generateName, At generateNameAt) {
	}

	/** The name rule of a built-in kind, if PortPath validates that kind (Services excepted, see {@link #serviceNames}). */
	static Optional<NameFormat> format(String apiVersion, String kind) {
		return Optional.ofNullable(FORMATS.get(apiVersion + "/" + kind));
	}

	/** {@code ValidateServiceName}: a DNS-1123 label with RelaxedServiceNameValidation, else a DNS-1035 label. */
	static NameFormat serviceNames(FeatureGates gates) {
		return gates.relaxedServiceNameValidation() ? NameFormat.DNS1123_LABEL : NameFormat.DNS1035_LABEL;
	}

	/** Decodes and checks the names of a built-in object; false if any name error was reported. */
	static boolean check(Report r, At root, NameFormat format) {
		return read(r, root).map(n -> validate(r, n, format)).orElse(false);
	}

	/**
	 * Reads the names as the JSON decoder does ({@code v1.ObjectMeta}), reporting wrong types; empty when the
	 * metadata cannot be decoded.
	 */
	static Optional<Names> read(Report r, At root) {
		At meta = root.child("metadata");
		At nameAt = meta.child("name");
		At generateAt = meta.child("generateName");
		boolean decoded = meta.absent() || Json.object(r, meta, r.doc().kind(), "v1.ObjectMeta");
		Optional<String> name = Json.string(r, nameAt, "ObjectMeta", "string");
		Optional<String> prefix = Json.string(r, generateAt, "ObjectMeta", "string");
		if (!decoded || r.decodeFailed()) {
			return Optional.empty();
		}
		boolean written = name.filter(n -> !n.isEmpty()).isPresent();
		return Optional.of(new Names(r.doc().name(), nameAt, !written && !r.doc().name().isEmpty(), prefix.orElse(""),
				generateAt));
	}

	/** Reads the names of a custom resource, which is decoded without a schema for its metadata: only text counts. */
	static Names readUnstructured(Report r, At root) {
		At meta = root.child("metadata");
		At generateAt = meta.child("generateName");
		At nameAt = meta.child("name");
		String prefix = generateAt.node() instanceof YScalar s && s.kind() == YScalar.Kind.STR ? s.value() : "";
		boolean written = nameAt.node() instanceof YScalar s && s.kind() != YScalar.Kind.NULL && !s.value().isEmpty();
		return new Names(r.doc().name(), nameAt, !written && !r.doc().name().isEmpty(), prefix, generateAt);
	}

	/** The name part of {@code ValidateObjectMetaAccessor}; false if any error was reported. */
	static boolean validate(Report r, Names n, NameFormat format) {
		int before = r.size();
		if (!n.generateName().isEmpty()) {
			for (String msg : format.check(n.generateName(), true)) {
				r.invalid(n.generateNameAt(), n.generateName(), msg, format.fix + " (a generated suffix follows it)");
			}
		}
		// A generated name is blamed on the line of the prefix it came from.
		At nameAt = n.generated() ? n.generateNameAt().as(n.nameAt().path()) : n.nameAt();
		if (n.name().isEmpty()) {
			r.required(nameAt, "name or generateName is required", REQUIRED_FIX);
		}
		else {
			for (String msg : format.check(n.name(), false)) {
				r.invalid(nameAt, n.name(), msg, format.fix);
			}
		}
		if (r.doc().kind().equals("CronJob") && r.doc().apiVersion().equals("batch/v1")
				&& n.name().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_CRONJOB_NAME) {
			r.invalid(nameAt, n.name(), "must be no more than " + MAX_CRONJOB_NAME + " characters",
					"shorten the name to at most 52 characters: the CronJob's Jobs are named after it plus an 11-character suffix");
		}
		return r.size() == before;
	}
}
