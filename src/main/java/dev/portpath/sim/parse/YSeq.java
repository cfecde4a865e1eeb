package dev.portpath.sim.parse;

import java.util.List;

/** A YAML sequence. */
public record YSeq(List<YNode> items, Loc loc) implements YNode {
}
