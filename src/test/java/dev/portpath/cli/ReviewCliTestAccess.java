package dev.portpath.cli;

/** The command line tests' fixtures, for the tests of the launcher in another package. */
public final class ReviewCliTestAccess {

	public static final String APP = ReviewCliTest.APP;

	public static final String BROKEN = ReviewCliTest.BROKEN;

	private ReviewCliTestAccess() {
	}
}
