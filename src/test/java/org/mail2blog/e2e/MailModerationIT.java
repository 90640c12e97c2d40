package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.testing.OutboxMails.header;
import static org.mail2blog.testing.OutboxMails.text;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/**
 * Moderation by mail on embedded defaults, every mail read from its recipient's mailbox over IMAP:
 * the admin gets the pending letter as it will appear, replies to it the way a mail client does
 * (the command on top, the notice quoted or pasted below) and the letter is published or rejected
 * and the decision confirmed; the same reply from a stranger or to a tampered address changes
 * nothing, answers nobody and is shown as refused. Each test has a conversation of its own.
 */
class MailModerationIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADMIN = "redaktor@example.com";
    private static final String STRANGER = "okand.person@example.com";
    private static final String PENDING = "Nytt brev väntar på granskning: ";
    @TempDir
    static Path dataDir;
    static TestApp app;
    private static int replies;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir, Map.of("mail2blog.admin.addresses", ADMIN,
                "mail2blog.notify.outbox-poll-seconds", "1"));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void adminApprovesByReplyAndTheLetterIsPublishedAndConfirmed() throws Exception {
        conversation("honshus", "Hönshus i stan");
        send("mailmod-letter-approved.eml", "honshus");
        long id = awaitQueued("Greta Lund").get("id").asLong();
        MimeMessage notice = awaitMail(ADMIN, PENDING + "Hönshus i stan");
        assertThat(text(notice).replace("\r\n", "\n")).contains("Hönshus i stan\nGreta Lund, 8 augusti 2011 kl. 19:05\n\n"
                        + "Hej!\n\nVi har fyra hönor på bakgården, och grannarna får äggen.\n\nMvh Greta")
                .doesNotContain("Får man ha höns i stan?").contains("Skriv \"ok\"").contains("\"reject\"")
                .contains(app.settings().baseUrl() + "/admin/");
        String moderationAddress = header(notice, "Reply-To");
        assertThat(moderationAddress).matches("blog\\+mod-" + id + "-[a-km-np-z2-9]{20}@localhost");

        String replyId = replyQuoting(notice, ADMIN, moderationAddress, "Ok!");

        Eventually.until("the letter on the reader page", WAIT, () ->
                app.http().get("/t/honshus").body().contains("grannarna får äggen"));
        MimeMessage confirmation = awaitMail(ADMIN, "Publicerat: brev från Greta Lund");
        assertThat(confirmation.getSubject()).isEqualTo("Publicerat: brev från Greta Lund – Hönshus i stan");
        assertThat(text(confirmation)).contains(app.settings().baseUrl() + "/t/honshus#letter-" + id);
        assertThat(header(confirmation, "In-Reply-To")).isEqualTo("<" + replyId + ">");
        assertThat(header(confirmation, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(awaitHandled(replyId)).contains("MODERATION_COMMAND").contains("letter " + id + " approved");
        awaitMail("greta.lund@example.com", "Ditt brev är publicerat");
    }

    @Test
    void sameReplyFromAStrangerChangesNothingAndIsNotAnswered() throws Exception {
        conversation("regnvatten", "Regnvatten");
        send("mailmod-letter-stranger.eml", "regnvatten");
        long id = awaitQueued("Holger Ek").get("id").asLong();
        MimeMessage notice = awaitMail(ADMIN, PENDING + "Regnvatten");

        String replyId = replyQuoting(notice, STRANGER, header(notice, "Reply-To"), "ok");

        assertThat(awaitHandled(replyId)).contains("MODERATION_REFUSED").contains("NOT_ADMIN");
        assertThat(isPending(id)).isTrue();
        assertThat(outboxMailsTo(STRANGER)).isZero();
        Eventually.stays("nothing mailed to the stranger", Duration.ofSeconds(2), () ->
                Imap.inbox(app.settings().embeddedImapPort(), STRANGER, STRANGER).isEmpty());
        assertThat(app.http().get("/t/regnvatten").body()).doesNotContain("regntunna");
    }

    @Test
    void replyToATamperedAddressChangesNothing() throws Exception {
        conversation("kladbyte", "Klädbyte");
        send("mailmod-letter-wrong-token.eml", "kladbyte");
        long id = awaitQueued("Ingrid Sand").get("id").asLong();
        MimeMessage notice = awaitMail(ADMIN, PENDING + "Klädbyte");
        String address = header(notice, "Reply-To");
        int at = address.indexOf('@');
        String tampered = address.substring(0, at - 1) + (address.charAt(at - 1) == 'a' ? 'b' : 'a')
                + address.substring(at);

        String replyId = replyQuoting(notice, ADMIN, tampered, "ok");

        assertThat(awaitHandled(replyId)).contains("MODERATION_REFUSED").contains("BAD_TOKEN");
        assertThat(isPending(id)).isTrue();
        assertThat(inbox(ADMIN, "Ditt svar ändrade ingenting")).as("a bad token is never answered").isEmpty();
    }

    @Test
    void adminRejectsWithAReasonFromAnOutlookStyleReply() throws Exception {
        conversation("cykelrum", "Bike sheds");
        send("mailmod-letter-rejected.eml", "cykelrum");
        long id = awaitQueued("Jonas Berg").get("id").asLong();
        MimeMessage notice = awaitMail(ADMIN, PENDING + "Bike sheds");

        String replyId = replyPastingBelowHeaders(notice, header(notice, "Reply-To"), "reject Too long, sorry");

        MimeMessage confirmation = awaitMail(ADMIN, "Avvisat: brev från Jonas Berg");
        assertThat(text(confirmation)).contains("Skäl: Too long, sorry");
        assertThat(isPending(id)).isFalse();
        assertThat(awaitHandled(replyId)).contains("MODERATION_COMMAND")
                .contains("letter " + id + " rejected, reason: Too long, sorry");
        assertThat(app.http().get("/t/cykelrum").body()).doesNotContain("forty bikes");
    }

    private static void conversation(String slug, String title) {
        app.app().beans().conversations().create(new NewConversation(slug, title,
                "Skriv gärna och berätta.", "", List.of(), true));
    }

    private static void send(String fixture, String slug) {
        Conversation c = app.app().beans().conversations().findBySlug(slug).orElseThrow();
        String to = app.app().beans().replyAddress().forToken(c.replyToken());
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/" + fixture, to), to);
    }

    /** Replies as Gmail or Thunderbird do: the command, then an attribution line and the notice quoted. */
    private static String replyQuoting(MimeMessage notice, String from, String to, String command)
            throws MessagingException {
        String quoted = text(notice).replace("\r\n", "\n").lines().map(l -> l.isEmpty() ? ">" : "> " + l)
                .collect(Collectors.joining("\n"));
        return reply(notice, from, to, command + "\n\nDen 8 augusti 2011 kl. 19:12 skrev mail2blog <blog@localhost>:\n"
                + quoted);
    }

    /** Replies as Outlook does: the command on top, then the notice under a header block, unquoted. */
    private static String replyPastingBelowHeaders(MimeMessage notice, String to, String command)
            throws MessagingException {
        return reply(notice, ADMIN, to, command + "\n\nFrån: mail2blog <blog@localhost>\nSkickat: den 10 augusti 2011"
                + " 21:31\nTill: " + ADMIN + "\nÄmne: " + notice.getSubject() + "\n\n" + text(notice));
    }

    /** Sends a plain-text reply to {@code notice}; returns its Message-ID. */
    private static String reply(MimeMessage notice, String from, String to, String body) throws MessagingException {
        String messageId = "e2e-mailmod-reply-" + ++replies + "@example.com";
        String noticeId = notice.getMessageID();
        String raw = "From: " + encoded("Redaktören") + " <" + from + ">\nTo: " + to + "\nSubject: "
                + encoded("Sv: " + notice.getSubject())
                + "\nDate: Mon, 8 Aug 2011 19:12:00 +0200\nMessage-ID: <" + messageId + ">\nIn-Reply-To: " + noticeId
                + "\nReferences: " + noticeId + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                + "Content-Transfer-Encoding: 8bit\n\n" + body.replace("\r\n", "\n") + "\n";
        Mails.send(app.settings().embeddedSmtpPort(),
                raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8), to);
        return messageId;
    }

    private static String encoded(String text) {
        try {
            return MimeUtility.encodeText(text, "UTF-8", "Q");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode awaitQueued(String fromName) {
        return app.awaitQueued(fromName, WAIT);
    }

    private static boolean isPending(long id) {
        return app.http().get("/admin/api/queue", TestApp.API_TOKEN).body().contains("\"id\":" + id + ",");
    }

    /** The admin page's line about a handled mail, once it is there. */
    private static String awaitHandled(String messageId) {
        Http admin = app.loggedIn();
        return Eventually.await("the mail <" + messageId + "> on the quarantine page", WAIT, () ->
                Jsoup.parse(admin.get("/admin/quarantine").body()).select(".ignored").stream()
                        .map(e -> e.text()).filter(t -> t.contains(messageId)).findFirst());
    }

    private static int outboxMailsTo(String recipient) throws SQLException {
        try (Connection c = TestDatabase.connect(app.settings().dbUrl());
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox WHERE recipient = ?")) {
            s.setString(1, recipient);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static List<MimeMessage> inbox(String address, String subjectStart) {
        return Imap.inbox(app.settings().embeddedImapPort(), address, address).stream()
                .filter(m -> subject(m).startsWith(subjectStart)).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectStart) {
        return Eventually.await("a mail '" + subjectStart + "' to " + address, WAIT,
                () -> inbox(address, subjectStart).stream().findFirst());
    }

    private static String subject(MimeMessage mail) {
        try {
            return Optional.ofNullable(mail.getSubject()).orElse("");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
