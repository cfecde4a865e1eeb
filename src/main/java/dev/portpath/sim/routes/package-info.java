/**
 * Route tables and diffs: every route the manifests define traced from its usual client, and what changes
 * between two versions of the manifests (for CI and code review).
 */
@NullMarked
package dev.portpath.sim.routes;

import org.jspecify.annotations.NullMarked;
