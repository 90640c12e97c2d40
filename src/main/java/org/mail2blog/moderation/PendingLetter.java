package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

/**
 * A letter locked for an admin's decision inside the decision's transaction: the row is read
 * {@code FOR UPDATE}, so of two admins deciding at once the second sees the first one's outcome.
 *
 * @param id             the letter
 * @param state          its state as read ({@code pending}, {@code published}, …)
 * @param conversationId its conversation; empty when unmatched
 * @param isEmpty        true when nothing of the writer's own was left after trimming
 * @param authorAddress  the sender's address
 * @param authorName     the public name it is (or would be) published under
 * @param subject        the mail's subject
 * @param body           the trimmed text as it came (never the admin's edit)
 */
record PendingLetter(long id, String state, Optional<Long> conversationId, boolean isEmpty, String authorAddress,
                     String authorName, String subject, String body) {

    /** The letter with that id, locked until the caller's transaction ends; empty when there is none. */
    static Optional<PendingLetter> lock(Handle h, long id) {
        return h.createQuery("SELECT id, state, conversation_id, is_empty, author_address, author_name, subject,"
                        + " body FROM letter WHERE id = :id FOR UPDATE")
                .bind("id", id)
                .map((rs, ctx) -> new PendingLetter(rs.getLong("id"), rs.getString("state"),
                        Optional.ofNullable(rs.getObject("conversation_id", Long.class)), rs.getBoolean("is_empty"),
                        rs.getString("author_address"), rs.getString("author_name"), rs.getString("subject"),
                        rs.getString("body")))
                .findOne();
    }

    /**
     * Why this decision cannot be made, if it cannot: a decided letter takes no second decision, and
     * only a matched letter with words of its own can be published.
     */
    Optional<Outcome> refusal(boolean publishes) {
        if (!"pending".equals(state)) {
            return Optional.of(Outcome.ALREADY_DECIDED);
        } else if (publishes && conversationId.isEmpty()) {
            return Optional.of(Outcome.UNMATCHED);
        } else if (publishes && isEmpty) {
            return Optional.of(Outcome.EMPTY);
        }
        return Optional.empty();
    }

    /** Sets the letter's new state and who decided it, when. */
    void close(Handle h, String newState, String actor) {
        h.createUpdate("UPDATE letter SET state = :state, decided_at = :now, decided_by = :by WHERE id = :id")
                .bind("state", newState).bind("now", OffsetDateTime.now()).bind("by", actor).bind("id", id)
                .execute();
    }

    /** How the audit log names this letter. */
    String target() {
        return target(id);
    }

    /** How the audit log names the letter with that id. */
    static String target(long id) {
        return "letter " + id;
    }
}
