package dev.portpath.sim.model;

import java.util.Optional;

import dev.portpath.sim.parse.Doc;

/**
 * A cluster node; {@code doc} is empty for the nodes PortPath assumes (the defaults when none are given,
 * or a name a pod's nodeName mentions). {@code ipAssumed} is true when no InternalIP was written for it.
 */
public record Node(String name, String ip, Optional<Doc> doc, boolean ipAssumed) {
}
