package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.sender.SenderStatus;
import org.mail2blog.sender.Senders;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.TestApp;

/**
 * Trusted senders over real SMTP and IMAP, with {@code mx.blog.example} as the trusted authserv-id:
 * trust is granted only to mail whose From domain that server authenticated; a claim without results
 * or with results another server wrote waits in the queue; a banned sender's mail is spam, answered
 * by nobody.
 */
class TrustIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ADMIN = "redaktor@example.com";
    @TempDir
    static Path dataDir;
    static TestApp app;
    static Jdbi db;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir, Map.of("mail2blog.trust.authserv-ids", "mx.blog.example",
                "mail2blog.admin.addresses", ADMIN));
        db = Jdbi.create(app.settings().dbUrl(), app.settings().dbUser(), app.settings().dbPassword());
        db.useTransaction(h -> {
            Senders senders = new Senders();
            for (String trusted : List.of("ingrid.holm@example.com", "gustav.lind@example.com",
                    "marta.ek@example.com")) {
                senders.set(h, trusted, SenderStatus.TRUSTED, "admin");
            }
            senders.set(h, "olle.reklam@example.com", SenderStatus.BANNED, "admin");
        });
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void send(String fixture) {
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/" + fixture, to), to);
    }

    private static String conversationPage() {
        return Jsoup.parse(app.http().get("/t/kallsortering-ii").body()).text();
    }

    private static List<MimeMessage> inbox(String address) {
        return Imap.inbox(app.settings().embeddedImapPort(), address, address);
    }

    /** One column of the rows {@code sql} finds for the address bound as {@code :a}. */
    private static List<String> column(String sql, String address) {
        return db.withHandle(h -> h.createQuery(sql).bind("a", address).mapTo(String.class).list());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void trustedSenderWithoutAuthenticationResultsIsQueuedFlaggedNotPublished() throws Exception {
        send("trust-claims-without-results.eml");
        JsonNode item = app.awaitQueued("Ingrid Holm", WAIT);
        assertThat(item.get("authVerdict").asText()).isEqualTo("NONE");
        assertThat(item.get("authExplanation").asText()).contains("No Authentication-Results from mx.blog.example");
        assertThat(item.get("trustUnverified").asBoolean()).isTrue();
        assertThat(conversationPage()).doesNotContain("glas efter färg");
        Document queue = Jsoup.parse(app.loggedIn().get("/admin/").body());
        String shown = "#item-" + item.get("id").asText();
        assertThat(queue.select(shown + " dd.auth").text()).startsWith("NONE");
        assertThat(queue.select(shown + " .trust-unverified").text()).contains("Claims to be a trusted sender");

        MimeMessage notice = Eventually.await("the admin's pending notice", WAIT, () -> inbox(ADMIN).stream()
                .filter(m -> OutboxMails.text(m).contains("glas efter färg")).findFirst());
        assertThat(OutboxMails.text(notice))
                .contains("Utger sig för att vara en betrodd avsändare, men brevet är inte autentiserat");
    }

    @Test
    void trustedSenderWithResultsForgedByAnotherAuthservIdIsQueued() {
        send("trust-forged-results.eml");
        JsonNode item = app.awaitQueued("Gustav Lind", WAIT);
        assertThat(item.get("authVerdict").asText()).isEqualTo("NONE");
        assertThat(item.get("authExplanation").asText()).contains("not trusted (mx.attacker.example)");
        assertThat(item.get("trustUnverified").asBoolean()).isTrue();
        assertThat(conversationPage()).doesNotContain("Batterierna lämnar vi i affären");
    }

    @Test
    void trustedSenderAuthenticatedByTheTrustedServerIsPublishedAtOnce() {
        send("trust-authenticated.eml");
        Eventually.until("the letter on the conversation page", WAIT,
                () -> conversationPage().contains("delar ut kompostpåsar varje vår"));
        assertThat(Jsoup.parse(app.http().get("/t/kallsortering-ii").body()).select("article.letter .author")
                .eachText()).contains("Märta Ek");
        assertThat(conversationPage()).doesNotContain("marta.ek@example.com");
        MimeMessage published = Eventually.await("the published notice", WAIT, () ->
                inbox("marta.ek@example.com").stream().findFirst());
        assertThat(subject(published)).startsWith("Ditt brev är publicerat");
        assertThat(column("SELECT kind FROM outbox WHERE recipient = :a", "marta.ek@example.com"))
                .containsExactly("published");
        assertThat(column("SELECT decided_by FROM letter WHERE author_address = :a", "marta.ek@example.com"))
                .containsExactly("trust");
    }

    @Test
    void adminsReplyByMailCountsOnlyWhenTheTrustedServerAuthenticatedIt() throws Exception {
        send("trust-ordinary-letter.eml");
        long id = app.awaitQueued("Bertil Sand", WAIT).get("id").asLong();
        MimeMessage notice = Eventually.await("the admin's pending notice", WAIT, () -> inbox(ADMIN).stream()
                .filter(m -> OutboxMails.text(m).contains("sköljer burkarna")).findFirst());
        String moderationAddress = notice.getHeader("Reply-To")[0];

        sendReply(moderationAddress, "e2e-trust-admin-unauthenticated", "");
        Eventually.until("the unauthenticated reply refused", WAIT, () -> column(
                "SELECT detail FROM message WHERE message_id = :a", "e2e-trust-admin-unauthenticated@example.com")
                .stream().anyMatch(d -> d != null && d.contains("not authenticated")));
        assertThat(column("SELECT state FROM letter WHERE id = CAST(:a AS BIGINT)", String.valueOf(id))).containsExactly("pending");

        sendReply(moderationAddress, "e2e-trust-admin-authenticated",
                "Authentication-Results: mx.blog.example; dkim=pass header.d=example.com\r\n");
        Eventually.until("the letter published by the authenticated reply", WAIT,
                () -> conversationPage().contains("sköljer burkarna i diskvattnet"));
    }

    /** The admin's "ok" to the moderation address, with the given extra header lines on top. */
    private static void sendReply(String moderationAddress, String messageId, String headers) {
        String raw = headers + "From: Redaktören <" + ADMIN + ">\r\nTo: " + moderationAddress
                + "\r\nSubject: Re: granskning\r\nDate: Wed, 13 Jul 2011 11:00:00 +0200\r\nMessage-ID: <"
                + messageId + "@example.com>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8"
                + "\r\n\r\nok\r\n\r\n> Nytt brev väntar på granskning\r\n";
        Mails.send(app.settings().embeddedSmtpPort(), raw.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                moderationAddress);
    }

    @Test
    void bannedSendersMailIsSpamNotQueuedAndNotAcknowledged() {
        send("trust-banned-sender.eml");
        String state = Eventually.await("the banned sender's letter", WAIT, () -> column(
                "SELECT state FROM letter WHERE author_address = :a", "olle.reklam@example.com").stream().findFirst());
        assertThat(state).isEqualTo("spam");
        assertThat(app.http().get("/admin/api/queue", TestApp.API_TOKEN).body()).doesNotContain("Olle Reklam");
        // The outbox is written in the letter's own transaction, so a committed spam letter shows it all.
        assertThat(column("SELECT kind FROM outbox WHERE recipient = :a", "olle.reklam@example.com")).isEmpty();
        assertThat(inbox("olle.reklam@example.com")).isEmpty();
        assertThat(column("SELECT actor || ' ' || action FROM audit_entry WHERE detail LIKE :a",
                "%olle.reklam@example.com%")).containsExactly("mail2blog spam");
        assertThat(conversationPage()).doesNotContain("sopkärl i rostfritt stål");
    }
}
