package org.mail2blog.moderation;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.PublishedLetter;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;

/** A real queue on a fresh test database with one published conversation, for the decision tests. */
final class DeskFixture implements AutoCloseable {
    final Database db = TestDatabase.open();
    final MessageArchive archive = new MessageArchive(db.jdbi());
    final ModerationQueue queue = TestQueues.moderationQueue(db);
    final LetterDecisions decisions = queue.decisions();
    final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    final Conversation conversation = conversations
            .create(new NewConversation("kompost", "Kompost på gården", "Intro", "", List.of(), true));
    private int mails;

    /** Queues a letter from a mail with that subject; {@code kept} is what the trimmer left. */
    long enqueue(String name, String address, String subject, String kept, Match match) {
        String raw = "Subject: " + subject + "\r\nFrom: " + address + "\r\nX-Nr: " + (++mails) + "\r\n\r\n" + kept;
        long key = archive.archive(new RawMessage(raw.getBytes(StandardCharsets.UTF_8))).key();
        ParsedMessage mail = new ParsedMessage(Optional.of("letter-" + mails + "@example.com"), Optional.empty(),
                List.of(), subject, name, address, List.of(TestQueues.BLOG),
                Optional.of(OffsetDateTime.parse("2011-07-12T08:30:00+02:00")), kept, List.of());
        return queue.enqueue(key, mail, new Trimmed(kept, kept.isEmpty() ? "> bara citat" : "> gammalt"), match);
    }

    /** Queues a letter to the conversation. */
    long matched(String name, String address, String kept) {
        return enqueue(name, address, "Sv: Kompost på gården", kept,
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
    }

    /** Queues a letter that matched no conversation. */
    long unmatched(String name, String address, String subject) {
        return enqueue(name, address, subject, "Hej!", Match.NONE);
    }

    List<PublishedLetter> published() {
        return new LetterRepository(db.jdbi()).listPublished(conversation.id());
    }

    /** One column of the letter's row, as a string (null stays null). */
    String column(long id, String name) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + name + " FROM letter WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
    }

    List<AuditEntry> audit() {
        return new AuditLog(db.jdbi()).newest(100);
    }

    SenderStatus status(String address) {
        return db.jdbi().withHandle(h -> new Senders().status(h, address));
    }

    int outboxSize() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Integer.class).one());
    }

    @Override
    public void close() {
        db.close();
    }
}
