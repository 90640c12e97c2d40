package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.blog.PublishedLetter;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.follow.CameBy;
import org.mail2blog.follow.FollowerRepository;
import org.mail2blog.notify.ConversationNotifier;
import org.mail2blog.notify.MailComposer;
import org.mail2blog.notify.MailTemplates;
import org.mail2blog.notify.Outbox;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.audit.AuditLog;
import org.mail2blog.audit.AuditEntry;
import org.mail2blog.sender.Senders;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.withdraw.Withdrawals;

/** Approve (and trust), edit then approve, spam, bulk: what each decision changes, keeps and refuses. */
class LetterDecisionsTest {
    private static final String ASA = "asa.oberg@example.com";
    private final DeskFixture desk = new DeskFixture();
    private final LetterDecisions decisions = desk.decisions;

    @AfterEach
    void close() {
        desk.close();
    }

    @Nested
    class Approve {
        @Test
        void publishesTheLetterAndRecordsWhoDidIt() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!\n\nVi komposterar.");
            assertThat(decisions.approve(id, false, "redaktor")).isEqualTo(Outcome.DONE);
            assertThat(desk.published()).extracting(PublishedLetter::body).containsExactly("Hej!\n\nVi komposterar.");
            assertThat(desk.column(id, "decided_by")).isEqualTo("redaktor");
            assertThat(desk.audit()).singleElement().satisfies(e -> assertThat(e)
                    .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target, AuditEntry::detail)
                    .containsExactly("redaktor", "approve", "letter " + id, ""));
            assertThat(desk.status(ASA)).isEqualTo(SenderStatus.ORDINARY);
        }

        @Test
        void withTrustTheSenderIsTrustedInTheSameDecision() {
            long id = desk.matched("Åsa Öberg", "Asa.Oberg@Example.com", "Hej!");
            assertThat(decisions.approve(id, true, "redaktor")).isEqualTo(Outcome.DONE);
            assertThat(desk.published()).hasSize(1);
            assertThat(desk.status(ASA)).isEqualTo(SenderStatus.TRUSTED);
            assertThat(desk.audit()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("approve-and-trust");
                assertThat(e.detail()).contains("Asa.Oberg@Example.com");
            });
        }

        @Test
        void aRefusedApprovalTrustsNobodyAndLeavesNoEntry() {
            long id = desk.unmatched("Åsa Öberg", ASA, "Kompost");
            assertThat(decisions.approve(id, true, "redaktor")).isEqualTo(Outcome.UNMATCHED);
            assertThat(desk.status(ASA)).isEqualTo(SenderStatus.ORDINARY);
            assertThat(desk.column(id, "state")).isEqualTo("pending");
            assertThat(desk.audit()).isEmpty();
        }

        @Test
        void aLetterWithNothingLeftCannotBePublished() {
            long id = desk.matched("Åsa Öberg", ASA, "");
            assertThat(decisions.approve(id, false, "redaktor")).isEqualTo(Outcome.EMPTY);
            assertThat(desk.published()).isEmpty();
        }

        @Test
        void aDecidedOrUnknownLetterTakesNoSecondDecision() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!");
            decisions.reject(id, "", "redaktor");
            assertThat(decisions.approve(id, false, "redaktor")).isEqualTo(Outcome.ALREADY_DECIDED);
            assertThat(decisions.approve(id + 100, false, "redaktor")).isEqualTo(Outcome.NOT_FOUND);
            assertThat(desk.published()).isEmpty();
            assertThat(desk.audit()).extracting(AuditEntry::action).containsExactly("reject");
        }
    }

    @Nested
    class EditThenApprove {
        @Test
        void readersGetTheEditedTextWhileTheTrimmedTextAndTheMailAreKept() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!\n\nVi komposterar.\nSkickat från min iPhone");
            byte[] raw = desk.archive.findByKey(messageKey(id)).orElseThrow().raw();
            assertThat(decisions.editAndApprove(id, "Hej!\r\n\r\nVi komposterar på gården.\r\n", "redaktor"))
                    .isEqualTo(Outcome.DONE);
            assertThat(desk.published()).extracting(PublishedLetter::body)
                    .containsExactly("Hej!\n\nVi komposterar på gården.");
            assertThat(desk.column(id, "body")).isEqualTo("Hej!\n\nVi komposterar.\nSkickat från min iPhone");
            assertThat(desk.column(id, "edited_by")).isEqualTo("redaktor");
            assertThat(desk.archive.findByKey(messageKey(id)).orElseThrow().raw()).isEqualTo(raw);
            assertThat(desk.audit()).singleElement().satisfies(e -> assertThat(e.action())
                    .isEqualTo("edit-and-approve"));
        }

        @Test
        void followersAreMailedTheEditedText() throws Exception {
            desk.db.jdbi().useTransaction(h -> new FollowerRepository(desk.db.jdbi())
                    .follow(h, desk.conversation.id(), "nils.berg@example.com", CameBy.PAGE));
            long id = desk.matched("Åsa Öberg", ASA, "Hej!\n\nVi komposterar ej.");
            decisions.editAndApprove(id, "Hej!\n\nVi komposterar.", "redaktor");
            String mail = OutboxMails.text(OutboxMails.of(desk.db, "new-letter", "nils.berg@example.com").get(0));
            assertThat(mail).contains("Vi komposterar.").doesNotContain("ej.");
        }

        @Test
        void theWithdrawPageShowsTheTextAsPublished() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!\n\nFel.");
            decisions.editAndApprove(id, "Hej!\n\nRätt.", "redaktor");
            String token = desk.column(id, "withdraw_token");
            assertThat(new Withdrawals(desk.db.jdbi()).findByToken(token))
                    .hasValueSatisfying(w -> assertThat(w.body()).isEqualTo("Hej!\n\nRätt."));
        }

        @Test
        void ourOwnTokensAreTakenOutOfTheEditToo() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!");
            decisions.editAndApprove(id, "Jag svarade till blog+k3xm9q2rtv7wzp4nbc8d@example.com.", "redaktor");
            assertThat(desk.published()).extracting(PublishedLetter::body)
                    .containsExactly("Jag svarade till [svarsadress].");
        }

        @Test
        void aBlankEditIsRefusedAndTheLetterWaits() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!");
            assertThat(decisions.editAndApprove(id, " \r\n\t ", "redaktor")).isEqualTo(Outcome.INVALID);
            assertThat(decisions.editAndApprove(id, "x".repeat(LetterDecisions.MAX_EDIT_LENGTH + 1), "redaktor"))
                    .isEqualTo(Outcome.INVALID);
            assertThat(desk.column(id, "state")).isEqualTo("pending");
            assertThat(desk.column(id, "edited_body")).isNull();
            assertThat(desk.audit()).isEmpty();
        }

        @Test
        void anUnmatchedOrEmptyLetterIsNotPublishedByAnEdit() {
            long unmatched = desk.unmatched("Åsa Öberg", ASA, "Kompost");
            long empty = desk.matched("Nils Berg", "nils.berg@example.com", "");
            assertThat(decisions.editAndApprove(unmatched, "Hej!", "redaktor")).isEqualTo(Outcome.UNMATCHED);
            assertThat(decisions.editAndApprove(empty, "Hej!", "redaktor")).isEqualTo(Outcome.EMPTY);
            assertThat(desk.column(unmatched, "edited_body")).isNull();
            assertThat(desk.column(empty, "edited_body")).isNull();
        }
    }

    @Nested
    class Spam {
        @Test
        void setsTheLetterAsideSilentlyAndBansItsSender() {
            long id = desk.matched("Spam Bot", "offers@example.com", "Köp billiga klockor!");
            int mailsBefore = desk.outboxSize();
            assertThat(decisions.spam(id, "redaktor")).isEqualTo(Outcome.DONE);
            assertThat(desk.column(id, "state")).isEqualTo("spam");
            assertThat(desk.status("offers@example.com")).isEqualTo(SenderStatus.BANNED);
            assertThat(desk.outboxSize()).isEqualTo(mailsBefore);
            assertThat(desk.queue.listPending()).isEmpty();
            assertThat(desk.audit()).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("spam-and-ban"));
        }

        @Test
        void aDecidedLetterIsNotSpamAndBansNobody() {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!");
            decisions.approve(id, false, "redaktor");
            assertThat(decisions.spam(id, "redaktor")).isEqualTo(Outcome.ALREADY_DECIDED);
            assertThat(desk.status(ASA)).isEqualTo(SenderStatus.ORDINARY);
            assertThat(desk.column(id, "state")).isEqualTo("published");
        }
    }

    @Nested
    class Bulk {
        @Test
        void eachLetterIsDecidedOnItsOwn() {
            long good = desk.matched("Åsa Öberg", ASA, "Hej!");
            long unmatched = desk.unmatched("Nils Berg", "nils.berg@example.com", "Kompost");
            long alsoGood = desk.matched("Lena Ek", "lena.ek@example.com", "Hallå!");
            BulkOutcome bulk = decisions.decideAll(List.of(good, unmatched, good, 999L, alsoGood), Decision.APPROVE,
                    "redaktor");
            assertThat(bulk.done()).containsExactly(good, alsoGood);
            assertThat(bulk.refused()).containsExactly(Map.entry(unmatched, Outcome.UNMATCHED),
                    Map.entry(999L, Outcome.NOT_FOUND));
            assertThat(desk.published()).hasSize(2);
            assertThat(desk.audit()).extracting(AuditEntry::action).containsExactly("approve", "approve");
        }

        @Test
        void aBulkRejectionMailsNobody() {
            long one = desk.matched("Åsa Öberg", ASA, "Hej!");
            long two = desk.unmatched("Nils Berg", "nils.berg@example.com", "Kompost");
            int mailsBefore = desk.outboxSize();
            assertThat(decisions.decideAll(List.of(one, two), Decision.REJECT, "redaktor").done())
                    .containsExactly(one, two);
            assertThat(desk.outboxSize()).isEqualTo(mailsBefore);
        }
    }

    @Nested
    class ExistingDecisions {
        @Test
        void plainApproveAndRejectOfTheQueueAreAudited() {
            long one = desk.matched("Åsa Öberg", ASA, "Hej!");
            long two = desk.matched("Nils Berg", "nils.berg@example.com", "Hej!");
            desk.queue.decide(one, Decision.APPROVE, "api");
            desk.queue.decide(two, Decision.REJECT, "redaktor by mail");
            assertThat(desk.audit()).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target)
                    .containsExactly(tuple("redaktor by mail", "reject", "letter " + two),
                            tuple("api", "approve", "letter " + one));
        }

        @Test
        void aPublicNameChangeIsAuditedWithTheOldAndNewName() {
            long id = desk.matched("asa.oberg", ASA, "Hej!");
            assertThat(desk.queue.rename(id, "Åsa Öberg", "redaktor")).isEqualTo(Outcome.DONE);
            assertThat(desk.queue.rename(id, " ", "redaktor")).isEqualTo(Outcome.INVALID);
            assertThat(desk.audit()).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo("rename");
                assertThat(e.detail()).isEqualTo("asa.oberg \u2192 Åsa Öberg");
            });
        }
    }

    @Nested
    class WhenTheDecisionFails {
        @TempDir
        Path templates;

        /** Decisions whose mail cannot be rendered: the templates directory has no mail templates. */
        private LetterDecisions withoutMailTemplates() throws Exception {
            Files.createDirectories(templates.resolve("mail"));
            MailTemplates none = new MailTemplates(templates, Map.of(), Locale.forLanguageTag("sv"));
            ReplyAddress replyAddress = new ReplyAddress(TestQueues.BLOG);
            ConversationNotifier notifier = new ConversationNotifier(
                    new Outbox(desk.db.jdbi(), new MailComposer("mail2blog", TestQueues.BLOG)), none, true);
            LetterNotices notices = new LetterNotices(new FollowerRepository(desk.db.jdbi()),
                    new RecipientTokens(desk.db.jdbi()), notifier, new LetterNotices.Links(TestQueues.BASE_URL,
                    replyAddress, List.of(), DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.of("UTC"))), TestQueues.moderationAddress());
            return new LetterDecisions(desk.db.jdbi(), notices, new Senders(), new AuditLog(desk.db.jdbi()),
                    TestQueues.scrubber());
        }

        @Test
        void nothingOfItStaysNeitherTheStateNorTheEditNorTheTrustNorTheEntry() throws Exception {
            long id = desk.matched("Åsa Öberg", ASA, "Hej!");
            LetterDecisions failing = withoutMailTemplates();
            assertThatThrownBy(() -> failing.editAndApprove(id, "Hej igen!", "redaktor"))
                    .hasMessageContaining("mail/published");
            assertThatThrownBy(() -> failing.approve(id, true, "redaktor")).hasMessageContaining("mail/published");
            assertThatThrownBy(() -> failing.reject(id, "Utanför ämnet.", "redaktor"))
                    .hasMessageContaining("mail/rejected");
            assertThat(desk.column(id, "state")).isEqualTo("pending");
            assertThat(desk.column(id, "edited_body")).isNull();
            assertThat(desk.column(id, "reject_reason")).isNull();
            assertThat(desk.status(ASA)).isEqualTo(SenderStatus.ORDINARY);
            assertThat(desk.audit()).isEmpty();
        }
    }

    private long messageKey(long letterId) {
        return Long.parseLong(desk.column(letterId, "message_key"));
    }
}
