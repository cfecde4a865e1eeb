package dev.portpath.sim.model;

import java.util.List;

import dev.portpath.sim.parse.Doc;

/** A ReferenceGrant: lets objects of the {@code from} kinds and namespaces refer to {@code to} objects here. */
public record ReferenceGrant(String namespace, String name, List<From> from, List<To> to, Doc doc) {

	public record From(String group, String kind, String namespace) {
	}

	/** {@code name} empty means every object of that kind. */
	public record To(String group, String kind, String name) {
	}

	/** True when a {@code fromKind} in {@code fromNamespace} may refer to Service {@code serviceName} here. */
	public boolean permits(String fromKind, String fromNamespace, String serviceName) {
		boolean fromOk = from.stream()
			.anyMatch(f -> f.kind().equals(fromKind) && f.namespace().equals(fromNamespace)
					&& f.group().equals("gateway.networking.k8s.io"));
		boolean toOk = to.stream()
			.anyMatch(t -> t.kind().equals("Service") && (t.group().isEmpty() || t.group().equals("core"))
					&& (t.name().isEmpty() || t.name().equals(serviceName)));
		return fromOk && toOk;
	}
}
