package org.mail2blog.blog;

import java.time.OffsetDateTime;

/**
 * One search result: a published letter of a published conversation. No address field, on purpose.
 *
 * @param conversationSlug  the conversation's slug, for the link
 * @param conversationTitle the conversation's title
 * @param letterId          the letter's id, for the permalink anchor
 * @param authorName        the author's public name
 * @param writtenAt         when the letter was written
 * @param body              the text as published (the admin's edit, else the trimmed text)
 */
public record SearchHit(String conversationSlug, String conversationTitle, long letterId, String authorName,
                        OffsetDateTime writtenAt, String body) {
}
