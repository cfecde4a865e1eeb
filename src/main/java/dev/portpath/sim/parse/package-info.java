/**
 * Reading the paste: SnakeYAML's compose API (safe, with limits) into {@link dev.portpath.sim.parse.YNode} trees
 * that keep every line number.
 */
@NullMarked
package dev.portpath.sim.parse;

import org.jspecify.annotations.NullMarked;
