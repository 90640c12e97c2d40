package org.mail2blog.withdraw;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.mail2blog.withdraw.Withdrawable;

/**
 * A letter as its writer sees it behind the withdraw link: what they wrote and where it stands.
 * Holds no address.
 *
 * @param letterId          the letter
 * @param state             where it stands
 * @param authorName        the public name it is (or will be) published under
 * @param writtenAt         the mail's date
 * @param body              the text that is (or would be) published
 * @param conversationSlug  its conversation's slug; empty when unmatched
 * @param conversationTitle its conversation's title; empty when unmatched
 */
public record Withdrawable(long letterId, LetterStatus state, String authorName, OffsetDateTime writtenAt,
                           String body, Optional<String> conversationSlug, Optional<String> conversationTitle) {

    /** Where a letter stands, seen from its writer. */
    public enum LetterStatus {
        /** Waits for the admin. */
        PENDING,
        /** On the conversation's page. */
        PUBLISHED,
        /** Not published and never will be: the admin rejected it. */
        REJECTED,
        /** The writer took it back. */
        WITHDRAWN
    }

    /** True when the letter is neither on the blog nor waiting: there is nothing left to withdraw. */
    public boolean isGone() {
        return state == LetterStatus.REJECTED || state == LetterStatus.WITHDRAWN;
    }
}
