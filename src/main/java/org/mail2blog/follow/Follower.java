package org.mail2blog.follow;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Someone who gets a mail for each letter published in a conversation, until they unsubscribe.
 * Holds an address: never shown publicly.
 *
 * @param id               database id
 * @param conversationId   the conversation followed
 * @param address          where the mail goes, lower-case
 * @param cameBy           how they came to follow
 * @param unsubscribeToken the secret of their unsubscribe link
 * @param unsubscribedAt   when they stopped; empty while they follow
 */
public record Follower(long id, long conversationId, String address, CameBy cameBy, String unsubscribeToken,
                       Optional<OffsetDateTime> unsubscribedAt) {

    public boolean isActive() {
        return unsubscribedAt.isEmpty();
    }
}
