package org.mail2blog.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestLetters;
import org.mail2blog.testing.TestQueues;

class DataVersionTest {
    private final Database db = TestDatabase.open();
    private final DataVersion version = DataVersion.watch(db.jdbi());
    private final ConversationRepository conversations = new ConversationRepository(db.jdbi());
    private final Conversation conversation = conversations
            .create(new NewConversation("kompost", "Kompost på gården", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void approvingALetterMovesTheVersion() {
        long letter = new TestLetters(db).pending(conversation.id(), "Åsa Öberg", "2011-07-12T10:00:00+02:00",
                "Jag vänder komposten varje vår.");
        ModerationQueue queue = TestQueues.moderationQueue(db);
        long before = version.current();

        queue.decisions().approve(letter, false, "admin");

        assertThat(version.current()).isGreaterThan(before);
        assertThat(new LetterRepository(db.jdbi()).listPublished(conversation.id())).hasSize(1);
    }

    @Test
    void readingDoesNotMoveTheVersion() {
        long before = version.current();

        conversations.listPublished();
        conversations.findBySlug("kompost");

        assertThat(version.current()).isEqualTo(before);
    }

    @Test
    void aTransactionMovesTheVersionAgainWhenItCommits() {
        long[] insideAfterWrite = new long[1];
        db.jdbi().useTransaction(h -> {
            h.createUpdate("UPDATE conversation SET title = 'Kompost i staden' WHERE id = :id")
                    .bind("id", conversation.id()).execute();
            insideAfterWrite[0] = version.current();
        });

        assertThat(version.current()).isGreaterThan(insideAfterWrite[0]);
    }

    @Test
    void selectsAreReadsAndEverythingElseIsAWrite() {
        assertThat(DataVersion.isWrite("  select * from letter")).isFalse();
        assertThat(DataVersion.isWrite("-- newest first\nSELECT id FROM letter")).isFalse();
        assertThat(DataVersion.isWrite("/* edit */ UPDATE letter SET body = 'x'")).isTrue();
        assertThat(DataVersion.isWrite("MERGE INTO conversation KEY (id) VALUES (1)")).isTrue();
        assertThat(DataVersion.isWrite("DELETE FROM letter")).isTrue();
    }
}
