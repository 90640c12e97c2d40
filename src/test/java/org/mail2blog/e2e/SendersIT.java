package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeUtility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;

/**
 * The admin's view of senders and spam on the real application with its embedded SMTP/IMAP server:
 * the spam button bans a sender, who is then listed on /admin/senders; their next mail lands in the
 * spam list; "Not spam" puts it back in the queue; "Forget" lifts the ban, so a third mail is queued
 * normally. The JSON API lists and forgets decisions too. Each test works on its own senders.
 */
class SendersIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    static Path dataDir;
    static TestApp app;
    private static int mails;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aBannedSendersMailCanBeTakenOutOfSpamAndTheBanForgotten() {
        String name = "Gunnel Strand";
        String address = "gunnel.strand@example.com";
        send(name, address, "Vill ni köpa lotter till föreningens höstmarknad? Vinsten är en kompostkvarn.");
        String first = app.awaitQueued(name, WAIT).get("id").asText();
        Http browser = app.loggedIn();
        Document queue = Jsoup.parse(browser.get("/admin/").body());
        assertThat(browser.postForm("/admin/queue/" + first + "/spam", Map.of("X-XSRF-TOKEN", TestApp.csrf(queue)))
                .statusCode()).isEqualTo(303);

        Document senders = page(browser);
        assertThat(senders.select("#banned .sender-row .address").eachText()).containsExactly(address);
        assertThat(senders.select("#banned .sender-row .decided").text()).startsWith("banned by admin on ");
        assertThat(senders.select("#banned .sender-row .history").text()).isEqualTo("0 published · 0 rejected · 1 spam");
        assertThat(senders.select("#spam-" + first + " .set-aside").text()).startsWith("by admin,");

        send(name, address, "Förlåt, det var fel av mig att skicka reklam hit. Vi sorterar glas och metall på gården.");
        String second = Eventually.await("the banned sender's next mail in the spam list", WAIT, () ->
                page(browser).select("#spam .spam-row").stream().map(e -> e.id().substring("spam-".length()))
                        .filter(id -> !id.equals(first)).findFirst());
        Document spam = page(browser);
        assertThat(spam.select("#spam-" + second + " .set-aside").text()).startsWith("by the ban on its sender");
        assertThat(spam.select("#spam-" + second + " .excerpt").text()).contains("Vi sorterar glas och metall");
        assertThat(spam.select("#spam .spam-row").first().id()).as("newest first").isEqualTo("spam-" + second);
        String raw = spam.select("#spam-" + second + " a[href$=/raw]").attr("href");
        assertThat(new String(browser.getBytes(raw).body(), StandardCharsets.UTF_8)).contains("glas och metall");
        assertThat(queuedIds()).doesNotContain(second);

        assertThat(browser.postForm("/admin/queue/" + second + "/not-spam",
                Map.of("X-XSRF-TOKEN", TestApp.csrf(spam))).statusCode()).isEqualTo(303);
        Document released = page(browser);
        assertThat(released.select("p[role=status]").text()).startsWith("Letter " + second + " is back in the approval queue.");
        assertThat(released.select("#spam-" + second)).isEmpty();
        assertThat(released.select("#banned .address").eachText()).as("the ban stays").containsExactly(address);
        assertThat(queuedIds()).contains(second);
        browser.postForm("/admin/queue/" + second + "/not-spam", Map.of("X-XSRF-TOKEN", TestApp.csrf(released)));
        assertThat(page(browser).select("p[role=status]").text())
                .isEqualTo("Letter " + second + " is not spam (any more), so nothing was changed.");

        Document before = page(browser);
        assertThat(browser.postForm("/admin/senders/forget", Map.of("X-XSRF-TOKEN", TestApp.csrf(before),
                "address", address)).statusCode()).isEqualTo(303);
        Document forgotten = page(browser);
        assertThat(forgotten.select("p[role=status]").text()).startsWith(address + " is no longer banned");
        assertThat(forgotten.select("#banned .empty").text()).isEqualTo("No banned senders.");

        send(name, address, "Jag glömde säga: the compost grinder is free for anyone who wants it.");
        JsonNode third = app.awaitQueued("a third mail queued normally", WAIT, item -> name.equals(
                item.get("fromName").asText()) && !Set.of(first, second).contains(item.get("id").asText()));
        assertThat(third.get("body").asText()).contains("the compost grinder is free");
        assertThat(auditActions(browser)).contains("admin spam-and-ban letter " + first,
                "mail2blog spam letter " + second, "admin not-spam letter " + second, "admin unban sender " + address);
    }

    @Test
    void thePageIsForLoggedInAdminsAndItsFormsNeedTheirToken() {
        HttpResponse<String> stranger = app.http().get("/admin/senders");
        assertThat(stranger.statusCode()).isEqualTo(303);
        assertThat(stranger.headers().firstValue("Location")).hasValue("/admin/login");
        assertThat(app.http().postForm("/admin/queue/1/not-spam", Map.of()).statusCode()).isEqualTo(403);
        Http browser = app.loggedIn();
        page(browser);
        HttpResponse<String> refused = browser.postForm("/admin/senders/forget", Map.of("address", "x@example.com"));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theApiListsAndForgetsDecisions() throws IOException {
        String name = "Bengt Ådahl";
        String address = "bengt.adahl@example.com";
        send(name, address, "Vi har ställt ut en ny behållare för batterier vid cykelstället.");
        String id = app.awaitQueued(name, WAIT).get("id").asText();
        assertThat(app.http().post("/admin/api/queue/" + id + "/approve?trust=true", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);

        JsonNode list = JSON.readTree(app.http().get("/admin/api/senders", TestApp.API_TOKEN).body());
        JsonNode bengt = Optional.ofNullable(find(list, address)).orElseThrow(() -> new AssertionError(list));
        assertThat(bengt.get("status").asText()).isEqualTo("TRUSTED");
        assertThat(bengt.get("decidedBy").asText()).isEqualTo("api");
        assertThat(bengt.get("decidedAt").asText()).isNotBlank();

        HttpResponse<String> forget = app.http().post("/admin/api/senders/forget?address=Bengt.Adahl%40Example.com",
                TestApp.API_TOKEN);
        assertThat(forget.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(forget.body()).get("forgotten").asText()).isEqualTo("TRUSTED");
        assertThat(find(JSON.readTree(app.http().get("/admin/api/senders", TestApp.API_TOKEN).body()), address)).isNull();
        assertThat(app.http().post("/admin/api/senders/forget?address=" + address, TestApp.API_TOKEN).statusCode())
                .isEqualTo(404);
        assertThat(app.http().post("/admin/api/senders/forget", TestApp.API_TOKEN).statusCode()).isEqualTo(400);
        assertThat(app.http().post("/admin/api/senders/forget?address=" + address, "wrong-token").statusCode())
                .isEqualTo(401);
        assertThat(app.http().post("/admin/api/queue/" + id + "/not-spam", TestApp.API_TOKEN).statusCode())
                .as("a published letter is not spam").isEqualTo(409);
    }

    private static JsonNode find(JsonNode list, String address) {
        for (JsonNode row : list) {
            if (address.equals(row.get("address").asText())) {
                return row;
            }
        }
        return null;
    }

    /** A letter from {@code name} (encoded in the From header as a mail client would) to the sample conversation. */
    private static void send(String name, String address, String text) {
        String to = app.sampleReplyAddress();
        String raw = new String(Mails.fixture("e2e/senders-letter.eml", to), StandardCharsets.UTF_8)
                .replace("${encoded-name}", encoded(name)).replace("${name}", name).replace("${address}", address).replace("${text}", text)
                .replace("${nr}", Integer.toString(++mails));
        Mails.send(app.settings().embeddedSmtpPort(), raw.getBytes(StandardCharsets.UTF_8), to);
    }

    private static String encoded(String name) {
        try {
            return MimeUtility.encodeWord(name, "UTF-8", "Q");
        } catch (UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static Document page(Http browser) {
        HttpResponse<String> response = browser.get("/admin/senders");
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    /** The ids of the pending letters, from the admin API. */
    private static List<String> queuedIds() {
        try {
            List<String> ids = new ArrayList<>();
            JSON.readTree(app.http().get("/admin/api/queue", TestApp.API_TOKEN).body())
                    .forEach(item -> ids.add(item.get("id").asText()));
            return ids;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The audit log page's rows as "who what on-what". */
    private static List<String> auditActions(Http browser) {
        return Jsoup.parse(browser.get("/admin/audit").body()).select("table.audit tbody tr").stream()
                .map(tr -> tr.select("td.actor").text() + " " + tr.select("td.action").text() + " "
                        + tr.select("td.target").text())
                .toList();
    }
}
