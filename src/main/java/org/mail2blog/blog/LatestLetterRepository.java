package org.mail2blog.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

/**
 * Reads the most recently changed published letters, of the whole blog or of one conversation, for
 * the feeds. Only letters of published conversations, each with the text as published (the admin's
 * edit when there is one). Thread-safe.
 */
public final class LatestLetterRepository {
    /** The last time a reader could see the letter change: written, published or edited. */
    private static final String CHANGED_AT = "GREATEST(l.written_at, COALESCE(l.decided_at, l.written_at),"
            + " COALESCE(l.edited_at, l.written_at))";
    private static final String SELECT = "SELECT l.id, l.author_name, l.written_at, " + CHANGED_AT + " AS changed_at,"
            + " m.received_at, COALESCE(l.edited_body, l.body) AS body, c.slug, c.title"
            + " FROM letter l JOIN conversation c ON c.id = l.conversation_id JOIN message m ON m.id = l.message_key"
            + " WHERE l.state = 'published' AND c.published_at IS NOT NULL";
    private static final String NEWEST_FIRST = " ORDER BY changed_at DESC, l.id DESC LIMIT :limit";
    private final Jdbi jdbi;

    public LatestLetterRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** At most {@code limit} published letters of all published conversations, the latest changed first. */
    public List<LatestLetter> listLatest(int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + NEWEST_FIRST)
                .bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    /** At most {@code limit} published letters of one conversation, the latest changed first. */
    public List<LatestLetter> listLatest(long conversationId, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " AND c.id = :c" + NEWEST_FIRST)
                .bind("c", conversationId).bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    private static LatestLetter map(ResultSet rs) throws SQLException {
        return new LatestLetter(rs.getLong("id"), rs.getString("author_name"),
                rs.getObject("written_at", OffsetDateTime.class), rs.getObject("changed_at", OffsetDateTime.class),
                rs.getObject("received_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                rs.getString("body"), rs.getString("slug"), rs.getString("title"));
    }

    /**
     * A published letter as a feed shows it. Like {@link PublishedLetter}, it has no address field.
     *
     * @param id                letter id
     * @param authorName        the author's public name
     * @param writtenAt         when the author wrote it (the mail's Date)
     * @param changedAt         the latest of written, published and edited
     * @param receivedOn        the day (UTC) the blog received the mail; never changes
     * @param body              the text as published (plain text)
     * @param slug              the conversation's current slug
     * @param conversationTitle the conversation's current title
     */
    public record LatestLetter(long id, String authorName, OffsetDateTime writtenAt, OffsetDateTime changedAt,
                               LocalDate receivedOn, String body, String slug, String conversationTitle) {
    }
}
