package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/**
 * What the admin sees of a pending letter, over real SMTP, IMAP and HTTP: an HTML reply with an
 * attachment shows on the queue as readers will see it, with its flags, its original mail made safe,
 * the lines the trimmer cut, and a raw download of exactly the stored bytes for logged-in admins only.
 */
class QueueReviewIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dataDir;
    static TestApp app;
    static long letterId;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/html-reply-with-attachment.eml", to), to);
        letterId = app.awaitQueued("Lars Ek", WAIT).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static Element queuedItem() {
        Document queue = Jsoup.parse(app.loggedIn().get("/admin/").body());
        return queue.selectFirst("#item-" + letterId);
    }

    @Test
    void htmlReplyWithAttachmentShowsWithItsFlagsAndOriginal() {
        Element item = queuedItem();

        assertThat(item.select(".facts").text()).contains("Lars Ek").contains("lars.ek@example.com")
                .contains("No earlier decided letters from this address");
        assertThat(item.select(".flag.attachments")).hasSize(1);
        assertThat(item.select(".preview article.letter").text()).contains("Här är ritningen till det nya förrådet")
                .contains("Mvh Lars").doesNotContain("Har någon av er en ritning");
        assertThat(item.select(".attachments li").eachText()).containsExactly("ritning-förråd.pdf (application/pdf, 52 bytes)");
        assertThat(item.select("pre.mail-text").text()).contains("Dörren blir en meter bred").contains("> Har någon av er");
        assertThat(item.select(".mail-html").text()).contains("Här är ritningen till det nya förrådet för kärlen, se bilagan.")
                .contains("[image]").doesNotContain("tracker.example.net");
        assertThat(item.select("script, img, style, [onclick], .mail-html a")).isEmpty();
        assertThat(item.select(".cut-view del.cut").eachText()).containsExactly(
                "Den 11 juli 2011 kl. 21:40 skrev Roger Lind <roger.lind@example.com>:",
                "> Har någon av er en ritning på ett förråd?");
    }

    @Test
    void rawDownloadIsTheStoredBytesExactly() throws SQLException {
        String raw = queuedItem().select("details.original a").attr("href");
        long key = Long.parseLong(raw.replaceAll("\\D", ""));

        HttpResponse<byte[]> download = app.loggedIn().getBytes(raw);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("message/rfc822");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"mail-" + key + ".eml\"");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.body()).isEqualTo(storedRaw(key));
    }

    @Test
    void rawDownloadNeedsALogin() {
        String raw = queuedItem().select("details.original a").attr("href");

        HttpResponse<byte[]> anonymous = app.http().getBytes(raw);

        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/admin/login");
        assertThat(anonymous.body()).isEmpty();
    }

    @Test
    void letterHasAPageOfItsOwnAndAnUnknownOneIsNotFound() {
        Http admin = app.loggedIn();
        Document page = Jsoup.parse(admin.get("/admin/queue/" + letterId).body());

        assertThat(page.select("#item-" + letterId + " details[open]")).hasSize(2);
        assertThat(page.select("#item-" + letterId + " form").eachAttr("action"))
                .contains("/admin/queue/" + letterId + "/approve");
        assertThat(admin.get("/admin/queue/999999").statusCode()).isEqualTo(404);
        assertThat(admin.get("/admin/messages/999999/raw").statusCode()).isEqualTo(404);
    }

    @Test
    void theSenderAddressNeverReachesThePublicPage() {
        assertThat(app.http().get("/t/kallsortering-ii").body()).doesNotContain("lars.ek@example.com");
    }

    private static byte[] storedRaw(long key) throws SQLException {
        try (Connection c = TestDatabase.connect(app.settings().dbUrl());
             PreparedStatement s = c.prepareStatement("SELECT raw FROM message WHERE id = ?")) {
            s.setLong(1, key);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBytes(1);
            }
        }
    }
}
