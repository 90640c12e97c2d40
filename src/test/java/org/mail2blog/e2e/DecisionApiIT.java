package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mail2blog.blog.NewConversation;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.EmbeddedApp;
import org.mail2blog.testing.TestApp;

/**
 * The admin API's decisions (bearer token, actor {@code api}): approve with trust, reject with a
 * reason, spam, edit then approve, move; each with the answer shape and status codes of the existing
 * endpoints, and each in the audit log.
 */
class DecisionApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String QUEUE = "/admin/api/queue/";
    @RegisterExtension
    static final EmbeddedApp site = new EmbeddedApp();

    /** Sends a letter (ASCII sender name, Swedish text) to {@code to} and waits until it is queued. */
    private static String queued(String name, String address, String to, String subject, String text) {
        String raw = new String(Mails.fixture("e2e/desk-api-letter.eml", to), StandardCharsets.UTF_8)
                .replace("${name}", name).replace("${address}", address).replace("${subject}", subject)
                .replace("${text}", text);
        Mails.send(site.app().settings().embeddedSmtpPort(), raw.getBytes(StandardCharsets.UTF_8), to);
        return site.app().awaitQueued(name, WAIT).get("id").asText();
    }

    private static String toSample(String name, String address, String text) {
        return queued(name, address, site.app().sampleReplyAddress(), "Sv: Kallsortering II", text);
    }

    private static HttpResponse<String> post(String path) {
        return site.app().http().post(path, TestApp.API_TOKEN);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static String page() {
        return Jsoup.parse(site.app().http().get("/t/kallsortering-ii").body()).text();
    }

    @Test
    void approveWithTrustPublishesAndIsAuditedAsSuch() throws Exception {
        String id = toSample("Bo Trygg", "bo.trygg@example.com", "Vi komposterar i tre fack på gården.");
        HttpResponse<String> approved = post(QUEUE + id + "/approve?trust=true");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved)).hasToString("{\"id\":" + id + ",\"decision\":\"approve-and-trust\",\"outcome\":\"DONE\"}");
        assertThat(page()).contains("tre fack på gården");
        assertThat(post(QUEUE + id + "/approve").statusCode()).isEqualTo(409);
        assertThat(audit()).contains("api approve-and-trust letter " + id + " trusted sender bo.trygg@example.com");
    }

    @Test
    void rejectTakesItsReasonFromTheFormBodyToo() throws Exception {
        String id = toSample("Ada Nej", "ada.nej@example.com", "Det här brevet passar inte.");
        HttpResponse<String> rejected = site.app().http().postForm(QUEUE + id + "/reject", TestApp.API_TOKEN,
                Map.of("reason", "Utanför ämnet – förlåt!"));
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(json(rejected).get("decision").asText()).isEqualTo("reject");
        assertThat(post(QUEUE + id + "/reject").statusCode()).isEqualTo(409);
        assertThat(audit()).contains("api reject letter " + id + " Utanför ämnet – förlåt!");
        String tooLong = toSample("Ada Lang", "ada.lang@example.com", "Ett till brev.");
        HttpResponse<String> refused = site.app().http().postForm(QUEUE + tooLong + "/reject", TestApp.API_TOKEN,
                Map.of("reason", "x".repeat(1001)));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).get("outcome").asText()).isEqualTo("INVALID");
    }

    @Test
    void spamSetsTheLetterAsideAndAnUnknownLetterIsA404() throws Exception {
        String id = toSample("Sam Spam", "sam.spam@example.com", "Köp billiga klockor här.");
        HttpResponse<String> spam = post(QUEUE + id + "/spam");
        assertThat(spam.statusCode()).isEqualTo(200);
        assertThat(json(spam).get("decision").asText()).isEqualTo("spam");
        assertThat(site.app().http().get("/admin/api/queue", TestApp.API_TOKEN).body()).doesNotContain("Sam Spam");
        assertThat(post(QUEUE + id + "/approve").statusCode()).isEqualTo(409);
        assertThat(post(QUEUE + "999999/spam").statusCode()).isEqualTo(404);
        assertThat(post(QUEUE + "x/spam").statusCode()).isEqualTo(404);
        assertThat(audit()).contains("api spam-and-ban letter " + id + " banned sender sam.spam@example.com");
    }

    @Test
    void editPublishesTheGivenBodyAndABlankOneIsA400() throws Exception {
        String id = toSample("Eva Ord", "eva.ord@example.com", "Vi sorterar glas och papper, typ.");
        HttpResponse<String> blank = site.app().http().postForm(QUEUE + id + "/edit", TestApp.API_TOKEN, Map.of("body", " "));
        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(json(blank)).hasToString("{\"id\":" + id + ",\"decision\":\"edit-and-approve\",\"outcome\":\"INVALID\"}");
        HttpResponse<String> edited = post(QUEUE + id + "/edit?body="
                + URLEncoder.encode("Hej!\n\nVi sorterar glas och papper.\n\nMvh Eva", StandardCharsets.UTF_8));
        assertThat(edited.statusCode()).isEqualTo(200);
        assertThat(page()).contains("Vi sorterar glas och papper.").doesNotContain("papper, typ");
        assertThat(post(QUEUE + "999999/edit?body=Hej").statusCode()).isEqualTo(404);
    }

    @Test
    void moveTiesALetterToTheNamedConversation() throws Exception {
        site.app().app().beans().conversations().create(new NewConversation("pantburkar", "Pantburkar", "", "", List.of(),
                true));
        String id = queued("Ulf Vilse", "ulf.vilse@example.com", site.app().settings().blogAddress(), "En fundering",
                "Var lämnar man pantburkar i stan?");
        assertThat(post(QUEUE + id + "/move").statusCode()).isEqualTo(400);
        assertThat(post(QUEUE + id + "/move?conversation=finns-inte").statusCode()).isEqualTo(404);
        HttpResponse<String> moved = post(QUEUE + id + "/move?conversation=pantburkar");
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(json(moved)).hasToString("{\"id\":" + id + ",\"conversation\":\"pantburkar\",\"outcome\":\"DONE\"}");
        JsonNode item = site.app().awaitQueued("Ulf Vilse", WAIT);
        assertThat(item.get("conversation").asText()).isEqualTo("pantburkar");
        assertThat(item.get("matchedBy").asText()).isEqualTo("ADMIN");
        assertThat(post(QUEUE + id + "/move?conversation=kallsortering-ii").statusCode()).isEqualTo(200);
        assertThat(post(QUEUE + id + "/reject").statusCode()).isEqualTo(200);
        assertThat(post(QUEUE + id + "/move?conversation=pantburkar").statusCode()).isEqualTo(409);
        assertThat(audit()).contains("api attach letter " + id + " to pantburkar")
                .contains("api move letter " + id + " from pantburkar to kallsortering-ii");
    }

    /** The audit log page as text, one line per entry without its time: who, what, on what, detail. */
    private static String audit() {
        Http browser = site.app().loggedIn();
        return String.join("\n", Jsoup.parse(browser.get("/admin/audit").body()).select("table.audit tbody tr")
                .stream().map(tr -> String.join(" ", tr.select("td").stream().skip(1).map(Element::text).toList())
                        .strip()).toList());
    }
}
