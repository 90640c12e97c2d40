package org.mail2blog.follow;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.mail2blog.blog.ReplyAddress;

/**
 * Stores followers. Following is idempotent per (conversation, address). Someone who unsubscribed
 * stays unsubscribed when another letter of theirs is published; only asking again (page or mail)
 * brings them back. Thread-safe.
 */
public final class FollowerRepository {
    private static final String COLUMNS = "id, conversation_id, address, came_by, unsubscribe_token, unsubscribed_at";
    private final Jdbi jdbi;

    public FollowerRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Makes {@code address} follow the conversation within the transaction of {@code h}; returns the follower. */
    public Follower follow(Handle h, long conversationId, String address, CameBy cameBy) {
        String normalised = address.strip().toLowerCase(Locale.ROOT);
        Optional<Follower> existing = find(h, conversationId, normalised);
        if (existing.isEmpty()) {
            h.createUpdate("INSERT INTO follower (conversation_id, address, came_by, unsubscribe_token, created_at)"
                            + " VALUES (:c, :a, :by, :token, :now)")
                    .bind("c", conversationId).bind("a", normalised).bind("by", cameBy.name().toLowerCase(Locale.ROOT))
                    .bind("token", ReplyAddress.newToken())
                    .bind("now", OffsetDateTime.now()).execute();
        } else if (!existing.get().isActive() && cameBy != CameBy.WROTE) {
            h.createUpdate("UPDATE follower SET unsubscribed_at = NULL, came_by = :by WHERE id = :id")
                    .bind("by", cameBy.name().toLowerCase(Locale.ROOT)).bind("id", existing.get().id()).execute();
        }
        return find(h, conversationId, normalised).orElseThrow();
    }

    /** True when {@code address} follows the conversation and has not unsubscribed. */
    public boolean isActive(Handle h, long conversationId, String address) {
        return find(h, conversationId, address.strip().toLowerCase(Locale.ROOT)).filter(Follower::isActive)
                .isPresent();
    }

    /** The conversation's followers who have not unsubscribed, oldest first. */
    public List<Follower> listActive(Handle h, long conversationId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM follower WHERE conversation_id = :c"
                        + " AND unsubscribed_at IS NULL ORDER BY id")
                .bind("c", conversationId).map((rs, ctx) -> map(rs)).list();
    }

    /** The follower whose unsubscribe token this is. */
    public Optional<Follower> findByToken(String token) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM follower WHERE unsubscribe_token = :t")
                .bind("t", token).map((rs, ctx) -> map(rs)).findOne());
    }

    /** Stops the mail of the follower with this token (again, harmlessly, if already stopped). */
    public Optional<Follower> unsubscribe(String token) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE follower SET unsubscribed_at = :now WHERE unsubscribe_token = :t"
                    + " AND unsubscribed_at IS NULL").bind("now", OffsetDateTime.now()).bind("t", token).execute();
            return h.createQuery("SELECT " + COLUMNS + " FROM follower WHERE unsubscribe_token = :t")
                    .bind("t", token).map((rs, ctx) -> map(rs)).findOne();
        });
    }

    private static Optional<Follower> find(Handle h, long conversationId, String address) {
        return h.createQuery("SELECT " + COLUMNS + " FROM follower WHERE conversation_id = :c AND address = :a")
                .bind("c", conversationId).bind("a", address).map((rs, ctx) -> map(rs)).findOne();
    }

    private static Follower map(ResultSet rs) throws SQLException {
        return new Follower(rs.getLong("id"), rs.getLong("conversation_id"), rs.getString("address"),
                CameBy.valueOf(rs.getString("came_by").toUpperCase(Locale.ROOT)), rs.getString("unsubscribe_token"),
                Optional.ofNullable(rs.getObject("unsubscribed_at", OffsetDateTime.class)));
    }
}
