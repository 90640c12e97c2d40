package org.mail2blog.admin;

import java.util.List;

/**
 * The admin's queue page: pending letters oldest first, mails in quarantine, and automatic mail
 * that was set aside (out-of-office, bounces, list traffic), and the conversations a letter can be
 * attached to.
 */
public record QueuePage(String admin, String csrfToken, List<Item> items, List<Quarantined> quarantined,
                        List<Quarantined> ignored, String notice, List<Choice> conversations) {
    public QueuePage {
        items = List.copyOf(items);
        quarantined = List.copyOf(quarantined);
        ignored = List.copyOf(ignored);
        conversations = List.copyOf(conversations);
    }

    /** One pending letter, as the admin needs to judge it; {@code isConversationClosed}: its conversation takes no new letters. */
    public record Item(long id, String conversation, String conversationSlug, boolean isMatched, String fromName,
                       String fromAddress, String subject, String writtenAt, String body, String removed,
                       String matchedBy, boolean isEmpty, boolean isSenderMismatch, boolean isConversationClosed) {

        /** A letter of an open conversation (or of none). */
        public Item(long id, String conversation, String conversationSlug, boolean isMatched, String fromName,
                    String fromAddress, String subject, String writtenAt, String body, String removed,
                    String matchedBy, boolean isEmpty, boolean isSenderMismatch) {
            this(id, conversation, conversationSlug, isMatched, fromName, fromAddress, subject, writtenAt, body, removed,
                    matchedBy, isEmpty, isSenderMismatch, false);
        }
    }

    /** A conversation a letter can be attached to. */
    public record Choice(String slug, String title, boolean isPublished) {
    }

    /** One mail that was not read into a letter, and why. */
    public record Quarantined(long key, String messageId, String receivedAt, String reason, String detail) {
    }
}
