/**
 * Renderers: text, JSON (the contract's shape) and SARIF, byte-for-byte deterministic.
 */
@NullMarked
package dev.portpath.sim.render;

import org.jspecify.annotations.NullMarked;
