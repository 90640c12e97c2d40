package org.mail2blog.mime;

/**
 * Something the parser recovered from instead of rejecting the mail (a wrong charset, a bad date,
 * a broken part). Warnings are stored with the message so an admin can see why a letter looks odd.
 *
 * @param code   a stable, machine-readable kind, e.g. {@code charset-fallback}
 * @param detail what happened, in one sentence
 */
public record ParseWarning(String code, String detail) {
}
