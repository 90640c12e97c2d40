package org.mail2blog.moderation;

import java.util.Locale;

import org.jdbi.v3.core.Jdbi;

/**
 * How the admins decided on a sender's earlier letters, for judging a new one: counts by the
 * letters' sender address (lower-case), for admins only. Thread-safe.
 */
public final class SenderHistory {
    private final Jdbi jdbi;

    public SenderHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * How many of one address's letters ended in each state.
     *
     * @param published on a page now
     * @param rejected  rejected by an admin
     * @param spam      set aside as spam
     */
    public record Counts(int published, int rejected, int spam) {
        /** True when no letter of the address was ever decided. */
        public boolean isFirst() {
            return published + rejected + spam == 0;
        }
    }

    /** The counts of {@code address}, compared without regard to case. */
    public Counts of(String address) {
        return jdbi.withHandle(h -> h.createQuery("SELECT"
                        + " COALESCE(SUM(CASE WHEN state = 'published' THEN 1 ELSE 0 END), 0) AS published,"
                        + " COALESCE(SUM(CASE WHEN state = 'rejected' THEN 1 ELSE 0 END), 0) AS rejected,"
                        + " COALESCE(SUM(CASE WHEN state = 'spam' THEN 1 ELSE 0 END), 0) AS spam"
                        + " FROM letter WHERE LOWER(author_address) = :a")
                .bind("a", address.strip().toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> new Counts(rs.getInt("published"), rs.getInt("rejected"), rs.getInt("spam")))
                .one());
    }
}
