package org.mail2blog.thread;

import java.util.Optional;

/**
 * Which conversation a mail belongs to, and why we think so.
 *
 * @param conversationId the conversation, empty when unmatched
 * @param by             the evidence; {@link MatchedBy#NONE} exactly when unmatched
 */
public record Match(Optional<Long> conversationId, MatchedBy by) {
    public static final Match NONE = new Match(Optional.empty(), MatchedBy.NONE);

    public static Match of(long conversationId, MatchedBy by) {
        return new Match(Optional.of(conversationId), by);
    }
}
