package dev.portpath.sim.trace;

/** Where a request ends up: the cause, not the symptom (see the trace contract). */
public enum Outcome {
	DELIVERED,
	UNDECLARED_PORT,
	NO_ENDPOINTS,
	NO_SUCH_SERVICE_PORT,
	NXDOMAIN,
	NO_LISTENER,
	POLICY_DENIED,
	NO_MATCHING_RULE,
	BAD_BACKEND,
	EXTERNAL,
	REDIRECTED,
	INVALID
}
