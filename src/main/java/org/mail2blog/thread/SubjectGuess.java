package org.mail2blog.thread;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.mail2blog.mime.ParsedMessage;

/**
 * The last resort of matching: a mail whose subject, without reply prefixes and tags ({@link
 * Subjects}), equals the title of exactly one published conversation that was active recently (it
 * was published, or a letter of it arrived, within the window). Readers often answer a notification
 * from a new mail, or copy the title; an old or ambiguous title is never guessed. A guess only
 * files the letter under the conversation for the admin to check; it is never published on its own.
 * Thread-safe.
 */
public final class SubjectGuess {
    private final Jdbi jdbi;
    private final Duration window;

    /** @param window how far back a conversation counts as active; zero turns guessing off */
    public SubjectGuess(Jdbi jdbi, Duration window) {
        this.jdbi = jdbi;
        this.window = window;
    }

    /** The one recently active published conversation whose title the subject names; else empty. */
    public Optional<Match> guess(ParsedMessage mail) {
        String key = Subjects.key(mail.subject());
        if (key.isEmpty() || window.isZero()) {
            return Optional.empty();
        }
        List<Long> matching = activeTitles().stream().filter(t -> key.equals(Subjects.key(t.title())))
                .map(Title::conversationId).toList();
        return matching.size() == 1 ? Optional.of(Match.of(matching.get(0), MatchedBy.SUBJECT_GUESS))
                : Optional.empty();
    }

    private List<Title> activeTitles() {
        return jdbi.withHandle(h -> h.createQuery("SELECT c.id, c.title FROM conversation c"
                        + " WHERE c.published_at IS NOT NULL AND (c.published_at >= :since OR EXISTS ("
                        + "SELECT 1 FROM letter l JOIN message m ON m.id = l.message_key"
                        + " WHERE l.conversation_id = c.id AND l.state <> 'rejected' AND m.received_at >= :since))")
                .bind("since", OffsetDateTime.now().minus(window))
                .map((rs, ctx) -> new Title(rs.getLong("id"), rs.getString("title"))).list());
    }

    private record Title(long conversationId, String title) {
    }
}
