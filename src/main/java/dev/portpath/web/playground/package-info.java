/**
 * The playground: one page where manifests and a request go in and the trace, its diagram, the port
 * fields, the route map and the findings come out; examples and share links around it.
 */
@NullMarked
package dev.portpath.web.playground;

import org.jspecify.annotations.NullMarked;
