package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.OutboxMails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * Issue 5, conversations on the admin web: an admin logs in, creates a conversation with the form,
 * moves it to a new slug (the old link answers 301), closes it, and a reply that still comes is
 * queued, flagged on the queue page, and acknowledged as closed.
 */
class ConversationAdminIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    private static Map<String, String> form(Document page, String... fields) {
        Map<String, String> form = new HashMap<>(Map.of("X-XSRF-TOKEN", TestApp.csrf(page)));
        for (int i = 0; i < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        return form;
    }

    @Test
    void createdConversationMovesClosesAndFlagsTheReplyThatStillComes() {
        Http browser = site.app().loggedIn();
        Document blank = Jsoup.parse(browser.get("/admin/conversations/new").body());
        HttpResponse<String> created = browser.postForm("/admin/conversations/new", form(blank,
                "title", "Komposten i kvarteret", "slug", "", "intro", "Igår skrev jag om komposten.\r\n\r\nVälkomna att svara!",
                "outro", "", "labels", "Miljö, Vardag", "publish", "now"));
        assertThat(created.statusCode()).isEqualTo(303);
        assertThat(created.headers().firstValue("Location")).hasValue("/admin/conversations/komposten-i-kvarteret");
        Document reader = Jsoup.parse(site.app().http().get("/t/komposten-i-kvarteret").body());
        assertThat(reader.select("h1").text()).isEqualTo("Komposten i kvarteret");
        assertThat(reader.select(".labels").text()).isEqualTo("Etiketter: Miljö, Vardag");

        Document edit = Jsoup.parse(browser.get("/admin/conversations/komposten-i-kvarteret").body());
        assertThat(edit.select("[role=status]").text()).contains("created and published");
        HttpResponse<String> moved = browser.postForm("/admin/conversations/komposten-i-kvarteret", form(edit,
                "title", "Komposten i kvarteret", "slug", "kompost-2011", "intro", edit.select("#intro").text(),
                "outro", "", "labels", "Miljö, Vardag"));
        assertThat(moved.headers().firstValue("Location")).hasValue("/admin/conversations/kompost-2011");
        HttpResponse<String> old = site.app().http().get("/t/komposten-i-kvarteret");
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.headers().firstValue("Location")).hasValue("/t/kompost-2011");
        assertThat(site.app().http().get("/t/kompost-2011").statusCode()).isEqualTo(200);

        Document movedPage = Jsoup.parse(browser.get("/admin/conversations/kompost-2011").body());
        assertThat(browser.postForm("/admin/conversations/kompost-2011/close", form(movedPage)).statusCode()).isEqualTo(303);
        Document closedReader = Jsoup.parse(site.app().http().get("/t/kompost-2011").body());
        assertThat(closedReader.select("p.closed").text()).isEqualTo("Samtalet är stängt för nya brev.");
        assertThat(closedReader.select("a.reply-cta, form.follow")).isEmpty();

        String to = replyAddress("kompost-2011");
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture("e2e/closed-conversation-reply.eml", to), to);
        JsonNode item = site.app().awaitQueued("Per Ekholm", WAIT);
        assertThat(item.get("conversationClosed").asBoolean()).isTrue();
        Document queue = Jsoup.parse(browser.get("/admin/").body());
        assertThat(queue.select("#item-" + item.get("id").asText() + " .flag.conversation-closed").text())
                .startsWith("Conversation closed");

        MimeMessage ack = Eventually.await("the acknowledgement to Per", WAIT, () -> Imap.inbox(
                site.app().settings().embeddedImapPort(), "per.ekholm@example.com", "per.ekholm@example.com").stream().findFirst());
        assertThat(OutboxMails.text(ack)).contains("Samtalet är stängt för nya brev")
                .contains(site.app().settings().baseUrl() + "/t/kompost-2011");
    }

    @Test
    void blankTitleRedisplaysTheFormWithItsMessage() {
        Http browser = site.app().loggedIn();
        Document blank = Jsoup.parse(browser.get("/admin/conversations/new").body());
        HttpResponse<String> refused = browser.postForm("/admin/conversations/new", form(blank,
                "title", "  ", "slug", "Med mellanslag", "intro", "Åäö kvar", "outro", "", "labels", "", "publish", "draft"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select("#title-error").text()).isEqualTo("Give the conversation a title.");
        assertThat(page.select("#slug-error").text()).contains("a–z");
        assertThat(page.select("#intro").text()).isEqualTo("Åäö kvar");
    }

    @Test
    void slugOfAnotherConversationIsRefusedOnEdit() {
        Http browser = site.app().loggedIn();
        Document blank = Jsoup.parse(browser.get("/admin/conversations/new").body());
        browser.postForm("/admin/conversations/new", form(blank, "title", "Trapphuset", "slug", "trapphuset",
                "intro", "", "outro", "", "labels", "", "publish", "draft"));
        Document edit = Jsoup.parse(browser.get("/admin/conversations/trapphuset").body());
        HttpResponse<String> refused = browser.postForm("/admin/conversations/trapphuset", form(edit,
                "title", "Trapphuset", "slug", "kallsortering-ii", "intro", "", "outro", "", "labels", ""));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.body()).select("#slug-error").text()).contains("kallsortering-ii");
        assertThat(site.app().http().get("/t/kallsortering-ii").body()).contains("Källsortering II");
    }

    @Test
    void formWithoutItsCsrfTokenIsForbidden() {
        Http browser = site.app().loggedIn();
        HttpResponse<String> refused = browser.postForm("/admin/conversations/new", Map.of("title", "Utan token"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void unknownConversationIsNotFound() {
        assertThat(site.app().loggedIn().get("/admin/conversations/finns-inte").statusCode()).isEqualTo(404);
    }

    private static String replyAddress(String slug) {
        return site.app().app().beans().conversations().findBySlug(slug)
                .map(c -> site.app().app().beans().replyAddress().forToken(c.replyToken())).orElseThrow();
    }
}
