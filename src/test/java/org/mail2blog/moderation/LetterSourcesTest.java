package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParseWarning;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.trim.Trimmed;

class LetterSourcesTest {
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db);
    private final LetterSources sources = new LetterSources(db.jdbi());

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsTheStoredMailItsSizeAndTheWarnings() {
        byte[] raw = "Subject: Hej\r\n\r\nHej då, säger jag.".getBytes(StandardCharsets.UTF_8);
        long key = archive.archive(new RawMessage(raw)).key();
        ParsedMessage plain = ParsedMessages.from("Åsa", "asa@example.com", "blog@example.com", "Hej");
        ParsedMessage mail = new ParsedMessage(plain.messageId(), plain.inReplyTo(), plain.references(),
                plain.subject(), plain.fromName(), plain.fromAddress(), plain.recipients(), plain.date(), plain.text(),
                List.of(new ParseWarning("date-missing", "Date header missing")));
        long letter = queue.enqueue(key, mail, new Trimmed("Hej", "", java.util.Optional.of("trimmer failed: x")),
                Match.NONE);

        assertThat(sources.find(letter)).contains(new LetterSource(key, 0,
                List.of("date-missing: Date header missing", "trim: trimmer failed: x"), raw.length));
    }

    @Test
    void unknownLetterHasNoSource() {
        assertThat(sources.find(404)).isEmpty();
    }
}
