package org.mail2blog.ingest;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores every received mail, raw, before anything else looks at it. Storing is idempotent: the
 * same bytes twice give the stored row back (its state tells whether it still needs reading), and
 * a second mail with an already-stored Message-ID is kept but marked {@code DUPLICATE}.
 * Thread-safe.
 */
public final class MessageArchive {
    private static final Logger LOG = LoggerFactory.getLogger(MessageArchive.class);
    private final Jdbi jdbi;

    public MessageArchive(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Stores the mail in one transaction and returns what is stored; commits before returning. */
    public Archived archive(RawMessage message) {
        String sha256 = sha256(message.bytes());
        Optional<String> messageId = messageId(message.bytes());
        Archived archived = jdbi.inTransaction(h -> findBySha256(h, sha256)
                .orElseGet(() -> insert(h, sha256, messageId, message.bytes())));
        LOG.info("[ingest] stored message key={} messageId=<{}> state={} bytes={}", archived.key(),
                messageId.orElse(""), archived.state(), message.bytes().length);
        return archived;
    }

    /** The stored mail with this key. */
    public Optional<Archived> findByKey(long key) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, sha256, message_id, raw, state FROM message WHERE id = :id")
                .bind("id", key).map((rs, ctx) -> map(rs)).findOne());
    }

    /** Marks a stored mail as unreadable, keeping its raw bytes; the admin sees it in quarantine. */
    public void quarantine(long key, String reason, String detail) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE message SET state = 'quarantined', reason = :reason, detail = :detail WHERE id = :id")
                .bind("id", key).bind("reason", reason)
                .bind("detail", detail.length() > 2000 ? detail.substring(0, 2000) : detail).execute());
        LOG.warn("[ingest] message key={} quarantined reason={}: {}", key, reason, detail);
    }

    /**
     * Takes a mail out of quarantine to be read again: its state goes back to received (the reason
     * and detail stay until the next outcome replaces them). Atomic, so of two admins replaying the
     * same mail at once only one gets it.
     *
     * @return the mail, now received; empty when no mail with that key is in quarantine
     */
    public Optional<Archived> release(long key) {
        int released = jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE message SET state = 'received' WHERE id = :id AND state = 'quarantined'")
                .bind("id", key).execute());
        if (released == 0) {
            return Optional.empty();
        }
        LOG.info("[ingest] message key={} released from quarantine to be read again", key);
        return findByKey(key);
    }

    /**
     * Marks a stored mail as automatic (out-of-office, bounce, list traffic, our own mail coming
     * back): kept raw and visible, never read into a letter and never answered.
     */
    public void ignore(long key, String kind, String reason) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE message SET state = 'ignored', reason = :kind, detail = :reason WHERE id = :id")
                .bind("id", key).bind("kind", kind)
                .bind("reason", reason.length() > 2000 ? reason.substring(0, 2000) : reason).execute());
        LOG.info("[ingest] message key={} ignored as {}: {}", key, kind, reason);
    }

    private static Optional<Archived> findBySha256(Handle h, String sha256) {
        return h.createQuery("SELECT id, sha256, message_id, raw, state FROM message WHERE sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> map(rs)).findOne();
    }

    private static Archived insert(Handle h, String sha256, Optional<String> messageId, byte[] raw) {
        boolean seen = messageId.isPresent() && h.createQuery(
                        "SELECT COUNT(*) FROM message WHERE message_id = :mid")
                .bind("mid", messageId.get()).mapTo(Integer.class).one() > 0;
        Archived.State state = seen ? Archived.State.DUPLICATE : Archived.State.RECEIVED;
        long key = h.createUpdate("INSERT INTO message (sha256, message_id, raw, size_bytes, received_at, state)"
                        + " VALUES (:sha, :mid, :raw, :size, :at, :state)")
                .bind("sha", sha256).bind("mid", messageId.orElse(null)).bind("raw", raw)
                .bind("size", raw.length).bind("at", OffsetDateTime.now())
                .bind("state", state.name().toLowerCase(Locale.ROOT))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new Archived(key, sha256, messageId, raw, state);
    }

    private static Archived map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Archived(rs.getLong("id"), rs.getString("sha256"),
                Optional.ofNullable(rs.getString("message_id")), rs.getBytes("raw"),
                Archived.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The Message-ID from the header block alone; a mail whose headers cannot be read has none. */
    static Optional<String> messageId(byte[] raw) {
        try {
            String value = new InternetHeaders(new ByteArrayInputStream(raw)).getHeader("Message-ID", null);
            return Optional.ofNullable(value).map(v -> v.strip().replaceAll("^<|>$", ""))
                    .filter(v -> !v.isEmpty());
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }
}
