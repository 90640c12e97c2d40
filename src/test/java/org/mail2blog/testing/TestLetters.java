package org.mail2blog.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mail2blog.app.Database;
import org.mail2blog.blog.Slugs;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.Outcome;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;

/** Letters of a conversation on a test database, queued through the real moderation queue. */
public final class TestLetters {
    private final MessageArchive archive;
    private final ModerationQueue queue;

    public TestLetters(Database db) {
        this.archive = new MessageArchive(db.jdbi());
        this.queue = TestQueues.moderationQueue(db);
    }

    public ModerationQueue queue() {
        return queue;
    }

    /** A pending letter from {@code name}, written at {@code writtenAt} (ISO-8601 with offset). */
    public long pending(long conversationId, String name, String writtenAt, String body) {
        ParsedMessage mail = new ParsedMessage(Optional.of("id-" + System.nanoTime() + "@example.com"),
                Optional.empty(), List.of(), "Sv: brevet", name, address(name),
                List.of("blog@example.com"), Optional.of(OffsetDateTime.parse(writtenAt)), body, List.of());
        long key = archive.archive(new RawMessage((name + writtenAt + body + System.nanoTime())
                .getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, mail, Trimmed.untouched(body), Match.of(conversationId, MatchedBy.REPLY_ADDRESS));
    }

    /** The sender address of a test letter: the name in ASCII, {@code Åsa Öberg} writes from {@code asa.oberg@example.com}. */
    public static String address(String name) {
        return Slugs.of(name).replace('-', '.') + "@example.com";
    }

    /** A letter from {@code name}, approved at once. */
    public long published(long conversationId, String name, String writtenAt, String body) {
        long id = pending(conversationId, name, writtenAt, body);
        if (queue.decide(id, Decision.APPROVE, "admin") != Outcome.DONE) {
            throw new AssertionError("letter " + id + " could not be approved");
        }
        return id;
    }
}
