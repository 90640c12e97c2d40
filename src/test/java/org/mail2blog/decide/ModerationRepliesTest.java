package org.mail2blog.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.testing.OutboxMails.header;
import static org.mail2blog.testing.OutboxMails.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.guard.AutoReplyGuard;
import org.mail2blog.guard.MailKind;
import org.mail2blog.ingest.MessageArchive;
import org.mail2blog.ingest.RawMessage;
import org.mail2blog.mime.ParsedMessage;
import org.mail2blog.moderation.Decision;
import org.mail2blog.moderation.ModerationAddress;
import org.mail2blog.moderation.ModerationQueue;
import org.mail2blog.notify.MailComposer;
import org.mail2blog.notify.ModerationNotifier;
import org.mail2blog.notify.Outbox;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.ParsedMessages;
import org.mail2blog.testing.TestDatabase;
import org.mail2blog.testing.TestQueues;
import org.mail2blog.thread.Match;
import org.mail2blog.thread.MatchedBy;
import org.mail2blog.trim.Trimmed;

/** Decisions by reply on a real database: applied for an admin's signed reply, refused otherwise. */
class ModerationRepliesTest {
    private static final String ADMIN = "redaktor@example.com";
    private static final String OTHER_ADMIN = "kerstin.admin@example.com";
    private static final String STRANGER = "okand@example.com";
    private static final String NOTICE_ID = "notice-1@mail2blog.example.com";
    private static final String QUOTED_NOTICE = """

            Den 12 juli 2011 kl. 10:02 skrev mail2blog <blog@example.com>:
            > Ett nytt brev väntar på granskning i samtalet "Kompost".
            > Stina Moberg, 12 juli 2011 kl. 08:30
            >
            > Vi har kompost på gården.
            """;
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db, List.of(ADMIN, OTHER_ADMIN));
    private final ModerationAddress addresses = TestQueues.moderationAddress();
    private final Outbox outbox = new Outbox(db.jdbi(), new MailComposer("mail2blog", TestQueues.BLOG));
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));
    private int mails;

    @AfterEach
    void close() {
        db.close();
    }

    private ModerationReplies replies(FromAuthentication authentication) {
        return new ModerationReplies(addresses, new ModerationReplies.Deciders(List.of(ADMIN, OTHER_ADMIN),
                authentication), queue, new AdminAnswers(db.jdbi(),
                new ModerationNotifier(outbox, TestQueues.mailTemplates(), true), addresses, TestQueues.BASE_URL));
    }

    private ReplyResult handle(ParsedMessage reply) {
        return replies(FromAuthentication.of(List.of(), FromAuthentication.NO_VERIFIER)).handle(key(), reply);
    }

    private long key() {
        return archive.archive(new RawMessage(("reply " + ++mails).getBytes(StandardCharsets.UTF_8))).key();
    }

    private static byte[] raw() {
        return "From: redaktor@example.com\r\n\r\nok\r\n".getBytes(StandardCharsets.UTF_8);
    }

    private long letter(Match match) {
        ParsedMessage mail = ParsedMessages.from("Stina Moberg", "stina.moberg@example.com", TestQueues.BLOG,
                "Hej!\n\nVi har kompost på gården.");
        long key = archive.archive(new RawMessage(("letter " + ++mails).getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, mail, new Trimmed(mail.text(), "> gammalt"), match);
    }

    private long pendingLetter() {
        return letter(Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
    }

    /** A reply the way a mail client writes it: the command on top, the notice quoted below. */
    private static ParsedMessage reply(String from, String to, String command) {
        return new ParsedMessage(Optional.of("reply-" + System.nanoTime() + "@example.com"), Optional.of(NOTICE_ID),
                List.of(NOTICE_ID), "Sv: Nytt brev väntar på granskning: Kompost", "Redaktören", from, List.of(to),
                Optional.empty(), command + "\n" + QUOTED_NOTICE, List.of());
    }

    private String state(long letterId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT state FROM letter WHERE id = :id")
                .bind("id", letterId).mapTo(String.class).one());
    }

    private String decidedBy(long letterId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT decided_by FROM letter WHERE id = :id")
                .bind("id", letterId).mapTo(String.class).one());
    }

    private int mailsTo(String recipient) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM outbox WHERE recipient = :to")
                .bind("to", recipient).mapTo(Integer.class).one());
    }

    @Test
    void adminsOkPublishesTheLetterAndIsConfirmed() throws Exception {
        long id = pendingLetter();
        ParsedMessage reply = reply(ADMIN, addresses.forLetter(id, ADMIN), "Ok!");
        ReplyResult result = handle(reply);

        assertThat(result).isEqualTo(new ReplyResult(true, ModerationReplies.APPLIED,
                "letter " + id + " approved, by " + ADMIN));
        assertThat(state(id)).isEqualTo("published");
        assertThat(decidedBy(id)).isEqualTo(ADMIN + " by mail");
        MimeMessage confirmation = OutboxMails.of(db, "moderation-result", ADMIN).get(0);
        assertThat(confirmation.getSubject()).isEqualTo("Publicerat: brev från Stina Moberg – Kompost");
        assertThat(text(confirmation)).contains("du godkände brevet")
                .contains(TestQueues.BASE_URL + "/t/kompost#letter-" + id).contains(TestQueues.BASE_URL + "/admin/");
        assertThat(header(confirmation, "In-Reply-To")).isEqualTo("<" + reply.messageId().orElseThrow() + ">");
        assertThat(header(confirmation, "References")).isEqualTo("<" + NOTICE_ID + "> <"
                + reply.messageId().orElseThrow() + ">");
        assertThat(header(confirmation, "Reply-To")).isEqualTo(addresses.forLetter(id, ADMIN));
        assertThat(header(confirmation, "Auto-Submitted")).isEqualTo("auto-replied");
    }

    @Test
    void rejectWithReasonRejectsTheLetterAndKeepsTheReason() throws Exception {
        long id = pendingLetter();
        ReplyResult result = handle(reply(OTHER_ADMIN, addresses.forLetter(id, OTHER_ADMIN), "reject Too long, sorry"));

        assertThat(result.kind()).isEqualTo(ModerationReplies.APPLIED);
        assertThat(result.detail()).isEqualTo("letter " + id + " rejected, reason: Too long, sorry, by " + OTHER_ADMIN);
        assertThat(state(id)).isEqualTo("rejected");
        MimeMessage confirmation = OutboxMails.of(db, "moderation-result", OTHER_ADMIN).get(0);
        assertThat(confirmation.getSubject()).startsWith("Avvisat:");
        assertThat(text(confirmation)).contains("du avvisade brevet").contains("Skäl: Too long, sorry")
                .doesNotContain("/t/kompost#letter-");
        assertThat(OutboxMails.of(db, "published", "stina.moberg@example.com")).isEmpty();
    }

    @Test
    void replyFromAStrangerChangesNothingAndIsNotAnswered() {
        long id = pendingLetter();
        ReplyResult result = handle(reply(STRANGER, addresses.forLetter(id, ADMIN), "ok"));

        assertThat(result).isEqualTo(new ReplyResult(true, ModerationReplies.REFUSED,
                "NOT_ADMIN: " + STRANGER + " is not an admin address"));
        assertThat(state(id)).isEqualTo("pending");
        assertThat(mailsTo(STRANGER)).isZero();
        assertThat(mailsTo(ADMIN)).as("only the pending notice").isEqualTo(1);
    }

    @Test
    void tokenOfAnotherLetterChangesNothingAndIsNotAnswered() {
        long id = pendingLetter();
        long other = pendingLetter();
        ReplyResult result = handle(reply(ADMIN, addresses.forLetter(other, ADMIN).replace("mod-" + other + "-",
                "mod-" + id + "-"), "ok"));

        assertThat(result.detail()).isEqualTo("BAD_TOKEN: the moderation address is not signed for letter " + id
                + " and " + ADMIN);
        assertThat(state(id)).isEqualTo("pending");
        assertThat(state(other)).isEqualTo("pending");
        assertThat(OutboxMails.of(db, "moderation-refused", ADMIN)).isEmpty();
    }

    @Test
    void tokenOfAnotherAdminChangesNothing() {
        long id = pendingLetter();
        ReplyResult result = handle(reply(ADMIN, addresses.forLetter(id, OTHER_ADMIN), "ok"));

        assertThat(result.detail()).startsWith("BAD_TOKEN:");
        assertThat(state(id)).isEqualTo("pending");
        assertThat(OutboxMails.of(db, "moderation-refused", ADMIN)).isEmpty();
    }

    @Test
    void malformedTokenChangesNothing() {
        long id = pendingLetter();
        ReplyResult result = handle(reply(ADMIN, "blog+mod-" + id + "-tooshort@example.com", "ok"));

        assertThat(result.detail()).isEqualTo("BAD_TOKEN: the moderation address names no letter");
        assertThat(state(id)).isEqualTo("pending");
    }

    @Test
    void unauthenticatedMailChangesNothingWhenResultsAreConfigured() {
        long id = pendingLetter();
        ModerationReplies strict = replies(FromAuthentication.of(List.of("mx.example.com"), (raw, from) -> false));
        ReplyResult result = strict.handle(key(), reply(ADMIN, addresses.forLetter(id, ADMIN), "ok"));

        assertThat(result.detail()).startsWith("NOT_AUTHENTICATED:");
        assertThat(state(id)).isEqualTo("pending");
        assertThat(OutboxMails.of(db, "moderation-refused", ADMIN)).isEmpty();
    }

    @Test
    void unknownCommandIsExplainedToTheAdmin() throws Exception {
        long id = pendingLetter();
        ReplyResult result = handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "Okej, men vänta lite"));

        assertThat(result.kind()).isEqualTo(ModerationReplies.REFUSED);
        assertThat(result.detail()).startsWith("UNKNOWN_COMMAND: letter " + id + " unchanged; " + ADMIN + " is told why")
                .endsWith("the first line read: Okej, men vänta lite");
        assertThat(state(id)).isEqualTo("pending");
        MimeMessage refusal = OutboxMails.of(db, "moderation-refused", ADMIN).get(0);
        assertThat(refusal.getSubject()).isEqualTo("Ditt svar ändrade ingenting");
        assertThat(text(refusal)).contains("Första raden i svaret är inget beslut")
                .contains("Första raden löd: Okej, men vänta lite");
        assertThat(header(refusal, "Reply-To")).isEqualTo(addresses.forLetter(id, ADMIN));
    }

    @Test
    void quotedNoticeIsNeverReadAsTheCommand() {
        long id = pendingLetter();
        ReplyResult result = handle(reply(ADMIN, addresses.forLetter(id, ADMIN), ""));

        assertThat(result.detail()).startsWith("UNKNOWN_COMMAND:").doesNotContain("first line read");
        assertThat(state(id)).isEqualTo("pending");
    }

    @Test
    void alreadyDecidedLetterStaysAsItWasAndTheAdminIsTold() throws Exception {
        long id = pendingLetter();
        queue.decide(id, Decision.REJECT, "admin");
        ReplyResult result = handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "ok"));

        assertThat(result.detail()).startsWith("NOT_PENDING: letter " + id + " unchanged");
        assertThat(state(id)).isEqualTo("rejected");
        assertThat(text(OutboxMails.of(db, "moderation-refused", ADMIN).get(0)))
                .contains("Brevet väntar inte längre på granskning");
    }

    @Test
    void refusalsToOneAdminAreRateLimited() {
        long id = pendingLetter();
        handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "kanske"));
        ReplyResult second = handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "kanske inte"));

        assertThat(second.detail()).contains("is not told again");
        assertThat(OutboxMails.of(db, "moderation-refused", ADMIN)).hasSize(1);
    }

    @Test
    void unmatchedLetterCanBeRejectedButNotApproved() {
        long id = letter(Match.NONE);
        assertThat(handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "ok")).detail()).startsWith("UNMATCHED:");
        assertThat(state(id)).isEqualTo("pending");

        assertThat(handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "avvisa hör inte hit")).kind())
                .isEqualTo(ModerationReplies.APPLIED);
        assertThat(state(id)).isEqualTo("rejected");
    }

    @Test
    void mailToAnyOtherAddressIsNoModerationMail() {
        long id = pendingLetter();
        assertThat(handle(reply(ADMIN, TestQueues.BLOG, "ok"))).isEqualTo(ReplyResult.NOT_MODERATION);
        assertThat(state(id)).isEqualTo("pending");
    }

    @Test
    void confirmationComingBackIsOurOwnMailToTheGuard() {
        long id = pendingLetter();
        handle(reply(ADMIN, addresses.forLetter(id, ADMIN), "ok"));
        MailComposer composer = new MailComposer("mail2blog", TestQueues.BLOG);
        AutoReplyGuard guard = new AutoReplyGuard(composer.listId(), composer.messageIdDomain(),
                Set.of(TestQueues.BLOG));
        byte[] confirmation = db.jdbi().withHandle(h -> h.createQuery(
                "SELECT raw FROM outbox WHERE kind = 'moderation-result'").mapTo(byte[].class).one());

        assertThat(guard.classify(confirmation).kind()).isEqualTo(MailKind.OWN);
    }
}
