package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;

class ModerationQueueTest {
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db);
    private final LetterRepository letters = new LetterRepository(db.jdbi());
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("t", "Title", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private long enqueue(String raw, ParsedMessage mail, Match match) {
        long key = archive.archive(new RawMessage(raw.getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, mail, new Trimmed("Hej", "> old"), match);
    }

    @Test
    void enqueuedLetterWaitsUntilApproved() {
        long id = enqueue("one", ParsedMessages.from("Åsa", "asa@example.com", "x", "Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(queue.listPending()).extracting(QueueItem::id).containsExactly(id);
        assertThat(letters.listPublished(conversation.id())).isEmpty();

        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.DONE);
        assertThat(queue.listPending()).isEmpty();
        assertThat(letters.listPublished(conversation.id())).singleElement()
                .satisfies(l -> assertThat(l.authorName()).isEqualTo("Åsa"));
    }

    @Test
    void sameStoredMailIsQueuedOnce() {
        long key = archive.archive(new RawMessage("raw".getBytes(StandardCharsets.UTF_8))).key();
        ParsedMessage mail = ParsedMessages.from("Åsa", "asa@example.com", "x", "Hej");
        Match match = Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS);
        long first = queue.enqueue(key, mail, Trimmed.untouched("Hej"), match);
        long second = queue.enqueue(key, mail, Trimmed.untouched("Hej"), match);
        assertThat(second).isEqualTo(first);
        assertThat(queue.listPending()).hasSize(1);
        assertThat(archive.findByKey(key)).hasValueSatisfying(a -> assertThat(a.isDone()).isTrue());
    }

    @Test
    void decidedLetterCannotBeDecidedAgain() {
        long id = enqueue("two", ParsedMessages.from("Åsa", "asa@example.com", "x", "Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        queue.decide(id, Decision.REJECT, "admin");
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.ALREADY_DECIDED);
        assertThat(letters.listPublished(conversation.id())).isEmpty();
    }

    @Test
    void unmatchedLetterCannotBePublished() {
        long id = enqueue("three", ParsedMessages.from("Åsa", "asa@example.com", "x", "Hej"), Match.NONE);
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.UNMATCHED);
        assertThat(queue.findPending(id)).isPresent();
    }

    @Test
    void letterWithNothingLeftAfterTrimmingIsFlaggedAndNotPublishable() {
        long key = archive.archive(new RawMessage("five".getBytes(StandardCharsets.UTF_8))).key();
        long id = queue.enqueue(key, ParsedMessages.from("Åsa", "asa@example.com", "x", "> only a quote"),
                new Trimmed("", "> only a quote"), Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(queue.findPending(id)).hasValueSatisfying(i -> assertThat(i.isEmpty()).isTrue());
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.EMPTY);
        assertThat(queue.decide(id, Decision.REJECT, "admin")).isEqualTo(Outcome.DONE);
    }

    @Test
    void queuedLetterIsAcknowledgedInTheSameTransaction() {
        enqueue("six", ParsedMessages.from("Åsa Öberg", "asa@example.com", "x", "Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(outbox("acknowledgement", "asa@example.com")).isEqualTo(1);
        String raw = db.jdbi().withHandle(h -> new String(h.createQuery("SELECT raw FROM outbox")
                .mapTo(byte[].class).one(), StandardCharsets.UTF_8));
        assertThat(raw).contains("Auto-Submitted: auto-replied").contains("Reply-To: blog+")
                .contains("X-Mail2blog-Loop: blog.example.com").contains("http://blog.example.com/t/t");
    }

    @Test
    void acknowledgementsAreRateLimitedPerSender() {
        for (String raw : List.of("seven", "eight", "nine")) {
            enqueue(raw, ParsedMessages.from("Åsa", "asa@example.com", "x", "Hej"),
                    Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        }
        enqueue("ten", ParsedMessages.from("Nils", "nils@example.com", "x", "Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(outbox("acknowledgement", "asa@example.com")).isEqualTo(1);
        assertThat(outbox("acknowledgement", "nils@example.com")).isEqualTo(1);
    }

    @Test
    void unmatchedOrEmptyLettersAreNotAcknowledged() {
        enqueue("eleven", ParsedMessages.from("Åsa", "asa@example.com", "x", "Hej"), Match.NONE);
        long key = archive.archive(new RawMessage("twelve".getBytes(StandardCharsets.UTF_8))).key();
        queue.enqueue(key, ParsedMessages.from("Nils", "nils@example.com", "x", "> q"), new Trimmed("", "> q"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(outbox("acknowledgement", "asa@example.com") + outbox("acknowledgement", "nils@example.com"))
                .isZero();
    }

    @Test
    void importedLetterIsPublishedAtOnceAndAcknowledgedToNobody() {
        long key = archive.archive(new RawMessage("thirteen".getBytes(StandardCharsets.UTF_8))).key();
        queue.importPublished(key, ParsedMessages.from("Lena", "lena@example.com", "x", "Hej"), Trimmed.untouched("Hej"),
                conversation.id(), "admin");
        assertThat(letters.listPublished(conversation.id())).extracting(l -> l.authorName()).containsExactly("Lena");
        assertThat(queue.listPending()).isEmpty();
        assertThat(outbox("acknowledgement", "lena@example.com")).isZero();
    }

    @Test
    void queuedAndImportedBodiesAreStoredWithoutOurTokensAndPrivateLinks() {
        String quoting = "Jag svarade till blog+k3xm9q2rtv7wzp4nbc8d@example.com och klickade inte på"
                + " http://blog.example.com/unsubscribe/q8w2e4r6t8y2u4i6o8p2.\n\nMvh Åsa";
        long key = archive.archive(new RawMessage("fourteen".getBytes(StandardCharsets.UTF_8))).key();
        long queued = queue.enqueue(key, ParsedMessages.from("Åsa", "asa@example.com", "x", quoting),
                Trimmed.untouched(quoting), Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        long importKey = archive.archive(new RawMessage("fifteen".getBytes(StandardCharsets.UTF_8))).key();
        queue.importPublished(importKey, ParsedMessages.from("Lena", "lena@example.com", "x", quoting),
                Trimmed.untouched(quoting), conversation.id(), "admin");
        String scrubbed = "Jag svarade till [svarsadress] och klickade inte på [länk borttagen].\n\nMvh Åsa";
        assertThat(queue.findPending(queued)).hasValueSatisfying(i -> assertThat(i.body()).isEqualTo(scrubbed));
        assertThat(letters.listPublished(conversation.id())).extracting(l -> l.body()).containsExactly(scrubbed);
    }

    @Test
    void adminSetsThePublicNameOfAPendingOrPublishedLetter() {
        long id = enqueue("fourteen", ParsedMessages.from("asa.oberg", "asa@example.com", "x", "Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(queue.rename(id, "  Åsa Öberg ", "admin")).isEqualTo(Outcome.DONE);
        queue.decide(id, Decision.APPROVE, "admin");
        assertThat(queue.rename(id, "Åsa Ö.", "admin")).isEqualTo(Outcome.DONE);
        assertThat(letters.listPublished(conversation.id())).extracting(l -> l.authorName()).containsExactly("Åsa Ö.");
        assertThat(queue.rename(id, " ", "admin")).isEqualTo(Outcome.INVALID);
        assertThat(queue.rename(id, "Two\nlines", "admin")).isEqualTo(Outcome.INVALID);
        assertThat(queue.rename(999, "Name", "admin")).isEqualTo(Outcome.NOT_FOUND);
    }

    private int outbox(String kind, String recipient) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE kind = :k AND recipient = :r")
                .bind("k", kind).bind("r", recipient).mapTo(Integer.class).one());
    }

    @Test
    void unknownLetterIsNotFound() {
        assertThat(queue.decide(999, Decision.APPROVE, "admin")).isEqualTo(Outcome.NOT_FOUND);
    }

    @Test
    void senderWithoutDisplayNameGetsTheAnonymousName() {
        long id = enqueue("four", ParsedMessages.from("", "x@example.com", "x", "Hej"),
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(queue.findPending(id)).hasValueSatisfying(i -> assertThat(i.fromName()).isEqualTo("Anonym"));
    }
}
