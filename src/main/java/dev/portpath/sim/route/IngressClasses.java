package dev.portpath.sim.route;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.model.Ingress;
import dev.portpath.sim.model.IngressClass;

/**
 * Which class serves an Ingress (networking/v1: ingressClassName or the old annotation, else the
 * IngressClass marked as the cluster's default). Decided here for the trace and for check alike.
 */
public final class IngressClasses {

	private IngressClasses() {
	}

	/** How the class was found. */
	public enum How {
		/** ingressClassName names an IngressClass in the manifests. */
		NAMED,
		/** ingressClassName names a class whose IngressClass is not in the manifests. */
		NAMED_NOT_GIVEN,
		/** no class written; the default IngressClass serves it. */
		DEFAULT,
		/** no class written, and none of the IngressClasses is the default: nobody serves it. */
		NO_DEFAULT,
		/** no class written and no IngressClass given: served only if the cluster has a default. */
		UNKNOWN
	}

	/** The class an Ingress gets, whether a controller serves it, and a phrase that says so. */
	public record Choice(How how, Optional<String> name, Optional<IngressClass> ingressClass, boolean served,
			String text) {
	}

	/**
	 * True when ingress-nginx serves the Ingress, as far as the manifests say: its IngressClass names the
	 * ingress-nginx controller, or the class's name has nginx in it, or no class is known (PortPath takes
	 * ingress-nginx as the reference controller then).
	 */
	public static boolean nginx(Cluster cluster, Ingress ing) {
		Choice cls = of(cluster, ing);
		String controller = cls.ingressClass().map(IngressClass::controller).orElse("");
		return controller.contains("ingress-nginx") || cls.name().filter(n -> n.contains("nginx")).isPresent()
				|| cls.name().isEmpty();
	}

	public static Choice of(Cluster cluster, Ingress ing) {
		List<IngressClass> classes = cluster.networking().ingressClasses();
		if (ing.className().isPresent()) {
			String name = ing.className().get();
			Optional<IngressClass> ic = classes.stream().filter(c -> c.name().equals(name)).findFirst();
			return new Choice(ic.isPresent() ? How.NAMED : How.NAMED_NOT_GIVEN, Optional.of(name), ic, true,
					ic.map(c -> "class " + name + ", controller " + c.controller())
						.orElse("class " + name + ", whose IngressClass is not in these manifests"));
		}
		Optional<IngressClass> def = classes.stream().filter(IngressClass::isDefault).findFirst();
		if (def.isPresent()) {
			return new Choice(How.DEFAULT, Optional.of(def.get().name()), def, true,
					"no class written, so the default IngressClass " + def.get().name() + ", controller "
							+ def.get().controller());
		}
		if (!classes.isEmpty()) {
			return new Choice(How.NO_DEFAULT, Optional.empty(), Optional.empty(), false,
					"no ingressClassName, and none of the IngressClasses ("
							+ classes.stream().map(IngressClass::name).collect(Collectors.joining(", ")) + ") is the default");
		}
		return new Choice(How.UNKNOWN, Optional.empty(), Optional.empty(), true,
				"no class written and no IngressClass in these manifests: served only if the cluster has a default IngressClass");
	}
}
