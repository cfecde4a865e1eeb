package dev.portpath.sim.model;

/**
 * The path part of a RequestRedirect or URLRewrite filter (gateway-api HTTPPathModifier): the whole path
 * replaced ({@code ReplaceFullPath}) or only the prefix the rule matched ({@code ReplacePrefixMatch}).
 */
public record PathModifier(boolean fullPath, String value) {

	public String describe() {
		return (fullPath ? "ReplaceFullPath " : "ReplacePrefixMatch ") + (value.isEmpty() ? "\"\"" : value);
	}
}
