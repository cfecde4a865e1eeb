/**
 * Lessons and quizzes on the web: the course list, a lesson with its live examples, quizzes whose every
 * answer is graded by the engine, and the progress page (kept in the browser).
 */
@NullMarked
package dev.portpath.web.learn;

import org.jspecify.annotations.NullMarked;
