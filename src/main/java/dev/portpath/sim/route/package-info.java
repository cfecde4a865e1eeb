/**
 * Following one request: the tracer's stages (names, front door, kube-proxy, policy, delivery) and the Kubernetes
 * decisions both trace and check ask (FindPort, endpoints of a Service port, attachment, backends).
 */
@NullMarked
package dev.portpath.sim.route;

import org.jspecify.annotations.NullMarked;
