package dev.portpath.sim.route;

import dev.portpath.sim.model.Container;
import dev.portpath.sim.model.ContainerPort;
import dev.portpath.sim.model.Pod;
import dev.portpath.sim.model.Service;
import dev.portpath.sim.model.ServicePort;
import dev.portpath.sim.model.Workload;
import dev.portpath.sim.parse.Doc;
import dev.portpath.sim.parse.Loc;
import dev.portpath.sim.parse.YMap;
import dev.portpath.sim.parse.YNode;
import dev.portpath.sim.trace.Ref;

/** Points hops and findings at the line of the field behind them. */
public final class Refs {

	private Refs() {
	}

	/** The line of {@code key} in {@code node}, or of the node itself when the key is not written. */
	public static Loc field(YNode node, String key) {
		return node instanceof YMap m ? m.locOf(key) : node.loc();
	}

	public static Ref doc(Doc d) {
		return Ref.of(d.loc(), d.id());
	}

	/**
	 * The line of {@code parents.key} in a document; when the field is not written, the line of the
	 * deepest parent that is, so the user knows where to add it.
	 */
	public static Ref docField(Doc d, String key, String... parents) {
		String prefix = parents.length == 0 ? "" : String.join(".", parents) + ".";
		YNode n = d.root();
		Loc loc = d.loc();
		for (String parent : parents) {
			if (!(n instanceof YMap m) || !m.has(parent)) {
				return Ref.of(loc, d.id() + "/" + prefix + key);
			}
			loc = m.locOf(parent);
			n = m.get(parent);
		}
		if (n instanceof YMap m && m.has(key)) {
			loc = m.locOf(key);
		}
		return Ref.of(loc, d.id() + "/" + prefix + key);
	}

	public static Ref service(Service s) {
		return Ref.of(s.doc().root().path("metadata").present() ? field(s.doc().root().get("metadata"), "name")
				: s.doc().loc(), s.id());
	}

	public static Ref servicePort(Service s, ServicePort sp) {
		return Ref.of(sp.node().loc(), s.id() + "/" + sp.path());
	}

	public static Ref servicePortField(Service s, ServicePort sp, String key) {
		return Ref.of(field(sp.node(), key), s.id() + "/" + sp.path() + "." + key);
	}

	public static Ref targetPort(Service s, ServicePort sp) {
		return servicePortField(s, sp, sp.targetPort().defaulted() ? "port" : "targetPort");
	}

	public static Ref selector(Service s) {
		return docField(s.doc(), "selector", "spec");
	}

	/** The line of one selector entry: the exact label to change. */
	public static Ref selectorEntry(Service s, String key) {
		YNode sel = s.doc().root().path("spec", "selector");
		if (sel instanceof YMap m && m.has(key)) {
			return Ref.of(m.locOf(key), s.id() + "/spec.selector." + key);
		}
		return selector(s);
	}

	/** The selector entry when there is only one, else the selector: where to look when nothing matches. */
	public static Ref selectorToChange(Service s) {
		YNode sel = s.doc().root().path("spec", "selector");
		if (sel instanceof YMap m && m.entries().size() == 1) {
			return selectorEntry(s, m.entries().keySet().iterator().next());
		}
		return selector(s);
	}

	public static Ref containerPort(Pod pod, Container c, ContainerPort p) {
		return Ref.of(field(p.node(), "containerPort"), pod.id() + "/" + p.path() + ".containerPort");
	}

	public static Ref container(Pod pod, Container c) {
		YNode ports = c.node().get("ports");
		Loc loc = ports.present() ? field(c.node(), "ports") : field(c.node(), "name");
		return Ref.of(loc, pod.id() + "/" + c.path() + (ports.present() ? ".ports" : ""));
	}

	/** Where a pod's ports are declared: its first running container, any container, or the workload. */
	public static Ref podPorts(Pod pod) {
		if (!pod.running().isEmpty()) {
			return container(pod, pod.running().get(0));
		}
		if (!pod.containers().isEmpty()) {
			return container(pod, pod.containers().get(0));
		}
		return workload(pod.owner());
	}

	/** Where a pod's labels are written: its own metadata for a pod the manifests hold, else its template's. */
	public static Ref podLabels(Pod pod) {
		if (!pod.observed()) {
			return templateLabels(pod.owner());
		}
		YNode meta = pod.doc().root().get("metadata");
		return Ref.of(meta.present() ? field(meta, "labels") : pod.doc().loc(), pod.id() + "/metadata.labels");
	}

	public static Ref templateLabels(Workload w) {
		String metaPath = w.templatePath().substring(0, w.templatePath().length() - "spec".length()) + "metadata";
		YNode meta = w.doc().root().path(metaPath.split("\\."));
		Loc loc = meta.present() ? field(meta, "labels") : w.doc().loc();
		return Ref.of(loc, w.id() + "/" + metaPath + ".labels");
	}

	/** Where a pod's unreadiness comes from: a probe's port, or the Pod's own status conditions. */
	public static Ref notReady(Pod pod) {
		for (Container c : pod.containers()) {
			for (dev.portpath.sim.model.Probes.Undeclared u : dev.portpath.sim.model.Probes.undeclared(c)) {
				if (u.blocksReadiness()) {
					return Ref.of(u.node().loc(), pod.id() + "/" + u.path());
				}
			}
		}
		return docField(pod.doc(), "conditions", "status");
	}

	public static Ref workload(Workload w) {
		return Ref.of(w.doc().loc(), w.id());
	}
}
