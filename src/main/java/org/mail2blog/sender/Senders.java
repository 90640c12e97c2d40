package org.mail2blog.sender;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderDecision;

/**
 * The admins' decisions about sender addresses (trust, ban), stored per lower-cased address. Every
 * method works in the caller's transaction, so a decision and what it causes commit together.
 * Stateless and thread-safe.
 */
public final class Senders {
    private static final String SELECT = "SELECT address, status, decided_by, decided_at FROM sender";

    /** The status of {@code address}; {@link SenderStatus#ORDINARY} when nobody decided anything. */
    public SenderStatus status(Handle h, String address) {
        return h.createQuery("SELECT status FROM sender WHERE address = :a").bind("a", normal(address))
                .mapTo(String.class).findOne()
                .map(s -> SenderStatus.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(SenderStatus.ORDINARY);
    }

    /**
     * Sets the status of {@code address}; {@link SenderStatus#ORDINARY} forgets the decision.
     *
     * @param admin who decided (kept with the row; the audit log has the history)
     */
    public void set(Handle h, String address, SenderStatus status, String admin) {
        String a = normal(address);
        h.createUpdate("DELETE FROM sender WHERE address = :a").bind("a", a).execute();
        if (status != SenderStatus.ORDINARY) {
            h.createUpdate("INSERT INTO sender (address, status, decided_by, decided_at) VALUES (:a, :s, :by, :at)")
                    .bind("a", a).bind("s", status.name().toLowerCase(Locale.ROOT)).bind("by", admin)
                    .bind("at", OffsetDateTime.now()).execute();
        }
    }

    /** The decision about {@code address} (compared without regard to case), locked until the caller's transaction ends. */
    public Optional<SenderDecision> findDecision(Handle h, String address) {
        return h.createQuery(SELECT + " WHERE address = :a FOR UPDATE").bind("a", normal(address))
                .map((rs, ctx) -> decision(rs)).findOne();
    }

    /** The newest {@code limit} decisions, trusted and banned alike, newest first. */
    public List<SenderDecision> list(Handle h, int limit) {
        return h.createQuery(SELECT + " ORDER BY decided_at DESC, address LIMIT :n").bind("n", limit)
                .map((rs, ctx) -> decision(rs)).list();
    }

    /** How many addresses have a decision. */
    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM sender").mapTo(Integer.class).one();
    }

    private static SenderDecision decision(ResultSet rs) throws SQLException {
        return new SenderDecision(rs.getString("address"),
                SenderStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)), rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class));
    }

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
