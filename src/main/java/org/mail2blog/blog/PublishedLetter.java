package org.mail2blog.blog;

import java.time.OffsetDateTime;

/**
 * A letter as readers see it. Deliberately has no address field: nothing here may reveal one.
 *
 * @param id         letter id, used for the permalink anchor
 * @param authorName the author's public name
 * @param writtenAt  when the author wrote it (the mail's Date)
 * @param body       the text as published: the admin's edit, else the trimmed text (plain text;
 *                   templates escape it)
 */
public record PublishedLetter(long id, String authorName, OffsetDateTime writtenAt, String body) {
}
