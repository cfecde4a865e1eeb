/**
 * check: every route the manifests define, walked by small named rules that report findings with a fix.
 */
@NullMarked
package dev.portpath.sim.check;

import org.jspecify.annotations.NullMarked;
