package dev.portpath.sim;

/** A FROM or TO that cannot be understood, or names an object the manifests do not hold. */
public final class BadRequestException extends RuntimeException {

	public BadRequestException(String message) {
		super(message);
	}
}
