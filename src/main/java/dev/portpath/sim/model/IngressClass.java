package dev.portpath.sim.model;

import dev.portpath.sim.parse.Doc;

/** An IngressClass: which controller serves Ingresses of that class, and whether it is the default. */
public record IngressClass(String name, String controller, boolean isDefault, Doc doc) {
}
