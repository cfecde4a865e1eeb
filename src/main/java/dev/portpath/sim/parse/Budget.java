package dev.portpath.sim.parse;

/**
 * The engine time one request or command may spend, checked cooperatively: loops over objects, pods and
 * routes call {@link #tick()}, which looks at the clock every so many calls and stops the work with
 * {@link Exceeded} once the deadline has passed. The clock decides only whether an answer is given, never
 * what it says, so output stays deterministic.
 */
public final class Budget {

	private static final Budget UNLIMITED = new Budget(0);

	private final long limitMillis;

	private final long deadline;

	private int ticks;

	private Budget(long limitMillis) {
		this.limitMillis = limitMillis;
		this.deadline = limitMillis <= 0 ? Long.MAX_VALUE : System.nanoTime() + limitMillis * 1_000_000L;
	}

	/** A budget that starts now and lasts {@code limits.maxMillis()} (no limit when 0). */
	public static Budget start(Limits limits) {
		return limits.maxMillis() <= 0 ? UNLIMITED : new Budget(limits.maxMillis());
	}

	public static Budget unlimited() {
		return UNLIMITED;
	}

	/** One unit of work done; throws {@link Exceeded} once the time is up (the clock is read every 64 ticks). */
	public void tick() {
		if (limitMillis > 0 && (++ticks & 63) == 0 && System.nanoTime() > deadline) {
			throw new Exceeded(limitMillis);
		}
	}

	public long limitMillis() {
		return limitMillis;
	}

	/** The work went past the deadline. */
	public static final class Exceeded extends RuntimeException {

		private final long limitMillis;

		Exceeded(long limitMillis) {
			super(null, null, false, false);
			this.limitMillis = limitMillis;
		}

		public long limitMillis() {
			return limitMillis;
		}
	}
}
