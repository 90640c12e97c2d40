package org.mail2blog.thread;

import java.util.Optional;

/**
 * Which conversation a mail belongs to, and why we think so.
 *
 * @param conversationId   the conversation, empty when unmatched
 * @param by               the evidence; {@link MatchedBy#NONE} exactly when unmatched
 * @param isSenderMismatch true when the mail came to a per-recipient reply address from an address
 *                         other than the one it was made for: it may be read, never published as them
 */
public record Match(Optional<Long> conversationId, MatchedBy by, boolean isSenderMismatch) {
    public static final Match NONE = new Match(Optional.empty(), MatchedBy.NONE);

    /** A match without a sender mismatch. */
    public Match(Optional<Long> conversationId, MatchedBy by) {
        this(conversationId, by, false);
    }

    public static Match of(long conversationId, MatchedBy by) {
        return new Match(Optional.of(conversationId), by);
    }

    /** Sent to a per-recipient reply address of {@code conversationId} by someone else than its recipient. */
    public static Match senderMismatch(long conversationId) {
        return new Match(Optional.of(conversationId), MatchedBy.RECIPIENT_ADDRESS, true);
    }
}
