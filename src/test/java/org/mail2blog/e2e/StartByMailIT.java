package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * Issue 4 end to end: an admin starts a conversation by mail (plainly, or by forwarding an
 * exchange) and publishes it; a reader's mail that names a conversation only by its subject is
 * queued as a guess; an unmatched mail is attached to a conversation, approved and shown.
 */
class StartByMailIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(20);
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp(Map.of("mail2blog.admin.addresses", "redaktion@example.com, Henrik.Ahl@Example.com"));

    @Test
    void adminMailStartsADraftThatIsPublishedThroughTheApi() {
        send("e2e/admin-starts-conversation.eml");
        JsonNode draft = awaitConversation("Cykelförrådet på gården – vems är cyklarna?");
        String slug = draft.get("slug").asText();
        assertThat(slug).isEqualTo("cykelforradet-pa-garden-vems-ar-cyklarna");
        assertThat(draft.get("published").asBoolean()).isFalse();
        assertThat(draft.get("letters").asInt()).isZero();
        assertThat(draft.get("replyAddress").asText()).startsWith("blog+").endsWith("@localhost");
        assertThat(site.app().http().get("/").body()).doesNotContain("Cykelförrådet");
        assertThat(site.app().http().get("/t/" + slug).statusCode()).isEqualTo(404);
        assertThat(api("/admin/api/queue")).doesNotContain("Henrik");

        HttpResponse<String> published = site.app().http().post("/admin/api/conversations/" + slug + "/publish",
                TestApp.API_TOKEN);
        assertThat(published.statusCode()).isEqualTo(200);

        assertThat(Jsoup.parse(site.app().http().get("/").body()).select("article.card h2 a").eachAttr("href"))
                .contains("/t/" + slug);
        Document page = Jsoup.parse(site.app().http().get("/t/" + slug).body());
        assertThat(page.select("h1").text()).isEqualTo("Cykelförrådet på gården – vems är cyklarna?");
        assertThat(page.select("section.intro").text()).contains("I förrådet på gården står tjugo cyklar")
                .doesNotContain("Skickat från min telefon");
        assertThat(page.select("article.letter")).isEmpty();
        assertThat(page.text()).doesNotContain("henrik.ahl@example.com");
    }

    @Test
    void forwardedExchangeKeepsItsAuthorsOldestFirst() {
        send("e2e/admin-forwards-exchange-gmail.eml");
        JsonNode draft = awaitConversation("Tvättstugan och bokningslistan");
        assertThat(draft.get("published").asBoolean()).isFalse();
        assertThat(draft.get("letters").asInt()).isEqualTo(3);
        String slug = draft.get("slug").asText();
        assertThat(site.app().http().get("/t/" + slug).statusCode()).isEqualTo(404);

        assertThat(site.app().http().post("/admin/api/conversations/" + slug + "/publish", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);

        Document page = Jsoup.parse(site.app().http().get("/t/" + slug).body());
        assertThat(page.select("section.intro").text()).startsWith("Här är brevväxlingen om tvättstugan");
        assertThat(page.select("article.letter .author").eachText())
                .containsExactly("Ingrid Sjöberg", "Tomas Berg", "Ingrid Sjöberg");
        assertThat(page.select("article.letter").get(0).text()).contains("Bokningslistan i tvättstugan har försvunnit");
        assertThat(page.select("article.letter").get(2).text()).contains("papperslistan bredvid");
        assertThat(page.select("p.count").first().text()).isEqualTo("3 brev");
        assertThat(page.text()).doesNotContain("Vidarebefordrat").doesNotContain("@example.com");
    }

    @Test
    void replyNamingAConversationOnlyBySubjectIsQueuedAsAGuess() {
        send("e2e/subject-guess-reply.eml");
        JsonNode item = awaitQueued("Viktor Nyström");
        assertThat(item.get("matchedBy").asText()).isEqualTo("SUBJECT_GUESS");
        assertThat(item.get("conversation").asText()).isEqualTo("kallsortering-ii");
        assertThat(site.app().http().get("/t/kallsortering-ii").body()).doesNotContain("Viktor Nyström");

        Document queue = Jsoup.parse(loggedIn().get("/admin/").body());
        assertThat(queue.select("#item-" + item.get("id").asText() + " .flag.guess").text())
                .containsIgnoringCase("matched by subject guess — check");
    }

    @Test
    void unmatchedMailIsAttachedThroughTheApiThenApprovedAndShown() {
        send("e2e/unmatched-letter.eml");
        JsonNode item = awaitQueued("Greta Holm");
        assertThat(item.get("conversation").isNull()).isTrue();
        assertThat(item.get("matchedBy").asText()).isEqualTo("NONE");
        String id = item.get("id").asText();

        HttpResponse<String> attached = site.app().http().post("/admin/api/queue/" + id + "/attach?conversation=kallsortering-ii",
                TestApp.API_TOKEN);
        assertThat(attached.statusCode()).isEqualTo(200);
        HttpResponse<String> approved = site.app().http().post("/admin/api/queue/" + id + "/approve", TestApp.API_TOKEN);
        assertThat(approved.statusCode()).isEqualTo(200);

        Document page = Jsoup.parse(site.app().http().get("/t/kallsortering-ii").body());
        assertThat(page.select("article.letter .author").eachText()).contains("Greta Holm");
        assertThat(page.text()).contains("vad ni gör med den på vintern");
    }

    @Test
    void unmatchedMailIsAttachedThroughTheQueuePageForm() {
        send("e2e/unmatched-question.eml");
        String id = awaitQueued("Olle Dahl").get("id").asText();
        Http browser = loggedIn();
        Document queue = Jsoup.parse(browser.get("/admin/").body());
        assertThat(queue.select("#item-" + id + " select[name=conversation] option").eachAttr("value"))
                .contains("kallsortering-ii");

        HttpResponse<String> attached = browser.postForm("/admin/queue/" + id + "/attach",
                Map.of("X-XSRF-TOKEN", csrf(queue), "conversation", "kallsortering-ii"));
        assertThat(attached.statusCode()).isEqualTo(303);
        Document after = Jsoup.parse(browser.get("/admin/").body());
        assertThat(after.select("[role=status]").text()).contains("now belongs to kallsortering-ii; it can be approved");
        assertThat(after.select("#item-" + id + " h2").text()).startsWith("Källsortering II");
        assertThat(after.select("#item-" + id + " form").eachAttr("action")).contains("/admin/queue/" + id + "/approve");
    }

    @Test
    void attachingToAnUnknownConversationIsRefused() {
        assertThat(site.app().http().post("/admin/api/queue/1/attach?conversation=finns-inte", TestApp.API_TOKEN)
                .statusCode()).isEqualTo(404);
        assertThat(site.app().http().post("/admin/api/queue/1/attach", TestApp.API_TOKEN).statusCode()).isEqualTo(400);
        assertThat(site.app().http().post("/admin/api/conversations/finns-inte/publish", TestApp.API_TOKEN).statusCode())
                .isEqualTo(404);
    }

    @Test
    void adminPagesPublishAndWithdrawAConversation() {
        Http browser = loggedIn();
        Document list = Jsoup.parse(browser.get("/admin/conversations").body());
        assertThat(list.select("#conversation-kallsortering-ii form").attr("action"))
                .isEqualTo("/admin/conversations/kallsortering-ii/unpublish");
        assertThat(browser.postForm("/admin/conversations/kallsortering-ii/unpublish", Map.of()).statusCode())
                .isEqualTo(403);

        HttpResponse<String> withdrawn = browser.postForm("/admin/conversations/kallsortering-ii/unpublish",
                Map.of("X-XSRF-TOKEN", csrf(list)));
        assertThat(withdrawn.statusCode()).isEqualTo(303);
        assertThat(site.app().http().get("/t/kallsortering-ii").statusCode()).isEqualTo(404);

        Document again = Jsoup.parse(browser.get("/admin/conversations").body());
        assertThat(again.select("[role=status]").text()).contains("no longer published");
        browser.postForm("/admin/conversations/kallsortering-ii/publish", Map.of("X-XSRF-TOKEN", csrf(again)));
        assertThat(site.app().http().get("/t/kallsortering-ii").statusCode()).isEqualTo(200);
    }

    private static void send(String fixture) {
        String to = site.app().settings().blogAddress();
        Mails.send(site.app().settings().embeddedSmtpPort(), Mails.fixture(fixture, to), to);
    }

    private static String api(String path) {
        return site.app().http().get(path, TestApp.API_TOKEN).body();
    }

    private static JsonNode awaitConversation(String title) {
        return Eventually.await("conversation " + title, WAIT, () -> find(api("/admin/api/conversations"), "title", title));
    }

    private static JsonNode awaitQueued(String fromName) {
        return site.app().awaitQueued(fromName, WAIT);
    }

    private static Optional<JsonNode> find(String json, String field, String value) {
        try {
            for (JsonNode node : JSON.readTree(json)) {
                if (value.equals(node.get(field).asText())) {
                    return Optional.of(node);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Http loggedIn() {
        return site.app().loggedIn();
    }

    private static String csrf(Document page) {
        return TestApp.csrf(page);
    }
}
