package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mail2blog.testing.OutboxMails.header;
import static org.mail2blog.testing.OutboxMails.text;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.blog.Conversation;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * Followers on embedded defaults, every mail read from the recipient's own mailbox over IMAP:
 * authors are told their letter is published and then follow; followers get each new letter with a
 * personal reply address and one-click unsubscribe; a reply to that address comes back as its
 * sender's letter (or flagged, from anyone else); unsubscribing stops the mail; admins hear of
 * pending letters; "follow" by mail follows. Each test has a conversation of its own.
 */
class FollowersIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADMIN = "redaktor@example.com";
    private static final String PUBLISHED = "Ditt brev är publicerat";
    private static final String NEW_LETTER = "Nytt brev i";
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp(Map.of("mail2blog.admin.addresses", ADMIN, "mail2blog.notify.outbox-poll-seconds", "1"));

    @Test
    void followerWhoWroteEarlierGetsTheNewLetterAndHerReplyToItIsHerLetter() throws Exception {
        Conversation c = conversation("vedeldning", "Vedeldning");
        publish(c, "followers-first-writer.eml", "Hilda Berg");
        long olles = publish(c, "followers-second-writer.eml", "Olle Dahl");

        MimeMessage mail = awaitMail("hilda.berg@example.com", NEW_LETTER);
        String personal = header(mail, "Reply-To");
        assertThat(personal).matches("blog\\+[a-z2-9]{20}@localhost").isNotEqualTo(replyAddress(c));
        assertThat(header(mail, "List-Unsubscribe")).matches("<" + site.app().settings().baseUrl() + "/unsubscribe/\\w+>");
        assertThat(header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(header(mail, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(header(mail, "In-Reply-To")).isEqualTo("<e2e-followers-olle-1@example.com>");
        assertThat(mail.getSubject()).isEqualTo("Nytt brev i Vedeldning");
        assertThat(text(mail)).contains("Olle Dahl").contains("fuktmätare i vedboden").contains("2 augusti 2011")
                .contains(site.app().settings().baseUrl() + "/t/vedeldning#letter-" + olles).doesNotContain("olle.dahl@");
        assertThat(inbox("olle.dahl@example.com", NEW_LETTER)).isEmpty();

        send("followers-reply-to-personal-address.eml", personal);
        JsonNode reply = awaitQueued("Hilda Berg", "fuktmätare ska jag skaffa");
        assertThat(reply.get("conversation").asText()).isEqualTo("vedeldning");
        assertThat(reply.get("matchedBy").asText()).isEqualTo("RECIPIENT_ADDRESS");
        assertThat(reply.get("senderMismatch").asBoolean()).isFalse();
    }

    @Test
    void personalReplyAddressUsedBySomeoneElseIsQueuedFlagged() throws Exception {
        Conversation c = conversation("surdeg", "Surdeg");
        publish(c, "followers-published-author.eml", "Greta Nilsson");
        String gretasAddress = header(awaitMail("greta.nilsson@example.com", PUBLISHED), "Reply-To");

        send("followers-personal-address-other-sender.eml", gretasAddress);
        JsonNode flagged = awaitQueued("Sixten Kvist", "Vi eldar med gran");
        assertThat(flagged.get("conversation").asText()).isEqualTo("surdeg");
        assertThat(flagged.get("senderMismatch").asBoolean()).isTrue();
        Document queue = Jsoup.parse(loggedIn().get("/admin/").body());
        assertThat(queue.select("#item-" + flagged.get("id").asText() + " .sender-mismatch").text())
                .containsIgnoringCase("token/sender mismatch");
    }

    @Test
    void authorIsToldTheLetterIsPublishedWithItsLink() throws Exception {
        Conversation c = conversation("brodbak", "Brödbak");
        long id = publish(c, "followers-published-notice.eml", "Astrid Wall");
        MimeMessage notice = awaitMail("astrid.wall@example.com", PUBLISHED);
        assertThat(notice.getSubject()).isEqualTo("Ditt brev är publicerat: Brödbak");
        assertThat(text(notice)).contains(site.app().settings().baseUrl() + "/t/brodbak#letter-" + id).contains("Astrid Wall");
        assertThat(header(notice, "Reply-To")).matches("blog\\+[a-z2-9]{20}@localhost").isNotEqualTo(replyAddress(c));
        assertThat(header(notice, "In-Reply-To")).isEqualTo("<e2e-followers-astrid-1@example.com>");
        assertThat(header(notice, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(header(notice, "List-Id")).isEqualTo("<blog.localhost>");
    }

    @Test
    void adminAddressGetsThePendingLetterWithItsTrimmedText() throws Exception {
        Conversation c = conversation("tradgardsland", "Trädgårdsland");
        send("followers-pending-with-quote.eml", replyAddress(c));
        MimeMessage pending = Eventually.await("the pending-letter mail to the admin", WAIT, () ->
                inbox(ADMIN, "Nytt brev väntar på granskning: Trädgårdsland").stream().findFirst());
        assertThat(text(pending)).contains("Stina Moberg").contains("potatis i pallkragar")
                .doesNotContain("Vem mer har ett trädgårdsland").contains(site.app().settings().baseUrl() + "/admin/");
        assertThat(header(pending, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(pending.getHeader("List-Unsubscribe")).isNull();
    }

    @Test
    void unsubscribingByOneClickOrByTheButtonStopsTheMail() throws Exception {
        Conversation c = conversation("cykelvagar", "Cykelvägar");
        publish(c, "followers-unsubscriber-writes.eml", "Rut Ahl");
        String maj = "maj.holm@example.com";
        HttpResponse<String> asked = site.app().http().postForm("/t/cykelvagar/follow", Map.of("address", maj));
        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(site.app().http().postForm("/t/cykelvagar/follow", Map.of("address", "rut.ahl@example.com")).body())
                .as("the form never tells whether an address already follows").isEqualTo(asked.body());
        confirmFollow(awaitMail(maj, "Bekräfta att du vill följa"));

        publish(c, "followers-new-letter-before-unsubscribe.eml", "Ture Lind");
        MimeMessage toRut = awaitMail("rut.ahl@example.com", NEW_LETTER);
        MimeMessage toMaj = awaitMail(maj, NEW_LETTER);

        HttpResponse<String> oneClick = site.app().http().postForm(unsubscribePath(toRut),
                Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.body()).contains("Du får inga fler mejl");
        Document button = Jsoup.parse(site.app().http().get(unsubscribePath(toMaj)).body());
        assertThat(button.select("form").attr("method")).isEqualTo("post");
        HttpResponse<String> pressed = site.app().http().postForm(button.select("form").attr("action"), Map.of());
        assertThat(pressed.statusCode()).isEqualTo(200);
        assertThat(pressed.body()).contains("Du får inga fler mejl");

        publish(c, "followers-new-letter-after-unsubscribe.eml", "Ulla Sjö");
        awaitMail("ulla.sjo@example.com", PUBLISHED);
        Eventually.stays("no new letter to those who unsubscribed", Duration.ofSeconds(3), () ->
                inbox("rut.ahl@example.com", NEW_LETTER).size() == 1 && inbox(maj, NEW_LETTER).size() == 1);
    }

    @Test
    void followMailedToTheConversationFollowsWithoutQueueingALetter() throws Exception {
        Conversation c = conversation("bokcirkel", "Bokcirkel");
        send("followers-follow-command.eml", replyAddress(c));
        Http admin = loggedIn();
        String ignored = Eventually.await("the follow mail recorded", WAIT, () -> {
            String text = Jsoup.parse(admin.get("/admin/quarantine").body()).select(".ignored").text();
            return text.contains("e2e-followers-siv-1@example.com") ? Optional.of(text) : Optional.empty();
        });
        assertThat(ignored).contains("FOLLOW_COMMAND");

        publish(c, "followers-letter-for-mail-follower.eml", "Per Holm");
        assertThat(text(awaitMail("siv.nyberg@example.com", NEW_LETTER))).contains("Hemsöborna");
        assertThat(site.app().http().get("/admin/api/queue", TestApp.API_TOKEN).body()).doesNotContain("Siv Nyberg");
        assertThat(Imap.inbox(site.app().settings().embeddedImapPort(), "siv.nyberg@example.com", "siv.nyberg@example.com"))
                .as("a follow command is not acknowledged as a letter").hasSize(1);
    }

    @Test
    void unknownTokensAreThe404Page() {
        assertThat(site.app().http().get("/unsubscribe/nosuchtoken").statusCode()).isEqualTo(404);
        assertThat(site.app().http().postForm("/unsubscribe/nosuchtoken", Map.of("List-Unsubscribe", "One-Click"))
                .statusCode()).isEqualTo(404);
        assertThat(site.app().http().get("/follow/nosuchtoken").statusCode()).isEqualTo(404);
        assertThat(site.app().http().postForm("/t/no-such-conversation/follow", Map.of("address", "x@example.com"))
                .statusCode()).isEqualTo(404);
    }

    private static Conversation conversation(String slug, String title) {
        return site.app().app().beans().conversations().create(new NewConversation(slug, title,
                "Skriv gärna och berätta.", "", List.of(), true));
    }

    private static String replyAddress(Conversation c) {
        return site.app().app().beans().replyAddress().forToken(c.replyToken());
    }

    private static void send(String fixture, String to) {
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/" + fixture, to), to);
    }

    /** Sends a letter to the conversation, waits for it in the queue and approves it; returns its id. */
    private static long publish(Conversation c, String fixture, String fromName) {
        send(fixture, replyAddress(c));
        JsonNode item = awaitQueued(fromName, "");
        HttpResponse<String> approved = site.app().http().post("/admin/api/queue/" + item.get("id").asText() + "/approve",
                TestApp.API_TOKEN);
        assertThat(approved.statusCode()).isEqualTo(200);
        return item.get("id").asLong();
    }

    /** Presses the confirm button behind the link in a follow confirmation mail. */
    private static void confirmFollow(MimeMessage confirmation) {
        String link = text(confirmation).lines().filter(l -> l.contains("/follow/")).findFirst().orElseThrow().strip();
        String path = link.substring(site.app().settings().baseUrl().length());
        Document page = Jsoup.parse(site.app().http().get(path).body());
        HttpResponse<String> confirmed = site.app().http().postForm(page.select("form").attr("action"), Map.of());
        assertThat(confirmed.statusCode()).isEqualTo(200);
    }

    private static String unsubscribePath(MimeMessage mail) {
        return header(mail, "List-Unsubscribe").replaceAll("[<>]", "").substring(site.app().settings().baseUrl().length());
    }

    private static List<MimeMessage> inbox(String address, String subjectStart) {
        return Imap.inbox(site.app().settings().embeddedImapPort(), address, address).stream()
                .filter(m -> subject(m).startsWith(subjectStart)).toList();
    }

    private static MimeMessage awaitMail(String address, String subjectStart) {
        return Eventually.await("a mail '" + subjectStart + "' to " + address, WAIT,
                () -> inbox(address, subjectStart).stream().findFirst());
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject() == null ? "" : mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode awaitQueued(String fromName, String bodyPart) {
        return site.app().awaitQueued("a queued letter from " + fromName, WAIT, item -> fromName.equals(item.get("fromName").asText())
                && item.get("body").asText().contains(bodyPart));
    }

    /** A browser session logged in through the form. */
    private static Http loggedIn() {
        return site.app().loggedIn();
    }
}
