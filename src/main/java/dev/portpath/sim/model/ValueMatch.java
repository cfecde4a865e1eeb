package dev.portpath.sim.model;

import dev.portpath.sim.parse.YNode;

/**
 * A header or query-parameter match of a route (gateway-api HTTPHeaderMatch, HTTPQueryParamMatch,
 * GRPCHeaderMatch): the name (a header's in lower case, since header names compare case-insensitively; a
 * query parameter's as written, since those compare exactly), Exact or RegularExpression, and the value.
 */
public record ValueMatch(String name, boolean regex, String value, YNode node) {

	public String describe() {
		return name + (regex ? " ~ " : "=") + value;
	}
}
