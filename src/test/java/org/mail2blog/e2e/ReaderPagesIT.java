package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;

/**
 * A reader goes from the front page to a conversation, from there to a label page, and searches:
 * the search finds a published letter and never a pending one.
 */
class ReaderPagesIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dataDir;
    static TestApp app;
    static String publishedId;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/reader-published-letter.eml", to), to);
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/reader-pending-letter.eml", to), to);
        publishedId = app.awaitQueued("Karin Lundqvist", WAIT).get("id").asText();
        app.awaitQueued("Bertil Holm", WAIT);
        assertThat(app.http().post("/admin/api/queue/" + publishedId + "/approve", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Document get(String path, int status) {
        HttpResponse<String> response = app.http().get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(status);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("script")).isEmpty();
        return page;
    }

    @Test
    void readerGoesFromTheFrontPageToTheConversationAndOnToItsLabel() {
        Element card = get("/", 200).selectFirst("article.card h2 a");
        assertThat(card.text()).startsWith("Källsortering II");

        Document conversation = get(card.attr("href"), 200);
        Element letter = conversation.selectFirst("#letter-" + publishedId);
        assertThat(letter.select(".author").text()).isEqualTo("Karin Lundqvist");
        Element link = letter.selectFirst("p a[href]");
        assertThat(link.attr("href")).isEqualTo("https://example.com/atervinning?omrade=norr&typ=metall");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener ugc");
        assertThat(conversation.text()).doesNotContain("batteries");

        String labelUrl = conversation.select(".labels a").eachAttr("href").stream()
                .filter(href -> href.startsWith("/labels/Milj")).findFirst().orElseThrow();
        Document label = get(labelUrl, 200);
        assertThat(label.select(".label-name").text()).isEqualTo("Miljö");
        assertThat(label.select("article.card h2 a").attr("href")).isEqualTo(card.attr("href"));
        assertThat(get("/labels/milj%C3%96", 200).select("article.card")).hasSize(1);
    }

    @Test
    void searchFindsThePublishedLetterAndNotThePendingOne() {
        String href = "/t/kallsortering-ii#letter-" + publishedId;
        Document found = get("/search?q=" + URLEncoder.encode("kärl", StandardCharsets.UTF_8), 200);
        assertThat(found.select(".hit h2 a").eachAttr("href")).as("the sample letters say kärl too").contains(href);
        Document exact = get("/search?q=" + URLEncoder.encode("CYKELSTÄLLET metall", StandardCharsets.UTF_8), 200);
        assertThat(exact.select(".hit h2 a").eachAttr("href")).containsExactly(href);
        assertThat(exact.select(".hit .meta").text()).startsWith("Karin Lundqvist").doesNotContain("@");
        assertThat(exact.select(".hit .snippet").text()).contains("eget kärl för metall vid cykelstället");

        Document pending = get("/search?q=batteries", 200);
        assertThat(pending.select(".hit")).isEmpty();
        assertThat(pending.select(".empty").text()).isEqualTo("Inga brev hittades. Pröva ett annat ord.");
        assertThat(get("/search", 200).select("form.search input[name=q]")).hasSize(1);
    }

    @Test
    void unknownLabelAndPageBeyondTheLastAreNotFound() {
        assertThat(get("/labels/fotboll", 404).text()).contains("Sidan finns inte");
        get("/?page=99", 404);
        assertThat(get("/?page=inte-ett-tal", 200).select("article.card")).isNotEmpty();
    }
}
