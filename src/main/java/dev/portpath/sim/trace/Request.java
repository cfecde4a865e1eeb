package dev.portpath.sim.trace;

/** The request as the user wrote it, echoed in traces: FROM, TO, and any method, headers and SNI. */
public record Request(String from, String to, HttpOptions http) {

	public Request(String from, String to) {
		this(from, to, HttpOptions.NONE);
	}
}
