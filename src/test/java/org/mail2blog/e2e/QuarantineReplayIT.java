package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;

/**
 * The quarantine page over real SMTP, IMAP and HTTP: a mail that failed because of a fault on our
 * side (the blogger broke the acknowledgement template) is listed with its error, and once the
 * fault is fixed, Replay reads it into the queue; a mail that is itself broken is quarantined again
 * on replay, with its error shown.
 */
class QuarantineReplayIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ACKNOWLEDGEMENT = "mail/acknowledgement.txt.ftl";
    @TempDir
    Path dataDir;
    @TempDir
    Path templates;

    @Test
    void mailIsReadOnReplayOnceTheBrokenTemplateIsFixed() throws Exception {
        copyTemplates();
        String fixed = Files.readString(templates.resolve(ACKNOWLEDGEMENT));
        Files.writeString(templates.resolve(ACKNOWLEDGEMENT), fixed + "${aTypoInTheTemplate}\n");
        Map<String, String> settings = Map.of("mail2blog.web.templates-dir", templates.toString());
        try (TestApp app = TestApp.embedded(dataDir, settings)) {
            String to = app.sampleReplyAddress();
            Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/replay-after-template-fix.eml", to), to);
            Element mail = awaitQuarantined(app.loggedIn(), "e2e-replay-1@example.com");
            assertThat(mail.select("h2").text()).endsWith("UNEXPECTED_ERROR");
            assertThat(mail.select("pre.error-detail").text()).contains(ACKNOWLEDGEMENT).contains("aTypoInTheTemplate");
        }
        Files.writeString(templates.resolve(ACKNOWLEDGEMENT), fixed);

        try (TestApp app = TestApp.embedded(dataDir, settings)) {
            Http admin = app.loggedIn();
            Document before = Jsoup.parse(admin.get("/admin/quarantine").body());
            String key = before.selectFirst(".quarantine").id().replace("mail-", "");

            assertThat(replay(admin, before, key).statusCode()).isEqualTo(303);

            Document after = Jsoup.parse(admin.get("/admin/quarantine").body());
            assertThat(after.select("[role=status]").text()).contains("Mail " + key + " was read this time");
            assertThat(after.select(".quarantine")).isEmpty();
            assertThat(Jsoup.parse(admin.get("/admin/").body()).select(".item .facts").text()).contains("Karl Berg");
            int imap = app.settings().embeddedImapPort();
            Eventually.until("the acknowledgement in Karl's mailbox", WAIT,
                    () -> !Imap.inbox(imap, "karl.berg@example.com", "karl.berg@example.com").isEmpty());
        }
    }

    @Test
    void stillBrokenMailIsQuarantinedAgainWithItsError() throws Exception {
        try (TestApp app = TestApp.embedded(dataDir)) {
            String to = app.sampleReplyAddress();
            Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/missing-from.eml", to), to);
            Http admin = app.loggedIn();
            Element mail = awaitQuarantined(admin, "e2e-missing-from-1@example.com");
            String key = mail.id().replace("mail-", "");

            HttpResponse<String> replayed = replay(admin, Jsoup.parse(admin.get("/admin/quarantine").body()), key);

            assertThat(replayed.statusCode()).isEqualTo(303);
            assertThat(replayed.headers().firstValue("Location")).hasValue("/admin/quarantine");
            Document after = Jsoup.parse(admin.get("/admin/quarantine").body());
            assertThat(after.select("[role=status]").text()).contains("Mail " + key + " failed again");
            assertThat(after.select("#mail-" + key + " h2").text()).endsWith("NO_SENDER");
            assertThat(after.select("#mail-" + key + " pre.error-detail").text()).contains("From header missing");
            assertThat(app.http().get("/admin/api/queue", TestApp.API_TOKEN).body()).doesNotContain("Utan avsändare");
        }
    }

    @Test
    void replayNeedsTheCsrfToken() throws Exception {
        try (TestApp app = TestApp.embedded(dataDir)) {
            assertThat(app.loggedIn().postForm("/admin/quarantine/1/replay", Map.of()).statusCode()).isEqualTo(403);
        }
    }

    private static HttpResponse<String> replay(Http admin, Document page, String key) {
        return admin.postForm("/admin/quarantine/" + key + "/replay", Map.of("X-XSRF-TOKEN", TestApp.csrf(page)));
    }

    /** The quarantine page's entry for the mail with this Message-ID, once it is there. */
    private static Element awaitQuarantined(Http admin, String messageId) {
        return Eventually.await("mail <" + messageId + "> in quarantine", WAIT, () -> {
            Document page = Jsoup.parse(admin.get("/admin/quarantine").body());
            return page.select(".quarantine").stream().filter(e -> e.text().contains(messageId)).findFirst();
        });
    }

    private void copyTemplates() throws IOException {
        Path source = Path.of("templates");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(from -> {
                try {
                    Path to = templates.resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
