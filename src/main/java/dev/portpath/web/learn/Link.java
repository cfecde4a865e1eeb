package dev.portpath.web.learn;

/** A link to another page of the course: where it goes and what it is called. */
public record Link(String href, String title) {
}
