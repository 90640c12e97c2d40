package org.mail2blog.moderation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jdbi.v3.core.Handle;

/**
 * Records the letters of a forwarded exchange as published letters of a conversation, the way
 * {@link ModerationQueue#importPublished} records a letter the admin chose to publish as it is. They
 * have no mail of their own: each refers to the forwarding mail's stored message and is told apart
 * by its place in the exchange ({@code source_index} 1, 2, … oldest first). Nobody is acknowledged.
 * Thread-safe.
 */
public final class EmbeddedLetters {
    private final String anonymousName;

    /** @param anonymousName the public name of a writer the quoting client printed no name for */
    public EmbeddedLetters(String anonymousName) {
        this.anonymousName = anonymousName;
    }

    /**
     * Inserts the letters, published, inside the caller's transaction.
     *
     * @param admin who published them (stored as the decider)
     * @return the letters' ids, in the order given
     */
    public List<Long> importPublished(Handle h, long messageKey, List<ImportedLetter> letters, long conversationId,
                                      String admin) {
        OffsetDateTime now = OffsetDateTime.now();
        List<Long> ids = new ArrayList<>();
        for (ImportedLetter letter : letters) {
            ids.add(h.createUpdate("INSERT INTO letter (message_key, source_index, conversation_id, matched_by,"
                            + " author_name, author_address, subject, written_at, body, removed, warnings, state,"
                            + " decided_at, decided_by) VALUES (:key, :index, :conv, 'ADMIN', :name, :address, '',"
                            + " :at, :body, '', '', 'published', :now, :by)")
                    .bind("key", messageKey).bind("index", ids.size() + 1).bind("conv", conversationId)
                    .bind("name", publicName(letter)).bind("address", letter.authorAddress())
                    .bind("at", letter.writtenAt()).bind("body", letter.body()).bind("now", now).bind("by", admin)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        }
        return ids;
    }

    private String publicName(ImportedLetter letter) {
        return letter.authorName().isBlank() ? anonymousName : letter.authorName().strip();
    }
}
