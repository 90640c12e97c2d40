package org.mail2blog.blog;

import java.time.OffsetDateTime;
import java.util.List;

import org.jdbi.v3.core.Jdbi;

/** Reads the letters readers may see. Writing and deciding belongs to the moderation package. Thread-safe. */
public final class LetterRepository {
    private final Jdbi jdbi;

    public LetterRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The published letters of a conversation, in the order they were written, each with the text
     * as published: the admin's edit when there is one, else the trimmed text.
     */
    public List<PublishedLetter> listPublished(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, author_name, written_at,"
                        + " COALESCE(edited_body, body) AS body FROM letter"
                        + " WHERE conversation_id = :c AND state = 'published' ORDER BY written_at, id")
                .bind("c", conversationId)
                .map((rs, ctx) -> new PublishedLetter(rs.getLong("id"), rs.getString("author_name"),
                        rs.getObject("written_at", OffsetDateTime.class), rs.getString("body")))
                .list());
    }

    /** How many letters of a conversation are published. */
    public int countPublished(long conversationId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM letter WHERE conversation_id = :c AND state = 'published'")
                .bind("c", conversationId).mapTo(Integer.class).one());
    }
}
