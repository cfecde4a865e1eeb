/**
 * The routing engine's front door: {@link dev.portpath.sim.Engine} takes manifests as text and answers a trace,
 * a check report or an explanation. Pure Java: no Spring, no I/O beyond the text it is given.
 */
@NullMarked
package dev.portpath.sim;

import org.jspecify.annotations.NullMarked;
