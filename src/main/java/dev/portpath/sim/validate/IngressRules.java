package dev.portpath.sim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.portpath.sim.parse.YSeq;

/**
 * Mirrors {@code ValidateIngressCreate} and {@code ValidateIngressClass} (pkg/apis/networking/validation)
 * for networking.k8s.io/v1; backend Service names follow {@code RelaxedServiceNameValidation} (on in v1.36).
 * Everything is read first (so a wrong type wins as the decoder's error), then judged.
 */
final class IngressRules {

	static final String ANNOTATION_CLASS = "kubernetes.io/ingress.class";

	/** {@code supportedPathTypes.List()}: sorted. */
	static final List<String> PATH_TYPES = List.of("Exact", "ImplementationSpecific", "Prefix");

	static final List<String> INVALID_PATH_SEQUENCES = List.of("//", "/./", "/../", "%2f", "%2F");

	static final List<String> INVALID_PATH_SUFFIXES = List.of("/..", "/.");

	static final List<String> PARAMETER_SCOPES = List.of("Cluster", "Namespace");

	static final int MAX_CONTROLLER_LENGTH = 250;

	private static final String PATH_FIX = "write the path as it appears in the URL, starting with '/' (for example /api), without '//', '/./', '/../' or an encoded slash";

	private static final String HOST_FIX = "write a lowercase DNS name without scheme, port or path (shop.example.com), or a wildcard covering one label (*.example.com)";

	/** An IngressBackend as the decoder leaves it. */
	record Backend(At at, boolean hasService, boolean hasResource, String serviceName, At serviceNameAt, String portName,
			At portNameAt, long portNumber, At portNumberAt, Optional<String> apiGroup, At apiGroupAt, String kind,
			At kindAt, String resourceName, At resourceNameAt) {
	}

	record Path(At at, String path, At pathAt, Optional<String> pathType, At pathTypeAt, Backend backend) {
	}

	record Rule(At at, String host, At hostAt, boolean hasHttp, At httpAt, List<Path> paths) {
	}

	record Tls(At at, List<String> hosts, List<At> hostItems, String secretName, At secretNameAt) {
	}

	private IngressRules() {
	}

	// ---- Ingress ----

	/** An IngressSpec as the decoder leaves it. */
	record Spec(At at, Optional<String> className, At classAt, Optional<Backend> defaultBackend, At rulesAt,
			List<Rule> rules, List<Tls> tls) {
	}

	/** Mirrors {@code ValidateIngressCreate}: the spec, then the class annotation against ingressClassName. */
	static void ingress(Report r, At root) {
		At meta = root.child("metadata");
		List<Json.MapEntry> annotations = Json.object(r, meta, "Ingress", "v1.ObjectMeta")
				? Json.stringMap(r, meta.child("annotations"), "ObjectMeta") : List.of();
		Spec spec = readSpec(r, root.child("spec"));
		if (r.decodeFailed()) {
			return;
		}
		ingressSpec(r, spec);
		classAnnotation(r, meta, annotations, spec.className());
	}

	private static Spec readSpec(Report r, At spec) {
		Json.object(r, spec, "Ingress", "v1.IngressSpec");
		String sp = "IngressSpec";
		At classAt = spec.child("ingressClassName");
		Optional<String> className = Json.string(r, classAt, sp, "string");
		At defaultAt = spec.child("defaultBackend");
		Optional<Backend> defaultBackend = Json.object(r, defaultAt, sp, "v1.IngressBackend")
				? Optional.of(backend(r, defaultAt)) : Optional.empty();
		At rulesAt = spec.child("rules");
		List<Rule> rules = new ArrayList<>();
		for (At rule : Json.objects(r, rulesAt, sp, "v1.IngressRule")) {
			rules.add(rule(r, rule));
		}
		List<Tls> tls = new ArrayList<>();
		for (At t : Json.objects(r, spec.child("tls"), sp, "v1.IngressTLS")) {
			List<At> items = new ArrayList<>();
			List<String> hosts = Json.strings(r, t.child("hosts"), "IngressTLS", "string", items);
			At secretAt = t.child("secretName");
			tls.add(new Tls(t, hosts, items, Json.string(r, secretAt, "IngressTLS", "string").orElse(""), secretAt));
		}
		return new Spec(spec, className, classAt, defaultBackend, rulesAt, rules, tls);
	}

	/** Mirrors {@code ValidateIngressSpec}. */
	private static void ingressSpec(Report r, Spec spec) {
		if (spec.rules().isEmpty() && spec.defaultBackend().isEmpty()) {
			// The value is spec.rules, printed as JSON: null when left out, [] when written empty.
			r.invalid(spec.at(), new GoText.Raw(spec.rulesAt().node() instanceof YSeq ? "[]" : "null"),
					"either `defaultBackend` or `rules` must be specified",
					"add rules (host and paths to route) or a defaultBackend that receives every request");
		}
		spec.defaultBackend().ifPresent(b -> backend(r, b));
		for (Rule rule : spec.rules()) {
			rule(r, rule);
		}
		for (Tls t : spec.tls()) {
			tls(r, t);
		}
		spec.className().ifPresent(c -> {
			for (String msg : NameRules.dns1123Subdomain(c)) {
				r.invalid(spec.classAt(), c, msg, "use the metadata.name of an IngressClass (kubectl get ingressclass), such as nginx");
			}
		});
	}

	/** Mirrors {@code validateIngressTLS}: hosts as (wildcard) DNS subdomains, the Secret name a subdomain. */
	private static void tls(Report r, Tls t) {
		for (int i = 0; i < t.hosts().size(); i++) {
			String host = t.hosts().get(i);
			if (NameRules.hasPlaceholder(host)) {
				continue;
			}
			List<String> msgs = host.contains("*") ? NameRules.wildcardDns1123Subdomain(host) : NameRules.dns1123Subdomain(host);
			for (String msg : msgs) {
				r.invalid(t.hostItems().get(i), host, msg, HOST_FIX + "; TLS hosts should match the rule hosts");
			}
		}
		if (!t.secretName().isEmpty()) {
			for (String msg : NameRules.dns1123Subdomain(t.secretName())) {
				r.invalid(t.secretNameAt(), t.secretName(), msg,
						"name the TLS Secret (in the Ingress namespace) with a lowercase name such as shop-tls");
			}
		}
	}

	/** The deprecated class annotation must agree with {@code ingressClassName} when both are written. */
	private static void classAnnotation(Report r, At meta, List<Json.MapEntry> annotations, Optional<String> className) {
		for (Json.MapEntry a : annotations) {
			if (a.key().equals(ANNOTATION_CLASS) && className.isPresent() && !a.value().equals(className.get())) {
				r.invalid(new At("annotations." + ANNOTATION_CLASS, meta.node(), a.line()), a.value(),
						"must match `ingressClassName` when both are specified",
						"drop the deprecated kubernetes.io/ingress.class annotation and keep spec.ingressClassName: "
								+ className.get());
			}
		}
	}

	private static Rule rule(Report r, At rule) {
		At hostAt = rule.child("host");
		String host = Json.string(r, hostAt, "IngressRule", "string").orElse("");
		At httpAt = rule.child("http");
		boolean hasHttp = Json.object(r, httpAt, "IngressRule", "v1.HTTPIngressRuleValue");
		List<Path> paths = new ArrayList<>();
		if (hasHttp) {
			for (At p : Json.objects(r, httpAt.child("paths"), "HTTPIngressRuleValue", "v1.HTTPIngressPath")) {
				At pathAt = p.child("path");
				At typeAt = p.child("pathType");
				String path = Json.string(r, pathAt, "HTTPIngressPath", "string").orElse("");
				Optional<String> type = Json.string(r, typeAt, "HTTPIngressPath", "v1.PathType");
				At backendAt = p.child("backend");
				Json.object(r, backendAt, "HTTPIngressPath", "v1.IngressBackend");
				paths.add(new Path(p, path, pathAt, type, typeAt, backend(r, backendAt)));
			}
		}
		return new Rule(rule, host, hostAt, hasHttp, httpAt, paths);
	}

	private static Backend backend(Report r, At b) {
		At serviceAt = b.child("service");
		At resourceAt = b.child("resource");
		boolean hasService = Json.object(r, serviceAt, "IngressBackend", "v1.IngressServiceBackend");
		boolean hasResource = Json.object(r, resourceAt, "IngressBackend", "v1.TypedLocalObjectReference");
		At nameAt = serviceAt.child("name");
		At portAt = serviceAt.child("port");
		At portNameAt = portAt.child("name");
		At portNumberAt = portAt.child("number");
		String name = "";
		String portName = "";
		long portNumber = 0;
		if (hasService) {
			name = Json.string(r, nameAt, "IngressServiceBackend", "string").orElse("");
			if (Json.object(r, portAt, "IngressServiceBackend", "v1.ServiceBackendPort")) {
				portName = Json.string(r, portNameAt, "ServiceBackendPort", "string").orElse("");
				portNumber = Json.int32(r, portNumberAt, "ServiceBackendPort").orElse(0);
			}
		}
		At apiGroupAt = resourceAt.child("apiGroup");
		At kindAt = resourceAt.child("kind");
		At resNameAt = resourceAt.child("name");
		Optional<String> apiGroup = Optional.empty();
		String kind = "";
		String resName = "";
		if (hasResource) {
			apiGroup = Json.string(r, apiGroupAt, "TypedLocalObjectReference", "string");
			kind = Json.string(r, kindAt, "TypedLocalObjectReference", "string").orElse("");
			resName = Json.string(r, resNameAt, "TypedLocalObjectReference", "string").orElse("");
		}
		return new Backend(b, hasService, hasResource, name, nameAt, portName, portNameAt, portNumber, portNumberAt,
				apiGroup, apiGroupAt, kind, kindAt, resName, resNameAt);
	}

	/** Mirrors the host part of {@code validateIngressRules} and {@code validateHTTPIngressRuleValue}. */
	private static void rule(Report r, Rule rule) {
		String host = rule.host();
		if (!host.isEmpty() && !NameRules.hasPlaceholder(host)) {
			if (IpRules.isValid(host)) {
				r.invalid(rule.hostAt(), host, "must be a DNS name, not an IP address",
						"write the DNS name clients send in the Host header, or leave host out to match every host");
			}
			List<String> msgs = host.contains("*") ? NameRules.wildcardDns1123Subdomain(host) : NameRules.dns1123Subdomain(host);
			for (String msg : msgs) {
				r.invalid(rule.hostAt(), host, msg, HOST_FIX);
			}
		}
		if (!rule.hasHttp()) {
			return;
		}
		if (rule.paths().isEmpty()) {
			r.required(rule.httpAt().child("paths"), "",
					"list at least one path under http.paths (for example path: / with pathType: Prefix), or remove http");
		}
		for (Path p : rule.paths()) {
			path(r, p);
		}
	}

	/** Mirrors {@code validateHTTPIngressPath}. */
	private static void path(Report r, Path p) {
		if (p.pathType().isEmpty()) {
			r.required(p.pathTypeAt(), "pathType must be specified",
					"add pathType: Prefix (matches the path and everything below it) or pathType: Exact");
			return;
		}
		String path = p.path();
		switch (p.pathType().get()) {
			case "Exact", "Prefix" -> {
				if (!path.startsWith("/")) {
					r.invalid(p.pathAt(), path, "must be an absolute path", PATH_FIX);
				}
				if (!path.isEmpty()) {
					for (String seq : INVALID_PATH_SEQUENCES) {
						if (path.contains(seq)) {
							r.invalid(p.pathAt(), path, "must not contain '" + seq + "'", PATH_FIX);
						}
					}
					for (String suffix : INVALID_PATH_SUFFIXES) {
						if (path.endsWith(suffix)) {
							r.invalid(p.pathAt(), path, "cannot end with '" + suffix + "'", PATH_FIX);
						}
					}
				}
			}
			case "ImplementationSpecific" -> {
				if (!path.isEmpty() && !path.startsWith("/")) {
					r.invalid(p.pathAt(), path, "must be an absolute path",
							"start the path with '/', or leave path out; the controller decides how ImplementationSpecific paths match");
				}
			}
			default -> r.notSupported(p.pathTypeAt(), p.pathType().get(), PATH_TYPES,
					"write Prefix, Exact or ImplementationSpecific with this exact capitalisation");
		}
		backend(r, p.backend());
	}

	/** Mirrors {@code validateIngressBackend}. */
	private static void backend(Report r, Backend b) {
		if (b.hasService() && b.hasResource()) {
			r.invalid(b.at(), "", "cannot set both resource and service backends",
					"keep either service (a Service name and port) or resource, not both");
			return;
		}
		if (b.hasResource()) {
			b.apiGroup().ifPresent(g -> {
				for (String msg : NameRules.dns1123Subdomain(g)) {
					r.invalid(b.apiGroupAt(), g, msg, "write the API group of the resource, such as k8s.example.com");
				}
			});
			typedName(r, b.kind(), b.kindAt(), "add the kind of the resource, such as StorageBucket");
			typedName(r, b.resourceName(), b.resourceNameAt(), "add the name of the resource object");
			return;
		}
		if (!b.hasService()) {
			r.invalid(b.at(), "", "resource or service backend is required",
					"add service: {name: <Service name>, port: {number: <Service port>}}");
			return;
		}
		if (b.serviceName().isEmpty()) {
			r.required(b.serviceNameAt(), "", "add service.name: the name of a Service in the same namespace as the Ingress");
		}
		else {
			// The name a Service may have (ValidateServiceName), by RelaxedServiceNameValidation.
			for (String msg : ObjectMetaRules.serviceNames(r.gates()).check(b.serviceName(), false)) {
				r.invalid(b.serviceNameAt(), b.serviceName(), msg,
						"write the metadata.name of a Service in this namespace (no namespace prefix, no dots, no port)");
			}
		}
		boolean hasName = !b.portName().isEmpty();
		boolean hasNumber = b.portNumber() != 0;
		if (hasName && hasNumber) {
			r.invalid(b.at(), "", "cannot set both port name & port number",
					"keep either port.number (the Service port) or port.name (the Service port's name)");
		}
		else if (hasName) {
			String name = b.portName();
			boolean digits = name.chars().allMatch(Character::isDigit);
			for (String msg : NameRules.ianaServiceName(name)) {
				r.invalid(b.portNameAt(), name, msg, digits
						? "a port number goes in port.number without quotes (number: " + name + ")"
						: "use the name of a port of the Service (spec.ports[].name), or port.number with its port");
			}
		}
		else if (hasNumber) {
			if (!ContainerPortRules.validPort(b.portNumber())) {
				r.invalid(b.portNumberAt(), b.portNumber(), ContainerPortRules.PORT_RANGE,
						"use the Service's port (spec.ports[].port), a number between 1 and 65535");
			}
		}
		else {
			r.required(b.at(), "port name or number is required",
					"add service.port.number with the Service's port (spec.ports[].port, not targetPort), or service.port.name");
		}
	}

	private static void typedName(Report r, String value, At at, String fix) {
		if (value.isEmpty()) {
			r.required(at, "", fix);
			return;
		}
		for (String msg : NameRules.pathSegmentName(value)) {
			r.invalid(at, value, msg, fix + " (no '/' or '%')");
		}
	}

	// ---- IngressClass ----

	/** An IngressClassParametersReference as the decoder leaves it. */
	record Parameters(Optional<String> apiGroup, At apiGroupAt, String kind, At kindAt, String name, At nameAt,
			Optional<String> scope, At scopeAt, Optional<String> namespace, At namespaceAt) {
	}

	/** Mirrors {@code ValidateIngressClass} after {@code SetDefaults_IngressClass} (parameters scope Cluster). */
	static void ingressClass(Report r, At root) {
		At spec = root.child("spec");
		Json.object(r, spec, "IngressClass", "v1.IngressClassSpec");
		At controllerAt = spec.child("controller");
		String controller = Json.string(r, controllerAt, "IngressClassSpec", "string").orElse("");
		At paramsAt = spec.child("parameters");
		Optional<Parameters> params = Json.object(r, paramsAt, "IngressClassSpec", "v1.IngressClassParametersReference")
				? Optional.of(readParameters(r, paramsAt)) : Optional.empty();
		if (r.decodeFailed()) {
			return;
		}
		controller(r, controllerAt, controller);
		params.ifPresent(p -> parameters(r, p));
	}

	private static Parameters readParameters(Report r, At at) {
		String ps = "IngressClassParametersReference";
		At apiGroupAt = at.child("apiGroup");
		At kindAt = at.child("kind");
		At nameAt = at.child("name");
		At scopeAt = at.child("scope");
		At namespaceAt = at.child("namespace");
		return new Parameters(Json.string(r, apiGroupAt, ps, "string"), apiGroupAt,
				Json.string(r, kindAt, ps, "string").orElse(""), kindAt, Json.string(r, nameAt, ps, "string").orElse(""),
				nameAt, Json.string(r, scopeAt, ps, "string"), scopeAt, Json.string(r, namespaceAt, ps, "string"),
				namespaceAt);
	}

	/** Mirrors {@code validateIngressClassSpec}'s controller checks: required, at most 250 bytes, domain-prefixed. */
	private static void controller(Report r, At at, String controller) {
		String fix = "name the controller with a domain-prefixed path such as k8s.io/ingress-nginx (see the controller's docs)";
		if (controller.isEmpty()) {
			r.required(at, "", fix);
			return;
		}
		if (controller.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_CONTROLLER_LENGTH) {
			r.tooLong(at, "must have at most " + MAX_CONTROLLER_LENGTH + " bytes", fix);
		}
		for (String[] err : NameRules.domainPrefixedPath(controller)) {
			r.invalid(at, err[0], err[1], fix);
		}
	}

	/** Mirrors {@code validateIngressClassParametersReference}. */
	private static void parameters(Report r, Parameters p) {
		p.apiGroup().ifPresent(g -> {
			for (String msg : NameRules.dns1123Subdomain(g)) {
				r.invalid(p.apiGroupAt(), g, msg, "write the API group of the parameters resource, such as k8s.example.com");
			}
		});
		typedName(r, p.kind(), p.kindAt(), "add the kind of the parameters resource");
		typedName(r, p.name(), p.nameAt(), "add the name of the parameters resource");
		String scope = p.scope().orElse("Cluster");
		if (!PARAMETER_SCOPES.contains(scope)) {
			r.notSupported(p.scopeAt(), scope, PARAMETER_SCOPES, "write Cluster or Namespace");
		}
		else if (scope.equals("Namespace")) {
			if (p.namespace().isEmpty()) {
				r.required(p.namespaceAt(), "`parameters.scope` is set to 'Namespace'",
						"add parameters.namespace with the namespace of the parameters resource");
			}
			else {
				for (String msg : NameRules.dns1123Label(p.namespace().get())) {
					r.invalid(p.namespaceAt(), p.namespace().get(), msg, "write the name of an existing namespace");
				}
			}
		}
		else if (p.namespace().isPresent()) {
			r.forbidden(p.namespaceAt(), "`parameters.scope` is set to 'Cluster'",
					"remove parameters.namespace, or set parameters.scope: Namespace");
		}
	}
}
