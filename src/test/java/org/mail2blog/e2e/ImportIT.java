package org.mail2blog.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mail2blog.testing.Eventually;
import org.mail2blog.testing.TestApp;

/**
 * {@code ./mail2blog import} run as its own process (the real command line, in a second JVM) while
 * the service runs on the same database: an mbox into a new conversation and again (nothing new),
 * a Maildir, several .eml files into a published conversation whose cached page then shows them,
 * and {@code --queue} into the approval queue. Each letter under its writer's name and date.
 */
class ImportIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SUMMARY = "imported %d, duplicates %d, quarantined %d (%d messages in ";
    @TempDir
    static Path dataDir;
    @TempDir
    static Path files;
    static TestApp app;

    @BeforeAll
    static void start() throws Exception {
        app = TestApp.embedded(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private record Result(int code, String stdout, String stderr) {
        String summary() {
            return stdout.strip().lines().reduce((a, b) -> b).orElse("");
        }
    }

    /** {@code ./mail2blog import ARGS} in a new JVM on the service's database; its output goes to files. */
    private static Result cli(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dmail2blog.db.url=" + app.settings().dbUrl(), "-Dmail2blog.db.user=" + app.settings().dbUser()));
        if (!app.settings().dbPassword().isEmpty()) {
            command.add("-Dmail2blog.db.password=" + app.settings().dbPassword());
        }
        command.add("org.mail2blog.Main");
        command.add("import");
        command.addAll(List.of(args));
        Path out = Files.createTempFile(files, "out", ".txt");
        Path err = Files.createTempFile(files, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the import did not end within 90 s: " + Files.readString(err));
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String mail(String id, String from, String date, String contentType, String body) {
        return "Message-ID: <" + id + "@example.com>\nFrom: " + from + "\nTo: roger@example.com\n"
                + "Subject: =?UTF-8?Q?Sv=3A_Tv=C3=A4ttstugan?=\nDate: " + date + "\nMIME-Version: 1.0\n"
                + "Content-Type: " + contentType + "\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n";
    }

    private static String separator(String date) {
        return "From someone@example.com " + date + "\n";
    }

    private static Document page(String slug) {
        return Jsoup.parse(app.http().get("/t/" + slug).body());
    }

    private static void publish(String slug) {
        assertThat(app.http().post("/admin/api/conversations/" + slug + "/publish", TestApp.API_TOKEN).statusCode())
                .isEqualTo(200);
    }

    @Test
    void mboxIntoANewConversationThenAgainImportsNothingNew() throws Exception {
        Path mbox = files.resolve("tvattstugan.mbox");
        Files.writeString(mbox, separator("Tue Jul 12 06:30:00 2011")
                + mail("tv-3", "=?UTF-8?Q?=C3=85sa_=C3=96berg?= <asa@example.com>", "Tue, 12 Jul 2011 08:30:00 +0200",
                "text/html; charset=UTF-8", "<p>Vi bokar med lappar.</p>\n<p>&gt;From the start, s\u00e4ger Roger.</p>") + "\n"
                + separator("Mon Jul 11 07:14:00 2011")
                + mail("tv-1", "\"Lena Ek\" <lena@example.com>", "Mon, 11 Jul 2011 09:14:00 +0200",
                "text/plain; charset=UTF-8", "Hej alla!\n\nTvättstugan är full av kläder igen.\n\nMvh Lena") + "\n"
                + separator("Mon Jul 11 19:40:00 2011")
                + mail("tv-2", "Roger Lind <roger@example.com>", "Mon, 11 Jul 2011 21:40:00 +0200",
                "text/plain; charset=UTF-8", "Jag tar hand om torktumlaren.\n\nMvh Roger\n\n"
                        + "Den 11 juli 2011 kl. 09:14 skrev Lena Ek <lena@example.com>:\n> Hej alla!\n>\n> Tvättstugan är full."),
                StandardCharsets.UTF_8);

        Result first = cli(mbox.toString(), "--new", "Tvättstugan på gården");

        assertThat(first.code()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("Created the draft conversation 'tvattstugan-pa-garden'");
        assertThat(first.summary()).startsWith(SUMMARY.formatted(3, 0, 0, 3));
        assertThat(first.stdout().strip().lines()).as("no log lines on stdout").hasSize(2);
        publish("tvattstugan-pa-garden");
        Document page = page("tvattstugan-pa-garden");
        assertThat(page.select("article.letter .author").eachText()).containsExactly("Lena Ek", "Roger Lind", "Åsa Öberg");
        assertThat(page.select("article.letter time").eachAttr("datetime").get(0)).startsWith("2011-07-11");
        assertThat(page.select("article.letter").get(0).text()).contains("Tvättstugan är full av kläder igen.");
        assertThat(page.select("article.letter").get(1).text()).contains("Jag tar hand om torktumlaren.")
                .doesNotContain("skrev Lena Ek");
        assertThat(page.select("article.letter").get(2).text()).contains("Vi bokar med lappar.");
        assertThat(page.html()).doesNotContain("lena@example.com").doesNotContain("asa@example.com");

        Result again = cli(mbox.toString(), "--new", "Tvättstugan på gården");

        assertThat(again.code()).as(again.stderr()).isZero();
        assertThat(again.stdout()).doesNotContain("Created");
        assertThat(again.summary()).startsWith(SUMMARY.formatted(0, 3, 0, 3));
        assertThat(page("tvattstugan-pa-garden").select("article.letter")).hasSize(3);
    }

    @Test
    void severalEmlFilesShowOnTheRunningServicesCachedPage() throws Exception {
        String before = app.http().get("/t/kallsortering-ii").body();
        assertThat(before).doesNotContain("Glasburkarna");
        Path a = Files.writeString(files.resolve("karin.eml"), mail("eml-1", "Karin Svärd <karin@example.com>",
                "Wed, 13 Jul 2011 10:00:00 +0200", "text/plain; charset=UTF-8", "Glasburkarna går till återvinningen."),
                StandardCharsets.UTF_8);
        Path b = Files.writeString(files.resolve("olle.eml"), mail("eml-2", "Olle Ek <olle@example.com>",
                "Wed, 13 Jul 2011 12:00:00 +0200", "text/plain; charset=UTF-8", "Pappkartongerna också, platta."),
                StandardCharsets.UTF_8);

        Result result = cli(a.toString(), b.toString(), "--conversation", "kallsortering-ii");

        assertThat(result.code()).as(result.stderr()).isZero();
        assertThat(result.summary()).startsWith(SUMMARY.formatted(2, 0, 0, 2));
        Eventually.until("the cached page shows the imported letters", WAIT, () -> {
            String now = app.http().get("/t/kallsortering-ii").body();
            return now.contains("Glasburkarna går till återvinningen.") && now.contains("Pappkartongerna också");
        });
        assertThat(page("kallsortering-ii").select("article.letter .author").eachText())
                .containsSubsequence("Karin Svärd", "Olle Ek");
    }

    @Test
    void queuedImportWaitsInTheApprovalQueue() throws Exception {
        Path eml = Files.writeString(files.resolve("queued.eml"), mail("queued-1", "Märta Holm <marta@example.com>",
                "Thu, 14 Jul 2011 18:05:00 +0200", "text/plain; charset=UTF-8", "Kan vi ha en kompost för hela kvarteret?"),
                StandardCharsets.UTF_8);

        Result result = cli("--conversation", "kallsortering-ii", "--queue", eml.toString());

        assertThat(result.code()).as(result.stderr()).isZero();
        assertThat(result.summary()).startsWith(SUMMARY.formatted(1, 0, 0, 1));
        JsonNode queued = app.awaitQueued("Märta Holm", WAIT);
        assertThat(queued.get("matchedBy").asText()).isEqualTo("IMPORTED");
        assertThat(queued.toString()).contains("Kan vi ha en kompost för hela kvarteret?");
        assertThat(app.http().get("/t/kallsortering-ii").body()).doesNotContain("Kan vi ha en kompost");
    }

    @Test
    void maildirFolderIsImportedAndAnUnreadableMailIsQuarantined() throws Exception {
        Path maildir = files.resolve("Maildir");
        Files.createDirectories(maildir.resolve("cur"));
        Files.createDirectories(maildir.resolve("new"));
        Files.createDirectories(maildir.resolve("tmp"));
        Files.writeString(maildir.resolve("cur/1310540000.M1P1.host:2,S"), mail("md-1", "Nils Åberg <nils@example.com>",
                "Wed, 13 Jul 2011 08:53:20 +0200", "text/plain; charset=UTF-8", "Vi ses vid cykelstället."),
                StandardCharsets.UTF_8);
        Files.writeString(maildir.resolve("new/1310550000.M2P1.host"),
                "Subject: utan avsändare\nMessage-ID: <md-2@example.com>\n\nVem skrev detta?\n", StandardCharsets.UTF_8);

        Result result = cli(maildir.toString(), "--new", "Cykelstället");

        assertThat(result.code()).as(result.stderr()).isZero();
        assertThat(result.stdout()).contains("/admin/quarantine");
        assertThat(result.stderr()).contains("From header missing");
        assertThat(result.summary()).startsWith(SUMMARY.formatted(1, 0, 1, 2));
        publish("cykelstallet");
        assertThat(page("cykelstallet").select("article.letter .author").eachText()).containsExactly("Nils Åberg");
    }

    @Test
    void aMissingFileIsRefusedWithExitCodeOne() throws Exception {
        Result result = cli(files.resolve("finns-inte.mbox").toString(), "--new", "Inget");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.stderr()).contains("finns-inte.mbox: no such file or folder");
    }
}
