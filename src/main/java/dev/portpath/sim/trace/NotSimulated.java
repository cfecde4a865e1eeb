package dev.portpath.sim.trace;

import java.util.List;
import java.util.Locale;

/**
 * What PortPath read but did not simulate, one entry per kind (or per kind of text, such as Helm template
 * markup): how many, where the first ones are, what that means for a trace, and what to do about it.
 * {@code what} is the kind as written ({@code Kustomization}, {@code ConfigMap}) or a name for text that is no
 * object ({@code Helm template}); {@code group} is its API group ("" for the core group and for text);
 * {@code advice} is empty when there is nothing to do.
 */
public record NotSimulated(String what, String group, Effect effect, int count, List<Ref> refs, String message,
		String advice) {

	public NotSimulated {
		refs = List.copyOf(refs);
	}

	/** What leaving it out means, most important first: the order answers list them in. */
	public enum Effect {

		/** An input to a build tool (kustomize, Flux, Argo CD): the objects it makes are what a cluster gets. */
		BUILD,

		/** A Helm chart or its templates: the rendered objects are what a cluster gets. */
		RENDER,

		/** It can change where a request goes (a mesh, another policy engine, a proxy's own routes). */
		ROUTING,

		/** Its controller makes pods PortPath does not create. */
		PODS,

		/** A kind PortPath does not know: assumed not to change where a request goes. */
		UNKNOWN,

		/** It does not change where a request goes (ConfigMap, Secret, RBAC, ...). */
		NONE;

		public String json() {
			return name().toLowerCase(Locale.ROOT);
		}
	}
}
