/**
 * What the engine answers: a trace of typed hops with an outcome, and findings, each pointing at a line.
 */
@NullMarked
package dev.portpath.sim.trace;

import org.jspecify.annotations.NullMarked;
