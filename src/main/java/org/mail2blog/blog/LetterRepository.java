package org.mail2blog.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads the letters of conversations. Writing and deciding belongs to the moderation package.
 * Letters appear in their reading order: the positions the admin gave them, then those without one
 * in the order they were written. Thread-safe.
 */
public final class LetterRepository {
    /** The reading order of a conversation's letters, for SQL over {@code letter}. */
    private static final String READING_ORDER = " ORDER BY position NULLS LAST, written_at, id";
    private final Jdbi jdbi;

    public LetterRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The published letters of a conversation, in reading order, each with the text as published:
     * the admin's edit when there is one, else the trimmed text.
     */
    public List<PublishedLetter> listPublished(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, author_name, written_at,"
                        + " COALESCE(edited_body, body) AS body FROM letter"
                        + " WHERE conversation_id = :c AND state = 'published'" + READING_ORDER)
                .bind("c", conversationId)
                .map((rs, ctx) -> new PublishedLetter(rs.getLong("id"), rs.getString("author_name"),
                        rs.getObject("written_at", OffsetDateTime.class), rs.getString("body")))
                .list());
    }

    /**
     * The admin's list of a conversation's letters: published and removed ones in reading order, then
     * pending ones in the order they came.
     */
    public List<ConversationLetter> listForAdmin(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, author_name, written_at, COALESCE(edited_body, body) AS body, state FROM letter"
                        + " WHERE conversation_id = :c AND state IN ('published', 'removed', 'pending')"
                        + " ORDER BY CASE state WHEN 'pending' THEN 1 ELSE 0 END,"
                        + " CASE state WHEN 'pending' THEN id END, position NULLS LAST, written_at, id")
                .bind("c", conversationId)
                .map((rs, ctx) -> arranged(rs))
                .list());
    }

    /**
     * The published and removed letters of a conversation in reading order, in the caller's
     * transaction: what a reorder renumbers (removed letters keep their place for a restore).
     */
    public List<ConversationLetter> listArranged(Handle h, long conversationId) {
        return h.createQuery("SELECT id, author_name, written_at, COALESCE(edited_body, body) AS body, state FROM letter"
                        + " WHERE conversation_id = :c AND state IN ('published', 'removed')" + READING_ORDER)
                .bind("c", conversationId)
                .map((rs, ctx) -> arranged(rs))
                .list();
    }

    private static ConversationLetter arranged(ResultSet rs) throws SQLException {
        return new ConversationLetter(rs.getLong("id"), rs.getString("author_name"),
                rs.getObject("written_at", OffsetDateTime.class), rs.getString("body"),
                ConversationLetter.State.valueOf(rs.getString("state").toUpperCase(Locale.ROOT)));
    }

    /** How many letters of a conversation are published. */
    public int countPublished(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM letter WHERE conversation_id = :c AND state = 'published'")
                .bind("c", conversationId).mapTo(Integer.class).one());
    }
}
