package org.mail2blog.admin;

import java.util.List;

/**
 * The admin's queue page: pending letters oldest first, each with its {@link Review}, how many
 * mails wait in quarantine and were set aside as automatic (listed on {@link QuarantinePage}), and
 * the conversations a letter can be attached to.
 */
public record QueuePage(String admin, String csrfToken, List<Item> items, int quarantinedCount,
                        int ignoredCount, String notice, List<Choice> conversations) {
    public QueuePage {
        items = List.copyOf(items);
        conversations = List.copyOf(conversations);
    }

    /**
     * One pending letter, as the admin needs to judge it; {@code authStatus} is PASS, FAIL, NONE or
     * UNCONFIGURED and {@code authExplanation} says why; {@code isConversationClosed}: its
     * conversation takes no new letters.
     */
    public record Item(long id, String conversation, String conversationSlug, boolean isMatched, String fromName,
                       String fromAddress, String subject, String writtenAt, String body, String removed,
                       String matchedBy, boolean isEmpty, boolean isSenderMismatch, String authStatus,
                       String authExplanation, boolean isTrustUnverified, boolean isConversationClosed,
                       Review review) {

        /** An item of an open conversation (or of none) whose authentication was not checked. */
        public Item(long id, String conversation, String conversationSlug, boolean isMatched, String fromName,
                    String fromAddress, String subject, String writtenAt, String body, String removed,
                    String matchedBy, boolean isEmpty, boolean isSenderMismatch, Review review) {
            this(id, conversation, conversationSlug, isMatched, fromName, fromAddress, subject, writtenAt, body,
                    removed, matchedBy, isEmpty, isSenderMismatch, "UNCONFIGURED", "Not checked.", false, false,
                    review);
        }
    }

    /** A conversation a letter can be attached to. */
    public record Choice(String slug, String title, boolean isPublished) {
    }
}
