package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * The whole path on embedded defaults: a reply sent over SMTP to the conversation's reply address
 * is polled over IMAP, stored, trimmed, queued, approved (through the API, and through the login
 * form) and read on the conversation page over HTTP.
 */
class ReplyJourneyIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    @Test
    void printsTheUrlsAndTheReplyAddressOnStart() {
        assertThat(site.app().welcome()).contains(site.app().settings().baseUrl() + "/t/kallsortering-ii")
                .contains(site.app().sampleReplyAddress()).contains("/admin/");
    }

    @Test
    void replyApprovedThroughTheApiIsPublishedTrimmed() throws Exception {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/swedish-reply.eml", to), to);

        JsonNode item = awaitQueued("Åsa Öberg");
        assertThat(item.get("conversation").asText()).isEqualTo("kallsortering-ii");
        assertThat(item.get("body").asText()).contains("Vi har en kompost på gården").endsWith("Mvh Åsa")
                .doesNotContain("Tack för ditt brev");

        HttpResponse<String> approved = site.app().http().post("/admin/api/queue/" + item.get("id").asText() + "/approve",
                TestApp.API_TOKEN);
        assertThat(approved.statusCode()).isEqualTo(200);
        HttpResponse<String> renamed = site.app().http().post("/admin/api/queue/" + item.get("id").asText()
                + "/name?name=%C3%85sa%20%C3%96berg%20(G%C3%B6teborg)", TestApp.API_TOKEN);
        assertThat(renamed.statusCode()).isEqualTo(200);

        Document page = Jsoup.parse(site.app().http().get("/t/kallsortering-ii").body());
        assertThat(page.select("article.letter .author").eachText()).contains("Åsa Öberg (Göteborg)");
        assertThat(page.select("p.count").text()).matches("\\d+ brev");
        assertThat(page.text()).contains("jorden räcker till alla pelargoner")
                .doesNotContain("asa.oberg@example.com").doesNotContain("skrev Roger Lind");
    }

    @Test
    void senderIsAcknowledgedAndAReplyToTheAcknowledgementFindsTheConversation() throws Exception {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/acknowledged-reply.eml", to), to);
        String reader = "ebba.falk@example.com";
        MimeMessage ack = Eventually.await("the acknowledgement in the sender's mailbox", WAIT, () ->
                Imap.inbox(site.app().settings().embeddedImapPort(), reader, reader).stream().findFirst());
        assertThat(ack.getSubject()).contains("Källsortering II");
        assertThat(ack.getHeader("Auto-Submitted")).containsExactly("auto-replied");
        assertThat(ack.getHeader("In-Reply-To")).containsExactly("<e2e-acknowledged-1@example.com>");
        assertThat(ack.getHeader("Reply-To")).containsExactly(to);
        assertThat(new String(ack.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Ebba Falk").contains(site.app().settings().baseUrl() + "/t/kallsortering-ii");

        String ackId = ack.getMessageID().replaceAll("[<>]", "");
        byte[] answer = Mails.fixture("e2e/reply-to-acknowledgement.eml", ackId);
        Mails.send(site.app().settings().embeddedSmtpPort(), answer, site.app().settings().blogAddress());
        JsonNode item = awaitQueued("Ebba F.");
        assertThat(item.get("conversation").asText()).isEqualTo("kallsortering-ii");
        assertThat(item.get("matchedBy").asText()).isEqualTo("REFERENCES");
    }

    @Test
    void replyApprovedThroughTheLoginFormIsPublished() throws Exception {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/header-steering.eml", to), to);
        JsonNode item = awaitQueued("Nils Strand");

        Http browser = site.app().http();
        Document login = Jsoup.parse(browser.get("/admin/login").body());
        HttpResponse<String> loggedIn = browser.postForm("/admin/login", Map.of("username", "admin",
                "password", TestApp.ADMIN_PASSWORD, "X-XSRF-TOKEN", csrf(login)));
        assertThat(loggedIn.statusCode()).isEqualTo(303);
        assertThat(loggedIn.headers().firstValue("Location")).hasValue("/admin/");

        Document queue = Jsoup.parse(browser.get("/admin/").body());
        String itemId = item.get("id").asText();
        assertThat(queue.select("#item-" + itemId).text()).contains("Nils Strand").contains("egna rubriker");
        HttpResponse<String> approved = browser.postForm("/admin/queue/" + itemId + "/approve",
                Map.of("X-XSRF-TOKEN", csrf(queue)));
        assertThat(approved.statusCode()).isEqualTo(303);

        Document page = Jsoup.parse(site.app().http().get("/t/kallsortering-ii").body());
        assertThat(page.select("article.letter .author").eachText()).contains("Nils Strand");
        assertThat(page.text()).contains("jag försöker flytta det här brevet");
    }

    @Test
    void mailAnsweringAStoredLetterMatchesWithoutTheReplyAddress() {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/reference-target.eml", to), to);
        awaitQueued("Maja Lund");
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/reply-by-references.eml", to),
                site.app().settings().blogAddress());
        JsonNode answer = awaitQueued("Karin Holm");
        assertThat(answer.get("conversation").asText()).isEqualTo("kallsortering-ii");
        assertThat(answer.get("matchedBy").asText()).isEqualTo("REFERENCES");
    }

    @Test
    void outOfOfficeReplyAndBounceAreSetAsideAndNeverAnswered() {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/out-of-office-sv.eml", to), to);
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/bounce-dsn.eml", to), to);
        Http browser = loggedIn();
        String ignored = Eventually.await("both mails set aside", WAIT, () -> {
            String text = Jsoup.parse(browser.get("/admin/quarantine").body()).select(".ignored").text();
            return text.contains("e2e-oof-1@example.com") && text.contains("e2e-bounce-1@mx.example.org")
                    ? Optional.of(text) : Optional.empty();
        });
        assertThat(ignored).contains("AUTO_REPLY").contains("BOUNCE");
        assertThat(site.app().http().get("/admin/api/queue", TestApp.API_TOKEN).body())
                .doesNotContain("Gustav Berg").doesNotContain("Mail Delivery System");
        int imap = site.app().settings().embeddedImapPort();
        Eventually.stays("no acknowledgement to the robots", Duration.ofSeconds(3), () ->
                Imap.inbox(imap, "gustav.berg@example.com", "gustav.berg@example.com").isEmpty()
                        && Imap.inbox(imap, "mailer-daemon@mx.example.org", "mailer-daemon@mx.example.org").isEmpty());
    }

    @Test
    void adminFormsRefuseAPostWithoutTheCsrfToken() {
        Http browser = loggedIn();
        assertThat(browser.postForm("/admin/queue/1/reject", Map.of()).statusCode()).isEqualTo(403);
        assertThat(browser.postForm("/admin/queue/1/reject", Map.of("X-XSRF-TOKEN", "forged")).statusCode())
                .isEqualTo(403);
    }

    @Test
    void wrongPasswordDoesNotLogIn() {
        Http browser = site.app().http();
        Document login = Jsoup.parse(browser.get("/admin/login").body());
        HttpResponse<String> refused = browser.postForm("/admin/login", Map.of("username", "admin",
                "password", "not the password", "X-XSRF-TOKEN", csrf(login)));
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(browser.get("/admin/").statusCode()).isEqualTo(303);
    }

    @Test
    void apiRefusesAWrongToken() {
        assertThat(site.app().http().get("/admin/api/queue", "wrong-token-wrong-token").statusCode()).isEqualTo(401);
        assertThat(site.app().http().get("/admin/api/queue").statusCode()).isEqualTo(401);
    }

    @Test
    void unknownConversationIsA404Page() {
        HttpResponse<String> response = site.app().http().get("/t/does-not-exist");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Sidan finns inte");
    }

    @Test
    void mailWithoutSenderIsQuarantinedVisibly() {
        String to = site.app().sampleReplyAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/missing-from.eml", to), to);
        Http browser = loggedIn();
        String quarantine = Eventually.await("the mail in quarantine", WAIT, () -> {
            String text = Jsoup.parse(browser.get("/admin/quarantine").body()).select(".quarantine").text();
            return text.contains("e2e-missing-from-1@example.com") ? Optional.of(text) : Optional.empty();
        });
        assertThat(quarantine).contains("NO_SENDER");
    }

    /** A browser session logged in through the form. */
    private static Http loggedIn() {
        return site.app().loggedIn();
    }

    private static JsonNode awaitQueued(String fromName) {
        return site.app().awaitQueued(fromName, WAIT);
    }

    private static String csrf(Document page) {
        return TestApp.csrf(page);
    }
}
