package dev.portpath.sim.model;

import java.util.Optional;

import dev.portpath.sim.parse.Doc;

/** A cluster node; {@code doc} is empty for the default nodes PortPath assumes when none are given. */
public record Node(String name, String ip, Optional<Doc> doc) {
}
