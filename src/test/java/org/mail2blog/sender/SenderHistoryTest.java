package org.mail2blog.sender;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.SenderHistory;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.ModerationQueue;

class SenderHistoryTest {
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db);
    private final SenderHistory history = new SenderHistory(db.jdbi());
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("t", "Källsortering", "Intro", "", List.of(), true));
    private int mails;

    @AfterEach
    void close() {
        db.close();
    }

    private long letterFrom(String address) {
        long key = archive.archive(new RawMessage(("mail " + mails++).getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, ParsedMessages.from("Åsa Öberg", address, "blog@example.com", "Hej!"),
                Trimmed.untouched("Hej!"), Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
    }

    private void markSpam(long letter) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE letter SET state = 'spam' WHERE id = :id")
                .bind("id", letter).execute());
    }

    @Test
    void countsPublishedRejectedAndSpamLettersOfTheAddress() {
        queue.decide(letterFrom("asa@example.com"), Decision.APPROVE, "admin");
        queue.decide(letterFrom("asa@example.com"), Decision.APPROVE, "admin");
        queue.decide(letterFrom("asa@example.com"), Decision.REJECT, "admin");
        markSpam(letterFrom("asa@example.com"));
        letterFrom("asa@example.com");

        assertThat(history.of("asa@example.com")).isEqualTo(new SenderHistory.Counts(2, 1, 1));
    }

    @Test
    void otherAddressesDoNotCount() {
        queue.decide(letterFrom("bo@example.com"), Decision.APPROVE, "admin");

        assertThat(history.of("asa@example.com").isFirst()).isTrue();
    }

    @Test
    void addressIsComparedWithoutRegardToCase() {
        queue.decide(letterFrom("asa@example.com"), Decision.REJECT, "admin");

        assertThat(history.of(" Asa@Example.COM")).isEqualTo(new SenderHistory.Counts(0, 1, 0));
    }

    @Test
    void aPendingLetterIsNoHistoryYet() {
        letterFrom("asa@example.com");

        assertThat(history.of("asa@example.com").isFirst()).isTrue();
    }

    @Test
    void countsEveryDecidedSenderInOneGoAndNobodyElse() {
        queue.decide(letterFrom("Asa@Example.com"), Decision.APPROVE, "admin");
        markSpam(letterFrom("olle@example.com"));
        queue.decide(letterFrom("bo@example.com"), Decision.APPROVE, "admin");
        db.jdbi().useTransaction(h -> {
            new Senders().set(h, "asa@example.com", SenderStatus.TRUSTED, "admin");
            new Senders().set(h, "olle@example.com", SenderStatus.BANNED, "admin");
            new Senders().set(h, "ny@example.com", SenderStatus.BANNED, "admin");
        });

        assertThat(history.ofDecidedSenders()).containsOnly(
                Map.entry("asa@example.com", new SenderHistory.Counts(1, 0, 0)),
                Map.entry("olle@example.com", new SenderHistory.Counts(0, 0, 1)),
                Map.entry("ny@example.com", new SenderHistory.Counts(0, 0, 0)));
    }
}
