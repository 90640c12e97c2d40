package org.mail2blog.notify;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The outbox table. Mail is added inside the caller's transaction (so it exists exactly when the
 * event that caused it does) and taken out by {@link OutboxSender}. Thread-safe.
 */
public final class Outbox {
    private final Jdbi jdbi;
    private final MailComposer composer;

    public Outbox(Jdbi jdbi, MailComposer composer) {
        this.jdbi = jdbi;
        this.composer = composer;
    }

    /** One mail waiting for the relay. */
    record Entry(long id, String messageId, String recipient, byte[] raw, int attempts) {
    }

    /** Adds a mail within the transaction of {@code h}; returns its Message-ID. */
    public String add(Handle h, OutgoingMail mail) {
        String messageId = composer.newMessageId();
        OffsetDateTime now = OffsetDateTime.now();
        h.createUpdate("INSERT INTO outbox (message_id, kind, recipient, conversation_id, raw, state, attempts,"
                        + " next_attempt_at, created_at) VALUES (:mid, :kind, :to, :conv, :raw, 'pending', 0, :now, :now)")
                .bind("mid", messageId).bind("kind", mail.kind()).bind("to", mail.to())
                .bind("conv", mail.conversationId().orElse(null)).bind("raw", composer.compose(mail, messageId))
                .bind("now", now).execute();
        return messageId;
    }

    /** True when a mail of {@code kind} went (or waits to go) to {@code recipient} within {@code window}. */
    public boolean hasRecent(Handle h, String kind, String recipient, Duration window) {
        return h.createQuery("SELECT COUNT(*) FROM outbox WHERE kind = :kind AND recipient = :to AND created_at > :since")
                .bind("kind", kind).bind("to", recipient).bind("since", OffsetDateTime.now().minus(window))
                .mapTo(Integer.class).one() > 0;
    }

    /**
     * The Message-IDs of the latest {@code limit} mails to {@code recipient} about a conversation,
     * oldest first: the References of the next one, so the recipient's mail program threads them.
     */
    public List<String> recentMessageIds(Handle h, String recipient, long conversationId, int limit) {
        List<String> newestFirst = h.createQuery("SELECT message_id FROM outbox WHERE recipient = :to"
                        + " AND conversation_id = :conv ORDER BY id DESC LIMIT :limit")
                .bind("to", recipient).bind("conv", conversationId).bind("limit", limit)
                .mapTo(String.class).list();
        List<String> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Pending mails whose next attempt is due, oldest first. */
    List<Entry> due(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, message_id, recipient, raw, attempts FROM outbox"
                        + " WHERE state = 'pending' AND next_attempt_at <= :now ORDER BY id LIMIT :limit")
                .bind("now", OffsetDateTime.now()).bind("limit", limit)
                .map((rs, ctx) -> new Entry(rs.getLong("id"), rs.getString("message_id"), rs.getString("recipient"),
                        rs.getBytes("raw"), rs.getInt("attempts")))
                .list());
    }

    void markSent(long id) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET state = 'sent', sent_at = :now, attempts = attempts + 1,"
                + " last_error = NULL WHERE id = :id").bind("now", OffsetDateTime.now()).bind("id", id).execute());
    }

    void markFailed(long id, String error, OffsetDateTime nextAttempt) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE outbox SET attempts = attempts + 1, last_error = :error,"
                        + " next_attempt_at = :next WHERE id = :id")
                .bind("error", error.length() > 2000 ? error.substring(0, 2000) : error)
                .bind("next", nextAttempt).bind("id", id).execute());
    }
}
