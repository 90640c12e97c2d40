package org.mail2blog.sender;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.sender.SenderHistory;

/**
 * How the admins decided on a sender's earlier letters, for judging a new one: counts by the
 * letters' sender address (lower-case), for admins only. Thread-safe.
 */
public final class SenderHistory {
    private static final String COUNTS = "COALESCE(SUM(CASE WHEN state = 'published' THEN 1 ELSE 0 END), 0) AS published,"
            + " COALESCE(SUM(CASE WHEN state = 'rejected' THEN 1 ELSE 0 END), 0) AS rejected,"
            + " COALESCE(SUM(CASE WHEN state = 'spam' THEN 1 ELSE 0 END), 0) AS spam";
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
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COUNTS + " FROM letter WHERE LOWER(author_address) = :a")
                .bind("a", address.strip().toLowerCase(Locale.ROOT))
                .map((rs, ctx) -> counts(rs))
                .one());
    }

    /**
     * The counts of every address the admins decided about (trusted or banned), by its lower-case
     * address, in one query; an address without letters counts zero.
     */
    public Map<String, Counts> ofDecidedSenders() {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.address, " + COUNTS
                        + " FROM sender s LEFT JOIN letter ON LOWER(author_address) = s.address GROUP BY s.address")
                .map((rs, ctx) -> Map.entry(rs.getString("address"), counts(rs)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private static Counts counts(ResultSet rs) throws SQLException {
        return new Counts(rs.getInt("published"), rs.getInt("rejected"), rs.getInt("spam"));
    }
}
