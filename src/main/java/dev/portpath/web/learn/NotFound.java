package dev.portpath.web.learn;

/** A lesson, quiz or item that the course does not hold: answered with a 404 page that says what to open instead. */
final class NotFound extends RuntimeException {

	private final String what;

	private final String name;

	NotFound(String what, String name) {
		super("there is no " + what + " named " + name);
		this.what = what;
		this.name = name;
	}

	String what() {
		return what;
	}

	String name() {
		return name;
	}
}
