/**
 * The API server's admission checks, as written in its validation code, so the engine refuses what a cluster
 * would refuse, on the line the cluster would name.
 */
@NullMarked
package dev.portpath.sim.validate;

import org.jspecify.annotations.NullMarked;
