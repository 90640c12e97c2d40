package org.mail2blog.reader;

/**
 * One page of the public site as a static file: where it goes under the export directory
 * ({@code index.html}, {@code t/{slug}/index.html}), the template that renders it and its view model.
 */
public record SitePage(String path, String template, Object model) {
}
