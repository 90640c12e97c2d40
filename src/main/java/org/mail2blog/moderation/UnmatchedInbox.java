package org.mail2blog.moderation;

import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin's hand where matching gave up or only guessed: a pending letter is attached to a
 * conversation chosen by the admin, and can then be approved like any other. A letter the subject
 * guess filed under the wrong conversation is moved the same way. Thread-safe.
 */
public final class UnmatchedInbox {
    private static final Logger LOG = LoggerFactory.getLogger(UnmatchedInbox.class);
    private final Jdbi jdbi;

    public UnmatchedInbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Attaches a pending letter to the conversation with that slug; it is then matched by {@code ADMIN}. */
    public AttachOutcome attach(long letterId, String conversationSlug, String admin) {
        AttachOutcome outcome = jdbi.inTransaction(h -> {
            Optional<Long> conversation = h.createQuery("SELECT id FROM conversation WHERE slug = :slug")
                    .bind("slug", conversationSlug).mapTo(Long.class).findOne();
            Optional<String> state = h.createQuery("SELECT state FROM letter WHERE id = :id FOR UPDATE")
                    .bind("id", letterId).mapTo(String.class).findOne();
            if (state.isEmpty()) {
                return AttachOutcome.NO_LETTER;
            } else if (conversation.isEmpty()) {
                return AttachOutcome.NO_CONVERSATION;
            } else if (!"pending".equals(state.get())) {
                return AttachOutcome.ALREADY_DECIDED;
            }
            h.createUpdate("UPDATE letter SET conversation_id = :c, matched_by = 'ADMIN' WHERE id = :id")
                    .bind("c", conversation.get()).bind("id", letterId).execute();
            return AttachOutcome.DONE;
        });
        LOG.info("[moderation] letter={} attach to conversation={} by={} outcome={}", letterId, conversationSlug,
                admin, outcome);
        return outcome;
    }
}
