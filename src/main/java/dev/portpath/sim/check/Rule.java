package dev.portpath.sim.check;

import java.util.List;

import dev.portpath.sim.model.Cluster;
import dev.portpath.sim.trace.Finding;

/** One named check over the whole cluster. Codes are stable; messages name the object, field and fix. */
interface Rule {

	List<Finding> run(Cluster cluster);
}
