package org.mail2blog.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.testing.OutboxMails.header;
import static org.mail2blog.testing.OutboxMails.text;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mail2blog.app.Database;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.ConversationRepository;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.blog.RecipientTokens;
import org.mail2blog.blog.ReplyAddress;
import org.mail2blog.follow.CameBy;
import org.mail2blog.follow.Follower;
import org.mail2blog.follow.FollowerRepository;
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

/** The mail that queueing and approving a letter cause, written in the same transaction. */
class LetterNoticesTest {
    private static final String ADMIN = "redaktor@example.com";
    private static final String ALVA = "alva.sten@example.com";
    private static final String BIRGER = "birger.kvist@example.com";
    private final Database db = TestDatabase.open();
    private final MessageArchive archive = new MessageArchive(db.jdbi());
    private final ModerationQueue queue = TestQueues.moderationQueue(db, List.of(ADMIN));
    private final FollowerRepository followers = new FollowerRepository(db.jdbi());
    private final ReplyAddress replyAddress = new ReplyAddress(TestQueues.BLOG);
    private final Conversation conversation = new ConversationRepository(db.jdbi())
            .create(new NewConversation("kompost", "Kompost", "Intro", "", List.of(), true));

    @AfterEach
    void close() {
        db.close();
    }

    private long enqueue(String name, String address, String text, Match match) {
        ParsedMessage mail = ParsedMessages.from(name, address, "blog@example.com", text);
        long key = archive.archive(new RawMessage((address + text).getBytes(StandardCharsets.UTF_8))).key();
        return queue.enqueue(key, mail, new Trimmed(text, "> gammalt"), match);
    }

    private long publish(String name, String address, String text) {
        long id = enqueue(name, address, text, Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(queue.decide(id, Decision.APPROVE, "admin")).isEqualTo(Outcome.DONE);
        return id;
    }

    private List<Follower> active() {
        return db.jdbi().withHandle(h -> followers.listActive(h, conversation.id()));
    }

    private String personalAddress(String recipient) {
        return replyAddress.forToken(db.jdbi().inTransaction(h ->
                new RecipientTokens(db.jdbi()).tokenFor(h, conversation.id(), recipient)));
    }

    @Test
    void approvedAuthorFollowsAndIsToldWhereTheLetterIs() throws Exception {
        long id = publish("Alva Sten", ALVA, "Hej!\n\nVi komposterar.");
        assertThat(active()).singleElement().satisfies(f -> {
            assertThat(f.address()).isEqualTo(ALVA);
            assertThat(f.cameBy()).isEqualTo(CameBy.WROTE);
        });
        MimeMessage notice = OutboxMails.of(db, "published", ALVA).get(0);
        assertThat(notice.getSubject()).contains("Kompost");
        assertThat(text(notice)).contains(TestQueues.BASE_URL + "/t/kompost#letter-" + id).contains("Alva Sten");
        assertThat(header(notice, "Reply-To")).isEqualTo(personalAddress(ALVA));
        assertThat(header(notice, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(header(notice, "List-Unsubscribe"))
                .isEqualTo("<" + TestQueues.BASE_URL + "/unsubscribe/" + active().get(0).unsubscribeToken() + ">");
        assertThat(OutboxMails.of(db, "new-letter", ALVA)).isEmpty();
    }

    @Test
    void newLetterGoesToEveryActiveFollowerButItsAuthor() throws Exception {
        publish("Alva Sten", ALVA, "Hej!\n\nVi komposterar.");
        db.jdbi().useTransaction(h -> followers.follow(h, conversation.id(), "cilla.berg@example.com", CameBy.PAGE));
        Follower gone = db.jdbi().inTransaction(h ->
                followers.follow(h, conversation.id(), "dan.ek@example.com", CameBy.MAIL));
        followers.unsubscribe(gone.unsubscribeToken());

        long id = publish("Birger Kvist", BIRGER, "Hej Alva!\n\nVi eldar upp allt.");
        MimeMessage toAlva = OutboxMails.of(db, "new-letter", ALVA).get(0);
        assertThat(text(toAlva)).contains("Birger Kvist").contains("Vi eldar upp allt.")
                .contains("12 juli 2011 kl. 08:30").contains(TestQueues.BASE_URL + "/t/kompost#letter-" + id)
                .doesNotContain(BIRGER);
        assertThat(header(toAlva, "Reply-To")).isEqualTo(personalAddress(ALVA));
        assertThat(header(toAlva, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(OutboxMails.of(db, "new-letter", "cilla.berg@example.com")).hasSize(1);
        assertThat(OutboxMails.of(db, "new-letter", "dan.ek@example.com")).isEmpty();
        assertThat(OutboxMails.of(db, "new-letter", BIRGER)).isEmpty();
        assertThat(OutboxMails.of(db, "published", BIRGER)).hasSize(1);
    }

    @Test
    void followerMailThreadsUnderTheLetterAndTheirEarlierMails() throws Exception {
        publish("Alva Sten", ALVA, "Hej!");
        String acknowledged = OutboxMails.of(db, "acknowledgement", ALVA).get(0).getMessageID();
        String published = OutboxMails.of(db, "published", ALVA).get(0).getMessageID();
        publish("Birger Kvist", BIRGER, "Hej Alva!");
        MimeMessage toAlva = OutboxMails.of(db, "new-letter", ALVA).get(0);
        assertThat(header(toAlva, "In-Reply-To")).startsWith("<id-").endsWith("@example.com>");
        assertThat(header(toAlva, "References"))
                .isEqualTo(acknowledged + " " + published + " " + header(toAlva, "In-Reply-To"));
    }

    @Test
    void everyAdminHearsOfAPendingLetterWithItsTrimmedText() throws Exception {
        enqueue("Alva Sten", ALVA, "Hej!\n\nVi komposterar.", Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        MimeMessage pending = OutboxMails.of(db, "pending", ADMIN).get(0);
        assertThat(pending.getSubject()).contains("Kompost");
        assertThat(text(pending)).contains("Alva Sten").contains("Vi komposterar.").doesNotContain("gammalt")
                .contains(TestQueues.BASE_URL + "/admin/");
        assertThat(pending.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void pendingNoticeShowsTheLetterAsItWillAppearAndHowToDecideByReply() throws Exception {
        long id = enqueue("Alva Sten", ALVA, "Hej!\n\nVi komposterar.",
                Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        MimeMessage pending = OutboxMails.of(db, "pending", ADMIN).get(0);
        assertThat(text(pending).replace("\r\n", "\n")).contains("Kompost\nAlva Sten, 12 juli 2011 kl. 08:30\n\nHej!\n\nVi komposterar.")
                .contains("Skriv \"ok\" (eller \"approve\", \"ja\", \"godkänn\") ensamt på första raden")
                .contains("\"reject\" (eller \"avvisa\") följt av ett skäl");
        assertThat(header(pending, "Reply-To")).isEqualTo(TestQueues.moderationAddress().forLetter(id, ADMIN))
                .isNotEqualTo(personalAddress(ADMIN));
    }

    @Test
    void adminHearsOfAnUnmatchedLetterToo() throws Exception {
        long id = enqueue("Alva Sten", ALVA, "Hej!", Match.NONE);
        MimeMessage pending = OutboxMails.of(db, "pending", ADMIN).get(0);
        assertThat(text(pending)).contains("inte till något samtal").contains("måste kopplas till ett samtal");
        assertThat(header(pending, "Reply-To")).isEqualTo(TestQueues.moderationAddress().forLetter(id, ADMIN));
    }

    @Test
    void adminWhoWroteTheLetterIsNotToldOfIt() {
        enqueue("Redaktören", ADMIN, "Hej!", Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        assertThat(OutboxMails.of(db, "pending", ADMIN)).isEmpty();
    }

    @Test
    void senderMismatchIsStoredAndShownInTheQueue() {
        long id = enqueue("Okänd", "okand@example.com", "Hej!", Match.senderMismatch(conversation.id()));
        assertThat(queue.findPending(id)).hasValueSatisfying(item -> {
            assertThat(item.isSenderMismatch()).isTrue();
            assertThat(item.matchedBy()).isEqualTo(MatchedBy.RECIPIENT_ADDRESS);
        });
        long plain = enqueue("Alva Sten", ALVA, "Hej!", Match.of(conversation.id(), MatchedBy.RECIPIENT_ADDRESS));
        assertThat(queue.findPending(plain)).hasValueSatisfying(item -> assertThat(item.isSenderMismatch()).isFalse());
    }

    @Test
    void rejectedLetterTellsNobody() {
        long id = enqueue("Alva Sten", ALVA, "Hej!", Match.of(conversation.id(), MatchedBy.REPLY_ADDRESS));
        queue.decide(id, Decision.REJECT, "admin");
        assertThat(active()).isEmpty();
        assertThat(OutboxMails.of(db, "published", ALVA)).isEmpty();
    }
}
