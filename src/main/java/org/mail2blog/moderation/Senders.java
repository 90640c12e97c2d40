package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.Locale;

import org.jdbi.v3.core.Handle;

/**
 * The admins' decisions about sender addresses (trust, ban), stored per lower-cased address. Every
 * method works in the caller's transaction, so a decision and what it causes commit together.
 * Stateless and thread-safe.
 */
public final class Senders {

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

    private static String normal(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
