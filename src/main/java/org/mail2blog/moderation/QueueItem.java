package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trust.AuthVerdict;

/**
 * A letter waiting for an admin's decision. Holds the sender's address: admins only.
 *
 * @param id                letter id
 * @param conversationSlug  the matched conversation's slug; empty when unmatched
 * @param conversationTitle the matched conversation's title; empty when unmatched
 * @param fromName          the public name the letter will be published under
 * @param fromAddress       the sender's address (never shown publicly)
 * @param subject           the mail's subject
 * @param writtenAt         the mail's date
 * @param body              the trimmed text that will be published
 * @param removed           what the trimmer cut away
 * @param matchedBy         how the letter was tied to its conversation
 * @param isEmpty           true when nothing but quoted history was left: not publishable
 * @param isSenderMismatch  true when it came to someone's per-recipient reply address from another
 *                          address: the admin must look, and nothing may publish it automatically
 * @param authentication    what the trusted Authentication-Results said about the From domain when it was queued
 * @param isTrustUnverified true when the sender is trusted but the mail did not authenticate: it was
 *                          not published automatically, and the admin should check who wrote it
 * @param isConversationClosed true when its conversation is closed to new letters (it was queued all
 *                          the same, so nothing is lost; the admin decides)
 */
public record QueueItem(long id, Optional<String> conversationSlug, Optional<String> conversationTitle,
                        String fromName, String fromAddress, String subject, OffsetDateTime writtenAt,
                        String body, String removed, MatchedBy matchedBy, boolean isEmpty,
                        boolean isSenderMismatch, AuthVerdict authentication, boolean isTrustUnverified,
                        boolean isConversationClosed) {

    public boolean isMatched() {
        return conversationSlug.isPresent();
    }
}
