package dev.portpath.sim.trace;

import java.util.Locale;

/**
 * The transport protocols of Kubernetes ports. What the API server would reject (HTTP, say) is kept as
 * {@link #OTHER}: validation reports it, and routing matches nothing with it.
 */
public enum Protocol {

	TCP, UDP, SCTP, OTHER;

	/** The protocol a manifest names; empty or absent means TCP, as the API server defaults it. */
	public static Protocol of(String written) {
		return switch (written) {
			case "", "TCP" -> TCP;
			case "UDP" -> UDP;
			case "SCTP" -> SCTP;
			default -> OTHER;
		};
	}

	public String word() {
		return name();
	}

	public String lower() {
		return name().toLowerCase(Locale.ROOT);
	}
}
