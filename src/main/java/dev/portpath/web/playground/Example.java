package dev.portpath.web.playground;

/**
 * One curated example from {@code content/examples/<name>/}: its manifests, a default request and a
 * one-line story.
 */
public record Example(String name, String title, String story, String from, String to, int order, String manifests) {
}
