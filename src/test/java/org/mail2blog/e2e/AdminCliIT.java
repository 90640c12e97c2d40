package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.app.Database;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.Http;
import org.mail2blog.testing.Imap;
import org.mail2blog.testing.Mails;
import org.mail2blog.testing.TestApp;
import org.mail2blog.testing.TestDatabase;

/**
 * {@code ./mail2blog admin add} run as its own process (as a person would, in a second terminal)
 * while the service holds the database: the new admin can log in at once, without a restart, and
 * the account's address gets the mail about the next pending letter.
 */
class AdminCliIT {
    private static final String PASSWORD = "hallonsaft och kanelbullar";
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    static Path dataDir;
    @TempDir
    static Path otherDir;
    static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The command in a new JVM with this test's class path; stdin is {@code stdin}. */
    private static Result cli(String dbUrl, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dmail2blog.db.url=" + dbUrl, "org.mail2blog.Main"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not end within 60 s: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private record Result(int code, String output) {
    }

    @Test
    void accountAddedWhileTheServiceRunsLogsInAtOnce() throws Exception {
        Result added = cli(app.settings().dbUrl(), PASSWORD + "\n", "admin", "add", "karin", "karin@example.com");
        assertThat(added.code()).as(added.output()).isZero();
        assertThat(added.output()).contains("Admin account karin <karin@example.com> added");

        Http browser = app.http();
        String csrf = TestApp.csrf(Jsoup.parse(browser.get("/admin/login").body()));
        HttpResponse<String> login = browser.postForm("/admin/login",
                Map.of("username", "karin", "password", PASSWORD, "X-XSRF-TOKEN", csrf));
        assertThat(login.statusCode()).isEqualTo(303);

        String to = app.sampleReplyAddress();
        Mails.send(app.settings().embeddedSmtpPort(), Mails.fixture("e2e/browser-approve-reply.eml", to), to);
        String karin = "karin@example.com";
        MimeMessage pending = Eventually.await("the pending-letter notice in the new admin's mailbox", WAIT, () ->
                Imap.inbox(app.settings().embeddedImapPort(), karin, karin).stream().findFirst());
        assertThat(pending.getSubject()).contains("Källsortering II");
        assertThat(new String(pending.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Gunilla Sandberg").contains(app.settings().baseUrl() + "/admin/");
    }

    /** H2's file lock (a second process without AUTO_SERVER); runs in the H2 pass only. */
    @Test
    @Tag(TestDatabase.H2_ONLY)
    void databaseHeldWithoutAutoServerIsRefusedWithAClearMessage() throws Exception {
        String url = "jdbc:h2:file:" + otherDir.resolve("held").toAbsolutePath();
        try (Database held = Database.open(url, "sa", "")) {
            Result refused = cli(url, PASSWORD + "\n", "admin", "add", "nils", "nils@example.com");
            assertThat(refused.code()).isEqualTo(3);
            assertThat(refused.output()).contains("cannot open the database")
                    .contains("in use by another process (the running service?)");
        }
    }
}
