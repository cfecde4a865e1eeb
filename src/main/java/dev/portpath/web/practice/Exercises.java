package dev.portpath.web.practice;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.stereotype.Component;

import dev.portpath.practice.Practice;
import dev.portpath.practice.PracticeExercise;
import dev.portpath.sim.Engine;
import dev.portpath.web.learn.Course;

/**
 * The practice the web serves, made from the course's content once, when the first exercise is asked for
 * (tracing every working app takes about a second, which start-up does not need to pay).
 */
@Component
class Exercises {

	private final Course course;

	private final Engine engine;

	private volatile Practice practice;

	Exercises(Course course, Engine engine) {
		this.course = course;
		this.engine = engine;
	}

	Practice practice() {
		Practice p = practice;
		if (p == null) {
			synchronized (this) {
				p = practice;
				if (p == null) {
					p = new Practice(engine, course.content());
					practice = p;
				}
			}
		}
		return p;
	}

	/** The exercise of a seed and level; a seed or level out of range is a bad request. */
	PracticeExercise exercise(long seed, int level) {
		try {
			return practice().exercise(seed, level);
		}
		catch (IllegalArgumentException ex) {
			throw new BadPractice(ex.getMessage());
		}
	}

	static long newSeed() {
		return Practice.seed(ThreadLocalRandom.current());
	}

	/** Reads a seed written in a URL or a form: a whole number from 0 up. */
	static long seed(String text) {
		try {
			long seed = Long.parseLong(text.strip());
			if (seed < 0) {
				throw new NumberFormatException();
			}
			return seed;
		}
		catch (NumberFormatException ex) {
			throw new BadPractice("seed is a whole number from 0 up, not \"" + text + "\"");
		}
	}

	/** Reads a level: 1, 2 or 3, and 1 when it is left out. */
	static int level(String text) {
		if (text.isBlank()) {
			return 1;
		}
		try {
			int level = Integer.parseInt(text.strip());
			if (level < 1 || level > Practice.LEVELS) {
				throw new NumberFormatException();
			}
			return level;
		}
		catch (NumberFormatException ex) {
			throw new BadPractice("level is 1, 2 or 3, not \"" + text + "\"");
		}
	}

	/** A seed or level that names no exercise: answered with 400. */
	static final class BadPractice extends RuntimeException {

		BadPractice(String message) {
			super(message);
		}
	}
}
