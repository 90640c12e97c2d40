package org.mail2blog.notify;

import java.util.Optional;

/**
 * An admin rejected a letter and gave a reason: its sender is told why.
 *
 * @param letterId          the letter
 * @param recipient         the sender's address
 * @param publicName        the name the letter would have been published under
 * @param isMatched         true when the letter belonged to a conversation
 * @param conversationTitle the conversation's title; empty when unmatched
 * @param reason            the admin's reason, as written
 * @param conversationId    the conversation; empty when unmatched
 * @param replyAddress      the sender's own reply address for the conversation; empty when unmatched
 * @param letterMessageId   the letter's Message-ID, so the mail threads under it
 */
public record LetterRejected(long letterId, String recipient, String publicName, boolean isMatched,
                             String conversationTitle, String reason, Optional<Long> conversationId,
                             Optional<String> replyAddress, Optional<String> letterMessageId) {
}
