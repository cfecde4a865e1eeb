/**
 * Practice on the web: the page that serves an exercise for a seed and level and grades an answer by
 * tracing it (a form, enhanced by htmx and CodeMirror), and its JSON API under /api/v1/practice.
 */
@NullMarked
package dev.portpath.web.practice;

import org.jspecify.annotations.NullMarked;
