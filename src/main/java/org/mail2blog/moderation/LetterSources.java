package org.mail2blog.moderation;

import java.util.Arrays;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/** Finds the {@link LetterSource} of a letter, for the admin's view of the queue. Thread-safe. */
public final class LetterSources {
    private final Jdbi jdbi;

    public LetterSources(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The source of letter {@code letterId}, whatever its state; empty for an unknown id. */
    public Optional<LetterSource> find(long letterId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT l.message_key, l.source_index, l.warnings, m.size_bytes"
                        + " FROM letter l JOIN message m ON m.id = l.message_key WHERE l.id = :id")
                .bind("id", letterId)
                .map((rs, ctx) -> new LetterSource(rs.getLong("message_key"), rs.getInt("source_index"),
                        Arrays.stream(rs.getString("warnings").split("\n")).filter(w -> !w.isBlank()).toList(),
                        rs.getLong("size_bytes")))
                .findOne());
    }
}
