package dev.portpath.sim.validate;

/**
 * The field types the Gateway API CRDs share (apis/v1/shared_types.go), with the bounds and patterns their
 * schema gives them. Each check reports through the object's {@link CrdSchema}.
 */
final class GatewayTypes {

	/** Type {@code Hostname}. */
	static final String HOSTNAME = "^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

	/** Type {@code SectionName} (listener names, parentRef sectionName). */
	static final String SECTION_NAME = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$";

	/** Type {@code Namespace}. */
	static final String NAMESPACE = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$";

	/** Type {@code ProtocolType}: a core-style token or a domain-prefixed name (the second branch is unanchored). */
	static final String PROTOCOL = "^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9]+$";

	/** Type {@code GatewayController}. */
	static final String CONTROLLER = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\\/[A-Za-z0-9\\/\\-._~%!$&'()*+,;=:]+$";

	static final String HOSTNAME_FIX = "write a lowercase DNS name (shop.example.com) or one leading wildcard label (*.example.com); no port, scheme, path or upper case";

	private static final String NAMESPACE_FIX = "write a namespace name: lowercase a-z, 0-9 and '-'";

	private GatewayTypes() {
	}

	/** Type {@code Hostname}: 1-253 characters, lowercase RFC 1123, at most one leading {@code *.} label. */
	static void hostname(CrdSchema s, At at, String v) {
		if (NameRules.hasPlaceholder(v)) {
			return;
		}
		s.length(at, v, 1, 253, HOSTNAME_FIX);
		s.pattern(at, v, HOSTNAME, HOSTNAME_FIX);
	}

	/** An optional field of type {@code Namespace}: 1-63 characters, a DNS-1123 label. */
	static void namespace(CrdSchema s, At at, String lengthFix) {
		s.string(at).ifPresent(ns -> namespaceValue(s, at, ns, lengthFix));
	}

	/** A value of type {@code Namespace} already read. */
	static void namespaceValue(CrdSchema s, At at, String ns, String lengthFix) {
		s.length(at, ns, 1, 63, lengthFix);
		s.pattern(at, ns, NAMESPACE, NAMESPACE_FIX);
	}

	/** A value of type {@code SectionName}: 1-253 characters, a DNS-1123 subdomain. */
	static void sectionName(CrdSchema s, At at, String v, String lengthFix, String patternFix) {
		s.length(at, v, 1, 253, lengthFix);
		s.pattern(at, v, SECTION_NAME, patternFix);
	}

	/** An optional field of type {@code PortNumber}: 1-65535. */
	static void portNumber(CrdSchema s, At at, String fix) {
		s.integer(at).ifPresent(p -> s.range(at, p, 1, 65535, fix));
	}

	/** A required field of type {@code ObjectName}: 1-253 characters (the schema has no pattern). */
	static void objectName(CrdSchema s, At at, String requiredFix, String lengthFix) {
		s.requiredString(at, requiredFix).ifPresent(n -> s.length(at, n, 1, 253, lengthFix));
	}
}
