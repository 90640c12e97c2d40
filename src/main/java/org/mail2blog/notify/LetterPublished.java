package org.mail2blog.notify;

import java.util.Optional;

/**
 * An admin approved a letter: its author is told it is published, and where.
 *
 * @param letterId          the letter
 * @param conversationId    its conversation
 * @param recipient         the author's address
 * @param publicName        the name it is published under
 * @param conversationTitle the conversation's title
 * @param letterUrl         the letter on the page, {@code <base>/t/<slug>#letter-<id>}
 * @param replyAddress      the author's own reply address for this conversation
 * @param unsubscribeUrl    where the author, now a follower, stops the conversation's mail
 * @param letterMessageId   the letter's Message-ID, so the notice threads under it
 */
public record LetterPublished(long letterId, long conversationId, String recipient, String publicName,
                              String conversationTitle, String letterUrl, String replyAddress,
                              String unsubscribeUrl, Optional<String> letterMessageId) {
}
