package org.mail2blog.notify;

import java.util.Optional;

/**
 * A letter was published in a conversation someone follows: they get it as it appears on the page.
 *
 * @param letterId          the letter
 * @param conversationId    its conversation
 * @param recipient         the follower's address
 * @param conversationTitle the conversation's title
 * @param authorName        the author's public name (never an address)
 * @param writtenAt         when the author wrote it, formatted for the blog's language and zone
 * @param body              the published text
 * @param letterUrl         the letter on the page, {@code <base>/t/<slug>#letter-<id>}
 * @param replyAddress      the follower's own reply address for this conversation
 * @param unsubscribeUrl    where the follower stops this conversation's mail
 * @param letterMessageId   the letter's Message-ID, so the mail threads with it
 */
public record NewLetter(long letterId, long conversationId, String recipient, String conversationTitle,
                        String authorName, String writtenAt, String body, String letterUrl, String replyAddress,
                        String unsubscribeUrl, Optional<String> letterMessageId) {
}
