package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;

/**
 * A reply sent over SMTP and approved through the admin API shows up in the site feed and in its
 * conversation's feed, read over HTTP by a real feed parser; the pages link to the feeds.
 */
class FeedsIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ATOM = "application/atom+xml; charset=utf-8";
    @TempDir
    static Path dataDir;
    static TestApp app;
    static String letterId;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/feeds-reply.eml", to), to);
        JsonNode item = app.awaitQueued("Göran Ågren", WAIT);
        letterId = item.get("id").asText();
        HttpResponse<String> approved = app.http().post("/admin/api/queue/" + letterId + "/approve", TestApp.API_TOKEN);
        assertThat(approved.statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Feed fetch(String path) throws Exception {
        HttpResponse<byte[]> response = app.http().getBytes(path);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(ATOM);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).doesNotContain("@");
        return (Feed) new WireFeedInput(true, Locale.ROOT).build(
                new org.xml.sax.InputSource(new ByteArrayInputStream(response.body())));
    }

    private static Entry publishedLetter(Feed feed) {
        return feed.getEntries().stream()
                .filter(e -> e.getId().endsWith(":letter-" + letterId)).findFirst().orElseThrow();
    }

    @Test
    void approvedReplyIsInTheSiteFeed() throws Exception {
        Entry entry = publishedLetter(fetch("/feed.atom"));
        assertThat(entry.getTitle()).startsWith("Göran Ågren i ");
        assertThat(entry.getAlternateLinks().get(0).getHref())
                .isEqualTo(app.settings().baseUrl() + "/t/kallsortering-ii#letter-" + letterId);
        assertThat(entry.getContents().get(0).getValue()).contains("Vår förening sorterar glas, plåt och kartong");
    }

    @Test
    void approvedReplyIsInTheConversationFeed() throws Exception {
        Feed feed = fetch("/t/kallsortering-ii/feed.atom");
        assertThat(feed.getEntries().get(0).getId()).endsWith(":letter-" + letterId);
        assertThat(publishedLetter(feed).getContents().get(0).getValue()).contains("Äggkartonger");
    }

    @Test
    void unknownConversationHasNoFeed() {
        HttpResponse<String> response = app.http().get("/t/finns-inte/feed.atom");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    }

    @Test
    void pagesLinkToTheFeeds() {
        Document page = Jsoup.parse(app.http().get("/t/kallsortering-ii").body());
        assertThat(page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/feed.atom", "/t/kallsortering-ii/feed.atom");
        assertThat(page.select("p.feed a").attr("href")).isEqualTo("/t/kallsortering-ii/feed.atom");
        assertThat(page.select("p.feed a").text()).isEqualTo("Följ via flöde");
        Document index = Jsoup.parse(app.http().get("/").body());
        assertThat(index.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
                .containsExactly("/feed.atom");
    }
}
