package org.mail2blog.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;

/**
 * The audit log: every admin decision, added in the transaction of the decision itself, so a
 * decision is never made without its entry. Entries are never changed. Thread-safe.
 */
public final class AuditLog {
    private static final int MAX_DETAIL = 2000;
    private final Jdbi jdbi;

    public AuditLog(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Adds an entry in the caller's transaction; an over-long detail is cut to fit. */
    public void record(Handle h, String actor, String action, String target, String detail) {
        h.createUpdate("INSERT INTO audit_entry (at, actor, action, target, detail)"
                        + " VALUES (:at, :actor, :action, :target, :detail)")
                .bind("at", OffsetDateTime.now()).bind("actor", actor).bind("action", action)
                .bind("target", target)
                .bind("detail", detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail)
                .execute();
    }

    /** The newest {@code limit} entries, newest first. */
    public List<AuditEntry> newest(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, at, actor, action, target, detail FROM audit_entry"
                        + " ORDER BY id DESC LIMIT :n")
                .bind("n", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        rs.getString("detail")))
                .list());
    }
}
