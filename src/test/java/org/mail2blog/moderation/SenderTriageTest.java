package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.LetterRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;
import org.mail2blog.trust.AuthStatus;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;

/** What the sender's standing and the mail's authentication make of a letter when it is queued, on a real H2. */
class SenderTriageTest {
    private static final String ADMIN = "redaktor@example.com";
    private static final String INGRID = "ingrid.holm@example.com";
    private static final String ALIGNED = "mx.blog.example; dkim=pass header.d=example.com header.s=s1";
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db, List.of(ADMIN), List.of("mx.blog.example"));
    private final LetterRepository letters = new LetterRepository(db.jdbi());
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("cykel", "Cykelförrådet", "Intro", "", List.of(), true));
    private final Match byReplyAddress = Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS);

    @AfterEach
    void close() {
        db.close();
    }

    private void mark(String address, SenderStatus status) {
        db.jdbi().useTransaction(h -> new Senders().set(h, address, status, "admin"));
    }

    private long enqueue(String text, Trimmed trimmed, Match match, String... authenticationResults) {
        ParsedMessage base = ParsedMessages.from("Ingrid Holm", INGRID, "blog@example.com", text);
        ParsedMessage mail = new ParsedMessage(base.messageId(), base.inReplyTo(), base.references(), base.subject(),
                base.fromName(), base.fromAddress(), base.recipients(), base.date(), base.text(), base.warnings(),
                List.of(authenticationResults));
        long key = archive.archive(new RawMessage((text + System.nanoTime()).getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, mail, trimmed, match);
    }

    private long enqueue(Match match, String... authenticationResults) {
        return enqueue("Hej!\n\nCyklarna står i förrådet.\n\nMvh Ingrid", Trimmed.untouched("Hej!\n\nMvh Ingrid"),
                match, authenticationResults);
    }

    private Map<String, Object> row(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT state, decided_by FROM letter WHERE id = :id")
                .bind("id", id).mapToMap().one());
    }

    private List<AuditEntry> audit() {
        return new AuditLog(db.jdbi()).newest(10);
    }

    private int mails(String kind, String to) {
        return OutboxMails.of(db, kind, to).size();
    }

    @Test
    void bannedSendersLetterIsStoredAsSpamAndNobodyIsTold() {
        mark(INGRID, SenderStatus.BANNED);
        long id = enqueue(byReplyAddress, ALIGNED);
        assertThat(row(id)).containsEntry("state", "spam").containsEntry("decided_by", "ban");
        assertThat(queue.listPending()).isEmpty();
        assertThat(mails("acknowledgement", INGRID) + mails("pending", ADMIN)).isZero();
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo("mail2blog");
            assertThat(e.action()).isEqualTo("spam");
            assertThat(e.target()).isEqualTo("letter " + id);
            assertThat(e.detail()).contains(INGRID).contains("banned");
        });
    }

    @Test
    void trustedSendersAuthenticatedLetterIsPublishedAsByAnApproval() {
        mark(INGRID, SenderStatus.TRUSTED);
        long id = enqueue(byReplyAddress, ALIGNED);
        assertThat(row(id)).containsEntry("state", "published").containsEntry("decided_by", "trust");
        assertThat(letters.listPublished(conversation.id())).singleElement()
                .satisfies(l -> assertThat(l.authorName()).isEqualTo("Ingrid Holm"));
        assertThat(queue.listPending()).isEmpty();
        assertThat(mails("published", INGRID)).isEqualTo(1);
        assertThat(mails("acknowledgement", INGRID) + mails("pending", ADMIN)).isZero();
        assertThat(audit()).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("auto-approve");
            assertThat(e.detail()).contains("DKIM pass for example.com aligns with From example.com");
        });
    }

    @Test
    void trustedSendersUnauthenticatedLetterWaitsFlaggedAndTheAdminIsWarned() {
        mark(INGRID, SenderStatus.TRUSTED);
        long id = enqueue(byReplyAddress, "mx.attacker.example; dkim=pass header.d=example.com");
        QueueItem item = queue.findPending(id).orElseThrow();
        assertThat(item.isTrustUnverified()).isTrue();
        assertThat(item.authentication().status()).isEqualTo(AuthStatus.NONE);
        assertThat(item.authentication().explanation()).contains("mx.attacker.example");
        assertThat(letters.listPublished(conversation.id())).isEmpty();
        assertThat(mails("acknowledgement", INGRID)).isEqualTo(1);
        String notice = OutboxMails.text(OutboxMails.of(db, "pending", ADMIN).get(0));
        assertThat(notice).contains("Utger sig för att vara en betrodd avsändare, men brevet är inte autentiserat")
                .contains("No Authentication-Results from mx.blog.example");
        assertThat(audit()).isEmpty();
    }

    @Test
    void ordinarySendersLetterWaitsWithItsVerdictAndNoWarning() {
        long id = enqueue(byReplyAddress, ALIGNED);
        QueueItem item = queue.findPending(id).orElseThrow();
        assertThat(item.authentication().status()).isEqualTo(AuthStatus.PASS);
        assertThat(item.authentication().explanation()).startsWith("DKIM pass for example.com");
        assertThat(item.isTrustUnverified()).isFalse();
        assertThat(OutboxMails.text(OutboxMails.of(db, "pending", ADMIN).get(0))).doesNotContain("betrodd");
    }

    @Test
    void trustedSendersAuthenticatedLetterWaitsWhenUnmatched() {
        mark(INGRID, SenderStatus.TRUSTED);
        long id = enqueue(Match.NONE, ALIGNED);
        assertThat(queue.findPending(id)).hasValueSatisfying(i -> assertThat(i.isTrustUnverified()).isFalse());
    }

    @Test
    void trustedSendersAuthenticatedLetterWaitsWhenEmptyAfterTrimming() {
        mark(INGRID, SenderStatus.TRUSTED);
        long id = enqueue("> bara citat", new Trimmed("", "> bara citat"), byReplyAddress, ALIGNED);
        assertThat(queue.findPending(id)).isPresent();
        assertThat(letters.listPublished(conversation.id())).isEmpty();
    }

    @Test
    void trustedSendersAuthenticatedLetterWaitsWhenMatchedOnlyBySubjectOrSentToSomeoneElsesAddress() {
        mark(INGRID, SenderStatus.TRUSTED);
        long guessed = enqueue(Match.of(conversation.id(), MatchedBy.SUBJECT_GUESS), ALIGNED);
        long mismatched = enqueue(Match.senderMismatch(conversation.id()), ALIGNED);
        assertThat(queue.listPending()).extracting(QueueItem::id).containsExactly(guessed, mismatched);
    }

    @Test
    void withoutTrustedAuthservIdsATrustedSenderAlwaysWaits() {
        ModerationQueue unconfigured = TestQueues.moderationQueue(db);
        mark(INGRID, SenderStatus.TRUSTED);
        ParsedMessage mail = ParsedMessages.from("Ingrid Holm", INGRID, "blog@example.com", "Hej");
        long key = archive.archive(new RawMessage("unconfigured".getBytes(StandardCharsets.UTF_8))).key();
        long id = unconfigured.enqueue(key, mail, Trimmed.untouched("Hej"), byReplyAddress);
        assertThat(unconfigured.findPending(id)).hasValueSatisfying(i -> {
            assertThat(i.authentication().status()).isEqualTo(AuthStatus.UNCONFIGURED);
            assertThat(i.isTrustUnverified()).isTrue();
        });
    }

    @Test
    void redeliveredMailOfATrustedSenderIsPublishedOnce() {
        mark(INGRID, SenderStatus.TRUSTED);
        ParsedMessage base = ParsedMessages.from("Ingrid Holm", INGRID, "blog@example.com", "Hej");
        ParsedMessage mail = new ParsedMessage(base.messageId(), base.inReplyTo(), base.references(), base.subject(),
                base.fromName(), base.fromAddress(), base.recipients(), base.date(), base.text(), base.warnings(),
                List.of(ALIGNED));
        long key = archive.archive(new RawMessage("twice".getBytes(StandardCharsets.UTF_8))).key();
        long first = queue.enqueue(key, mail, Trimmed.untouched("Hej"), byReplyAddress);
        long second = queue.enqueue(key, mail, Trimmed.untouched("Hej"), byReplyAddress);
        assertThat(second).isEqualTo(first);
        assertThat(letters.listPublished(conversation.id())).hasSize(1);
        assertThat(mails("published", INGRID)).isEqualTo(1);
    }
}
