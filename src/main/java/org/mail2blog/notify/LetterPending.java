package org.mail2blog.notify;

import java.util.Optional;

/**
 * A letter arrived and waits in the queue: an admin is told, with the letter as it will appear, the
 * queue's link and how to decide by replying.
 *
 * @param letterId          the letter
 * @param recipient         the admin's address
 * @param publicName        the name it would be published under
 * @param isMatched         true when the letter belongs to a conversation
 * @param conversationTitle the conversation's title; empty when unmatched
 * @param body              the trimmed text, as it will be published
 * @param writtenAt         the letter's date as readers will see it
 * @param queueUrl          the approval queue, {@code <base>/admin/}
 * @param conversationId    the conversation; empty when unmatched
 * @param moderationAddress the letter's moderation address for this admin: a reply to it decides
 * @param letterMessageId   the letter's Message-ID, so the mail threads under it
 * @param trustUnverified   when the sender is trusted but the mail is not authenticated: why (the
 *                          verdict's explanation); empty otherwise
 */
public record LetterPending(long letterId, String recipient, String publicName, boolean isMatched,
                            String conversationTitle, String body, String writtenAt, String queueUrl,
                            Optional<Long> conversationId, String moderationAddress,
                            Optional<String> letterMessageId, String trustUnverified) {

    /** A pending letter without a trust warning. */
    public LetterPending(long letterId, String recipient, String publicName, boolean isMatched,
                         String conversationTitle, String body, String writtenAt, String queueUrl,
                         Optional<Long> conversationId, String moderationAddress, Optional<String> letterMessageId) {
        this(letterId, recipient, publicName, isMatched, conversationTitle, body, writtenAt, queueUrl, conversationId,
                moderationAddress, letterMessageId, "");
    }
}
