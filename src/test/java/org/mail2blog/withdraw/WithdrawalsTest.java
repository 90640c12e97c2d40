package org.mail2blog.withdraw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.moderation.Outcome;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.withdraw.Withdrawals;
import org.mail2blog.withdraw.WithdrawOutcome;
import org.mail2blog.withdraw.Withdrawable;

class WithdrawalsTest {
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db);
    private final Withdrawals withdrawals = new Withdrawals(db.jdbi());
    private final LetterRepository letters = new LetterRepository(db.jdbi());
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("t", "Titel", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private long enqueue(String raw) {
        long key = archive.archive(new RawMessage(raw.getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, ParsedMessages.from("Åsa Öberg", "asa@example.com", "x", "Hej"),
                new Trimmed("Hej!\n\nMvh Åsa", "> old"), Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
    }

    private String tokenOf(long letterId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT withdraw_token FROM letter WHERE id = :id")
                .bind("id", letterId).mapTo(String.class).one());
    }

    @Test
    void everyEnqueuedLetterGetsItsOwnWellFormedToken() {
        String first = tokenOf(enqueue("one"));
        String second = tokenOf(enqueue("two"));
        assertThat(first).isNotEqualTo(second).hasSize(32);
        assertThat(Withdrawals.isWellFormed(first)).isTrue();
    }

    @Test
    void tokenFindsTheLetterAsItsWriterSeesIt() {
        long id = enqueue("three");
        assertThat(withdrawals.findByToken(tokenOf(id))).hasValueSatisfying(l -> {
            assertThat(l.letterId()).isEqualTo(id);
            assertThat(l.state()).isEqualTo(Withdrawable.LetterStatus.PENDING);
            assertThat(l.authorName()).isEqualTo("Åsa Öberg");
            assertThat(l.body()).isEqualTo("Hej!\n\nMvh Åsa");
            assertThat(l.conversationSlug()).hasValue("t");
            assertThat(l.conversationTitle()).hasValue("Titel");
            assertThat(l.isGone()).isFalse();
        });
    }

    @Test
    void pendingLetterWithdrawnLeavesTheQueueAndCannotBeApproved() {
        long id = enqueue("four");
        assertThat(withdrawals.withdraw(tokenOf(id))).isEqualTo(WithdrawOutcome.WITHDRAWN);
        assertThat(queue.listPending()).isEmpty();
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.ALREADY_DECIDED);
        assertThat(letters.listPublished(conversation.id())).isEmpty();
    }

    @Test
    void publishedLetterWithdrawnLeavesThePageAndTheCount() {
        long id = enqueue("five");
        queue.decide(id, Decision.APPROVE, "admin");
        assertThat(letters.countPublished(conversation.id())).isEqualTo(1);
        assertThat(withdrawals.withdraw(tokenOf(id))).isEqualTo(WithdrawOutcome.WITHDRAWN);
        assertThat(letters.listPublished(conversation.id())).isEmpty();
        assertThat(letters.countPublished(conversation.id())).isZero();
    }

    @Test
    void withdrawalRecordsTheSenderTheMomentAndTheFormerState() {
        long id = enqueue("six");
        queue.decide(id, Decision.APPROVE, "admin");
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        withdrawals.withdraw(tokenOf(id));
        db.jdbi().useHandle(h -> h.createQuery("SELECT state, decided_by, decided_at, withdrawn_from FROM letter"
                + " WHERE id = :id").bind("id", id).map((rs, ctx) -> {
                    assertThat(rs.getString("state")).isEqualTo("withdrawn");
                    assertThat(rs.getString("decided_by")).isEqualTo(Withdrawals.SENDER);
                    assertThat(rs.getObject("decided_at", OffsetDateTime.class)).isAfter(before);
                    assertThat(rs.getString("withdrawn_from")).isEqualTo("published");
                    return true;
                }).one());
    }

    @Test
    void secondWithdrawalFindsTheLetterGone() {
        String token = tokenOf(enqueue("seven"));
        withdrawals.withdraw(token);
        assertThat(withdrawals.withdraw(token)).isEqualTo(WithdrawOutcome.ALREADY_GONE);
        assertThat(withdrawals.findByToken(token)).hasValueSatisfying(l -> assertThat(l.isGone()).isTrue());
    }

    @Test
    void rejectedLetterIsGoneAndStaysRejected() {
        long id = enqueue("eight");
        queue.decide(id, Decision.REJECT, "admin");
        assertThat(withdrawals.withdraw(tokenOf(id))).isEqualTo(WithdrawOutcome.ALREADY_GONE);
        assertThat(withdrawals.findByToken(tokenOf(id)))
                .hasValueSatisfying(l -> assertThat(l.state()).isEqualTo(Withdrawable.LetterStatus.REJECTED));
    }

    @Test
    void unknownOrMalformedTokenFindsNothing() {
        enqueue("nine");
        assertThat(withdrawals.findByToken("abcdefghijkmnpqrstuvwxyz23456789")).isEmpty();
        assertThat(withdrawals.withdraw("abcdefghijkmnpqrstuvwxyz23456789")).isEqualTo(WithdrawOutcome.NOT_FOUND);
        assertThat(withdrawals.findByToken("' OR 1=1 --")).isEmpty();
        assertThat(withdrawals.findByToken("")).isEmpty();
    }

    @Test
    void acknowledgementCarriesTheLettersWithdrawLink() {
        long id = enqueue("ten");
        String raw = db.jdbi().withHandle(h -> new String(h.createQuery("SELECT raw FROM outbox")
                .mapTo(byte[].class).one(), StandardCharsets.UTF_8));
        assertThat(raw.replaceAll("=\r?\n", "")).contains(TestQueues.BASE_URL + "/withdraw/" + tokenOf(id));
    }
}
