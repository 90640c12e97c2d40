package org.mail2blog.moderation;

import java.time.OffsetDateTime;

/**
 * A letter that reached us inside another mail (a forwarded exchange), as its writer sent it.
 *
 * @param authorName    the writer's name as the quoting client printed it; empty when it printed none
 * @param authorAddress the writer's address; empty when the client hid it (never shown publicly)
 * @param writtenAt     when it was written
 * @param body          the writer's own words, already trimmed
 */
public record ImportedLetter(String authorName, String authorAddress, OffsetDateTime writtenAt, String body) {
}
