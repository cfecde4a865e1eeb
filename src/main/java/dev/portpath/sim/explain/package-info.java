/**
 * The manifests explained as a whole: each port field in a sentence, a route map, and requests worth tracing.
 */
@NullMarked
package dev.portpath.sim.explain;

import org.jspecify.annotations.NullMarked;
