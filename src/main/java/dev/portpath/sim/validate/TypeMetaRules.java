package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;

import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Kinds;
import dev.portpath.sim.parse.DocShape;
import dev.portpath.sim.parse.Templates;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.parse.YScalar;
import dev.portpath.sim.trace.ApiError;

/**
 * Mirrors kubectl's {@code getObjectKind} (k8s.io/kubectl/pkg/validation): before anything is sent, every
 * document must name its {@code apiVersion} and {@code kind} as strings, and the apiVersion must parse as a group
 * version ({@code schema.ParseGroupVersion}). kubectl prints {@code error validating "FILE": error validating data:
 * [apiVersion not set, kind not set]}; the errors are joined as {@code utilerrors.NewAggregate} joins them (one
 * alone, several in brackets). An empty document ({@code ---} alone) is no object and never reaches here.
 * <p>
 * One simplification: an empty string ({@code kind: ""}) passes kubectl's check and fails a step later, decoding,
 * with {@code Object 'Kind' is missing in '<the object as JSON>'}; it is reported here as not set.
 */
final class TypeMetaRules {

	private TypeMetaRules() {
	}

	/** Checks kind and apiVersion; false when kubectl would refuse the object, so that nothing else is judged. */
	static boolean check(Doc doc, Report r) {
		YMap root = doc.root();
		List<String> problems = new ArrayList<>();
		String apiVersion = root.get("apiVersion").str("");
		problems.addAll(apiVersion(root.get("apiVersion")));
		boolean kindMissing = !string(root.get("kind")) || doc.kind().isEmpty();
		if (!string(root.get("kind")) && root.get("kind").present() && !isNull(root.get("kind"))) {
			problems.add("kind isn't string type");
		}
		else if (kindMissing) {
			problems.add("kind not set");
		}
		if (problems.isEmpty()) {
			return true;
		}
		String message = "error validating data: "
				+ (problems.size() == 1 ? problems.get(0) : "[" + String.join(", ", problems) + "]");
		String field = problems.get(0).startsWith("kind") ? "kind" : "apiVersion";
		int line = root.has(field) ? root.locOf(field).line() : doc.loc().line();
		String path = (kindMissing ? "Object" : doc.kind()) + "/" + doc.namespace() + "/" + doc.name() + "/" + field;
		r.typeMeta(new ApiError(doc.file(), line, path, message, fix(doc, kindMissing, apiVersion)));
		return false;
	}

	/** kubectl's checks of apiVersion: present, a string, and at most one '/'. */
	private static List<String> apiVersion(YNode v) {
		if (!v.present() || isNull(v) || (string(v) && v.str("").isEmpty())) {
			return List.of("apiVersion not set");
		}
		if (!string(v)) {
			return List.of("apiVersion isn't string type");
		}
		String gv = v.str("");
		if (!gv.equals("/") && gv.indexOf('/') != gv.lastIndexOf('/')) {
			return List.of("unexpected GroupVersion string: " + gv);
		}
		return List.of();
	}

	private static boolean string(YNode n) {
		return n instanceof YScalar s && s.kind() == YScalar.Kind.STR;
	}

	private static boolean isNull(YNode n) {
		return n instanceof YScalar s && s.kind() == YScalar.Kind.NULL;
	}

	/** What to write: for a file that is no object at all, what to do with it instead. */
	private static String fix(Doc doc, boolean kindMissing, String apiVersion) {
		switch (DocShape.of(doc.root())) {
			case KUSTOMIZATION -> {
				return "this is a kustomization.yaml, which kustomize turns into objects: run `kubectl kustomize DIR`"
						+ " (or `kustomize build DIR`) and paste the output instead";
			}
			case HELM_CHART -> {
				return "this is a Helm chart's Chart.yaml, not an object: " + Templates.HELM_ADVICE + " instead";
			}
			case COMPOSE -> {
				return "this is a Docker Compose file, not a Kubernetes object: convert it first (for example"
						+ " `kompose convert`) and paste the manifests";
			}
			default -> {
				// an ordinary object with a field missing
			}
		}
		if (kindMissing) {
			String guess = guessKind(doc.root());
			return "add the object's kind (" + (guess.isEmpty() ? "kind: Service, Deployment, ..." : "kind: " + guess + "?")
					+ ") and its apiVersion: every Kubernetes object names both";
		}
		String known = Kinds.apiVersion(doc.kind());
		if (!apiVersion.isEmpty() && known == null) {
			return "write apiVersion as GROUP/VERSION (for example apps/v1) or VERSION for the core group (v1)";
		}
		return known != null ? "add apiVersion: " + known + " (the API group and version of a " + doc.kind() + ")"
				: "add the apiVersion of this " + doc.kind() + " (GROUP/VERSION, for example apps/v1)";
	}

	/** The kind a kind-less object's shape suggests, or empty. */
	private static String guessKind(YMap root) {
		YNode spec = root.get("spec");
		if (spec.get("containers").present()) {
			return "Pod";
		}
		if (spec.path("template", "spec", "containers").present()) {
			return "Deployment";
		}
		if (spec.get("ports").present() || spec.get("selector").isMap() && !spec.get("template").present()) {
			return "Service";
		}
		if (spec.get("podSelector").present()) {
			return "NetworkPolicy";
		}
		if (spec.get("rules").present() || spec.get("defaultBackend").present()) {
			return "Ingress";
		}
		return root.has("data") || root.has("stringData") ? "ConfigMap" : "";
	}
}
