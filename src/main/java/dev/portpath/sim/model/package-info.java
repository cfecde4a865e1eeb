/**
 * The cluster the manifests describe, as records: workloads and the pods they would run, Services, EndpointSlices,
 * Ingresses, Gateway API objects and NetworkPolicies, with indexes so check stays linear.
 */
@NullMarked
package dev.portpath.sim.model;

import org.jspecify.annotations.NullMarked;
