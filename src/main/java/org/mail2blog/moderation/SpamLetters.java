package org.mail2blog.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecisions;

/**
 * The letters set aside as spam (by an admin, or because their sender is banned), and taking one
 * back: "not spam" puts the letter back in the queue as pending, for an ordinary decision. It does
 * not touch its sender's ban (the admin forgets that separately, {@link SenderDecisions}) and mails
 * nobody. The change and its audit entry ({@code not-spam}) commit together. Thread-safe.
 */
public final class SpamLetters {
    private static final Logger LOG = LoggerFactory.getLogger(SpamLetters.class);
    private static final String SELECT = "SELECT l.id, l.message_key, l.written_at, l.decided_at, l.decided_by,"
            + " l.author_name, l.author_address, l.subject, l.body, c.title, s.address AS banned"
            + " FROM letter l LEFT JOIN conversation c ON c.id = l.conversation_id"
            + " LEFT JOIN sender s ON s.address = LOWER(l.author_address) AND s.status = 'banned'"
            + " WHERE l.state = 'spam'";
    private final Jdbi jdbi;
    private final Senders senders;
    private final AuditLog audit;

    /** What became of a "not spam". */
    public enum Release {
        /** The letter is pending again. */
        DONE,
        /** No letter has that id. */
        NOT_FOUND,
        /** The letter is not spam (any more): nothing changed. */
        NOT_SPAM
    }

    public SpamLetters(Jdbi jdbi, Senders senders, AuditLog audit) {
        this.jdbi = jdbi;
        this.senders = senders;
        this.audit = audit;
    }

    /** The newest {@code limit} spam letters, newest first. */
    public List<SpamLetter> list(int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " ORDER BY l.id DESC LIMIT :n").bind("n", limit)
                .map((rs, ctx) -> map(rs)).list());
    }

    /** How many letters are spam. */
    public int count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM letter WHERE state = 'spam'")
                .mapTo(Integer.class).one());
    }

    /** Puts spam letter {@code id} back in the queue as pending; anything else is left as it is. */
    public Release release(long id, String actor) {
        Release release = jdbi.inTransaction(h -> {
            Optional<PendingLetter> letter = PendingLetter.lock(h, id);
            if (letter.isEmpty()) {
                return Release.NOT_FOUND;
            } else if (!"spam".equals(letter.get().state())) {
                return Release.NOT_SPAM;
            }
            String setAsideBy = h.createQuery("SELECT decided_by FROM letter WHERE id = :id").bind("id", id)
                    .mapTo(String.class).one();
            h.createUpdate("UPDATE letter SET state = 'pending', decided_at = NULL, decided_by = NULL WHERE id = :id")
                    .bind("id", id).execute();
            audit.record(h, actor, "not-spam", letter.get().target(), detail(h, letter.get(), setAsideBy));
            return Release.DONE;
        });
        LOG.info("[moderation] letter={} not spam, by={} outcome={}", id, actor, release);
        return release;
    }

    private String detail(Handle h, PendingLetter letter, String setAsideBy) {
        String detail = "back in the queue (set aside by " + setAsideBy + ")";
        return senders.status(h, letter.authorAddress()) == SenderStatus.BANNED
                ? detail + "; its sender " + letter.authorAddress() + " is still banned" : detail;
    }

    private static SpamLetter map(ResultSet rs) throws SQLException {
        return new SpamLetter(rs.getLong("id"), rs.getLong("message_key"),
                rs.getObject("written_at", OffsetDateTime.class), rs.getObject("decided_at", OffsetDateTime.class),
                rs.getString("decided_by"), rs.getString("author_name"), rs.getString("author_address"),
                rs.getString("subject"), rs.getString("body"), Optional.ofNullable(rs.getString("title")),
                rs.getString("banned") != null);
    }
}
